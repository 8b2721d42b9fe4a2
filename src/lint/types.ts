import type { Location, Path, Severity } from "../diagnostics/types.js";
import type { KubernetesObject } from "../model/manifest.js";

/** One object to lint, and how to find the line a field of it came from (Compose or a manifest file). */
export interface LintTarget {
  object: KubernetesObject;
  locate(field: Path): Location | undefined;
}

/** What one rule found on one object. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** "Deployment/web". */
  object: string;
  /** The field of the object it is about. */
  field: Path;
  location?: Location;
}

/** A rule's result before it is located: the field and the message. */
export interface Hit {
  field: Path;
  message: string;
}

/** A pod spec as lint reads it, whichever controller holds it. */
export interface PodSpecView {
  hostNetwork?: boolean;
  hostPID?: boolean;
  hostIPC?: boolean;
  securityContext?: SecurityContextView;
  volumes?: { name?: string; hostPath?: { path?: string } }[];
  containers?: ContainerView[];
  initContainers?: ContainerView[];
  affinity?: { podAntiAffinity?: unknown };
  topologySpreadConstraints?: unknown[];
}

export interface SecurityContextView {
  runAsNonRoot?: boolean;
  runAsUser?: number;
  privileged?: boolean;
  readOnlyRootFilesystem?: boolean;
}

export interface ContainerView {
  name?: string;
  image?: string;
  livenessProbe?: unknown;
  readinessProbe?: unknown;
  resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> };
  securityContext?: SecurityContextView;
}

/** One workload's pod: where its spec sits in the object, how many replicas, whether it keeps running. */
export interface PodView {
  target: LintTarget;
  /** Path of the pod spec inside the object: ["spec", "template", "spec"]. */
  specPath: Path;
  spec: PodSpecView;
  /** The labels of the pod template (PodDisruptionBudgets select by them). */
  labels: Record<string, string>;
  /** Deployment and StatefulSet replicas (1 when unset); undefined for other kinds. */
  replicas?: number;
  /** Lint the init containers too: yes for hand-written YAML; no for converted Compose, whose init containers kubepose adds itself (waits). */
  initContainers: boolean;
  /** Serves until stopped (Deployment, StatefulSet, DaemonSet, ReplicaSet, bare Pod), not run to completion. */
  longRunning: boolean;
}
