import type { Location, Path } from "../diagnostics/types.js";

/** Any Kubernetes object, JSON-shaped. Converters build typed objects (IDeployment, IService…) and widen to this. */
export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

/** A note on one field of an object whose meaning changed on the way from Compose. */
export interface FieldNote {
  /** Path inside the object: ["spec", "template", "spec", "containers", 0, "ports"]. */
  field: Path;
  /** Short text, printed as an inline comment. */
  text: string;
}

/** One emitted object and what we know about where it came from. */
export interface Manifest {
  object: KubernetesObject;
  /** The Compose path it came from: ["services", "web"] or ["volumes", "data"]. */
  source: Path;
  /** Explanation ids from templates/explanations/, most relevant first. */
  explanations: string[];
  fieldNotes: FieldNote[];
  /** Filled by the explain stage from the source map. */
  location?: Location;
  /** Filled by the explain stage: the summary lines printed above the object. */
  comments?: string[];
}

export interface ConvertOptions {
  namespace?: string;
  /** Storage requested by each PersistentVolumeClaim, as a quantity; Compose volumes have no size. Default "1Gi". */
  volumeSize?: string;
}
