import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import type { IPodTemplateSpec } from "kubernetes-models/v1/PodTemplateSpec";
import { diagnostic } from "../../diagnostics/codes.js";
import type { Path } from "../../diagnostics/types.js";
import type { ConvertOptions } from "../../model/manifest.js";
import type { Project, Service } from "../../model/project.js";
import type { Collector } from "../shared/collector.js";
import { isLabelValue, isQualifiedName, objectLabels } from "../shared/labels.js";
import { objectMeta, type ObjectMeta, type Scope } from "../shared/object-meta.js";
import { replicasSource, type ControllerChoice } from "./controller-choice.js";
import { SPEC_SELECTOR } from "../shared/object-fields.js";

/*
 * What every kind of workload shares: its input, its metadata, its pod template and the traces of its
 * replicas and selector. Each kind is built in a file of its own (deployment.ts, stateful-set.ts,
 * daemon-set.ts, jobs.ts); controllers.ts is the table that picks one by kind.
 */

/** Everything a workload is built from: the pod, the names, and the controller chosen for the service. */
export interface WorkloadInput {
  project: Project;
  service: Service;
  spec: IPodSpec;
  workload: string;
  scope: Scope;
  /** Compose labels, as annotations of the workload and its pods. */
  annotations: Record<string, string>;
  /** Extra labels of the pod template (network membership for NetworkPolicies). */
  podLabels: Record<string, string>;
  choice: ControllerChoice;
  options: ConvertOptions;
  collector: Collector;
}

/** Why the pods carry the labels they do. */
const POD_LABELS = "kubepose's labels: app.kubernetes.io/name matches the selector, part-of names the project";
const SELECTOR = "kubepose selects the pods by app.kubernetes.io/name, the service's name";

/** Compose labels → annotations: each key traced to the label it came from. */
function traceAnnotations(input: WorkloadInput, at: Path): void {
  for (const key of Object.keys(input.annotations)) input.collector.trace([...at, key], [...input.service.path, "labels", key]);
}

/** Where replicas came from: deploy.replicas, scale, or --replicas. */
export function traceReplicas(input: WorkloadInput, fields: readonly Path[]): void {
  const { service, collector } = input;
  const source = replicasSource(service);
  for (const field of fields) {
    if (source !== undefined) collector.trace(field, source);
    else collector.defaulted(field, "the --replicas option");
  }
}

/** The selector of a Deployment, StatefulSet or DaemonSet. */
export const traceSelector = (input: WorkloadInput): void => input.collector.defaulted(SPEC_SELECTOR, SELECTOR);
const TEMPLATE_LABELS = ["spec", "template", "metadata", "labels"];
const TEMPLATE_ANNOTATIONS = ["spec", "template", "metadata", "annotations"];
const ANNOTATIONS = ["metadata", "annotations"];

/** The pod template: the selector's labels plus part-of, and Compose labels as annotations. */
export function podTemplate(input: WorkloadInput, spec: IPodSpec = input.spec): IPodTemplateSpec {
  input.collector.defaulted(TEMPLATE_LABELS, POD_LABELS);
  traceAnnotations(input, TEMPLATE_ANNOTATIONS);
  const metadata: NonNullable<IPodTemplateSpec["metadata"]> = { labels: { ...objectLabels(input.scope.partOf, input.workload), ...input.podLabels } };
  if (Object.keys(input.annotations).length > 0) metadata.annotations = input.annotations;
  return { metadata, spec };
}

/**
 * The workload's metadata; `deploy.labels` (Swarm's labels of the service itself) join its labels, never
 * its selector or pods. A key or value Kubernetes rejects is dropped with a warning; ours are kept.
 */
export function workloadMeta(input: WorkloadInput): ObjectMeta {
  const meta = objectMeta(input.workload, input.scope, input.workload, input.annotations);
  traceAnnotations(input, ANNOTATIONS);
  const written = input.service.deployLabels;
  if (written === undefined) return meta;
  for (const [key, value] of Object.entries(written.labels)) {
    if (!isQualifiedName(key) || !isLabelValue(value)) {
      input.collector.report(diagnostic("deploy-label-invalid", [...written.path, key], { key, value }));
    } else if (meta.labels?.[key] === undefined) {
      meta.labels = { ...meta.labels, [key]: value };
      input.collector.trace(["metadata", "labels", key], [...written.path, key]);
    }
  }
  input.collector.explain("deploy-labels");
  return meta;
}
