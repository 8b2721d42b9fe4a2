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

/**
 * Where one field of an object came from: the Compose path that produced it, or a default kubepose
 * chose (and why). A field without its own trace inherits the trace of its nearest traced ancestor,
 * and the object itself is traced to `Manifest.source`.
 *
 * `location` is not filled by the pipeline: a reader that needs a trace's line locates `source` with the
 * pipeline's SourceMap (`trace.location ?? sources.locate(trace.source)`), so the thousands of traces
 * no view asks about are never located. A trace built with its location already known may carry it.
 */
export type FieldTrace =
  | { field: Path; source: Path; location?: Location }
  | { field: Path; default: string };

/** One emitted object and what we know about where it came from. */
export interface Manifest {
  object: KubernetesObject;
  /** The Compose path it came from: ["services", "web"] or ["volumes", "data"]. */
  source: Path;
  /** Explanation ids from templates/explanations/, most relevant first. */
  explanations: string[];
  fieldNotes: FieldNote[];
  /** Field-level provenance, most specific last; located on demand by its readers (see FieldTrace). */
  traces?: FieldTrace[];
  /** Filled by the explain stage from the source map. */
  location?: Location;
  /** Filled by the explain stage: the summary lines printed above the object. */
  comments?: string[];
}

export interface ConvertOptions {
  namespace?: string;
  /** Storage requested by each PersistentVolumeClaim, as a quantity; Compose volumes have no size. Default "1Gi". */
  volumeSize?: string;
  /** Kompose's --controller: the workload kind of services that set none themselves. Default deployment. */
  controller?: "deployment" | "statefulset" | "daemonset";
  /**
   * --image-registry: the registry (and path) that images built from `build:` without `image:` are pushed
   * to, e.g. "registry.example.com/shop"; their name is then REGISTRY/PROJECT-SERVICE. Default none.
   */
  imageRegistry?: string;
  /** Kompose's --replicas: replicas of services without deploy.replicas or scale. */
  replicas?: number;
  /** Kompose's --volumes: what named volumes and bind mounts become. Default persistentVolumeClaim. */
  volumes?: "persistentVolumeClaim" | "emptyDir" | "hostPath" | "configMap";
  /** Kompose's --generate-network-policies: one NetworkPolicy per Compose network. */
  networkPolicies?: boolean;
  /**
   * --network-policies strict: instead of one policy per Compose network, deny every incoming
   * connection and allow exactly the edges of the connection graph (and published ports). Needs
   * networkPolicies. Default "networks".
   */
  networkPolicyMode?: "networks" | "strict";
  /** Image of the init containers that wait for a dependency (depends_on); needs sh, timeout and nc. Default DEFAULT_WAIT_IMAGE. */
  waitImage?: string;
  /** How long such an init container waits before it fails, in seconds. Default DEFAULT_WAIT_SECONDS. */
  waitSeconds?: number;
  /** Kompose's --service-group-mode: label (kompose.service.group, also read without it) or volume (services sharing a named volume share a pod). */
  serviceGroupMode?: "label" | "volume";
  /** Kompose's --service-group-name: the name of the pod of a volume group. */
  serviceGroupName?: string;
  /**
   * --pod-security: the Pod Security Standards level to aim for. restricted adds the container settings
   * that level needs where they do not change what the Compose file says the app does; what still stands
   * in the way is reported per workload. The Namespace kubepose writes (-n) enforces the level.
   */
  podSecurity?: "baseline" | "restricted";
  /** --default-resources: requests and limits for containers whose Compose file sets none, as quantities. */
  defaultResources?: { cpu?: string; memory?: string };
  /** Image of the init containers that wait for a Job to complete; needs sh and curl with https. Default helperImages.jobWait, pinned. */
  jobWaitImage?: string;
  /**
   * --pin-digests: the manifest digest ("sha256:…") of each image as written in Compose ("nginx:1.27"),
   * resolved by the CLI from the registry before converting; those containers run image@digest.
   */
  imageDigests?: Readonly<Record<string, string>>;
  /**
   * false when nothing of the run reads field traces (no view, no chart's value slots, no lint): each
   * manifest then keeps one shared empty list instead of its own traces, which otherwise live until emit
   * (~18,000 on 1000 services, ~2 MB the garbage collector copies). Default true: a library caller gets them.
   */
  keepTraces?: boolean;
}
