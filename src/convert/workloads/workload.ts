import type { IDeployment } from "kubernetes-models/apps/v1/Deployment";
import type { IJob } from "kubernetes-models/batch/v1/Job";
import type { IJobSpec } from "kubernetes-models/batch/v1/JobSpec";
import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import type { IPodTemplateSpec } from "kubernetes-models/v1/PodTemplateSpec";
import { diagnostic } from "../../diagnostics/codes.js";
import type { Project, Service } from "../../model/project.js";
import type { Path } from "../../diagnostics/types.js";
import { POD_SPEC, type Collector } from "../shared/collector.js";
import { replicasOf, replicasSource, workloadExplanation, type ControllerChoice } from "./controller-choice.js";
import { cronJob, daemonSet, statefulSet } from "./controllers.js";
import { isLabelValue, isQualifiedName, objectLabels, selectorLabels } from "../shared/labels.js";
import type { ConvertOptions, KubernetesObject } from "../../model/manifest.js";
import { objectMeta, widen, type ObjectMeta, type Scope } from "../shared/object-meta.js";
import { deploymentStrategy } from "./rollout.js";
import { runOnceConflicts } from "./run-once.js";

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
export const traceSelector = (input: WorkloadInput): void => input.collector.defaulted(SELECTOR_FIELD, SELECTOR);
const SELECTOR_FIELD = ["spec", "selector"];
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

const mountsClaim = (spec: IPodSpec): boolean => (spec.volumes ?? []).some((volume) => volume.persistentVolumeClaim !== undefined);

/**
 * A Deployment: replicas from deploy.replicas/scale (or --replicas). A pod holding a ReadWriteOnce claim
 * is updated with the Recreate strategy: a rolling update would start the new pod while the old one
 * still holds the claim. Otherwise deploy.update_config sets the rolling update.
 */
function deployment(input: WorkloadInput): IDeployment {
  const { service, spec, workload, collector } = input;
  const recreate = mountsClaim(spec);
  const replicas = replicasOf(service, input.options);
  const rolling = recreate ? undefined : deploymentStrategy(service, collector);
  if (recreate && service.updateConfig !== undefined) collector.report(diagnostic("update-config-recreate", service.updateConfig.path, { service: service.name }));
  const object: IDeployment = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: workloadMeta(input),
    // Written in the order a reader looks for them: how many, which pods, how to update, what they run.
    spec: {
      ...(replicas !== undefined ? { replicas } : {}),
      selector: { matchLabels: selectorLabels(workload) },
      ...(recreate ? { strategy: { type: "Recreate" } } : rolling !== undefined ? { strategy: rolling } : {}),
      template: podTemplate(input),
    },
  };
  if (replicas !== undefined) traceReplicas(input, [["spec", "replicas"]]);
  traceSelector(input);
  if (recreate) {
    collector.note(["spec", "strategy"], "the old pod lets go of its ReadWriteOnce claim before the new one starts");
    collector.defaulted(["spec", "strategy"], "Recreate: the pod mounts a ReadWriteOnce claim, which two pods cannot hold at once");
  } else if (rolling !== undefined && service.updateConfig !== undefined) collector.trace(["spec", "strategy"], service.updateConfig.path);
  return object;
}

/**
 * A Job's spec: `restart: "no"` runs once (restartPolicy Never, backoffLimit 0); `on-failure:N` restarts
 * the container up to N times (OnFailure, backoffLimit N). Without N Compose retries forever; Kubernetes
 * has no "forever", so backoffLimit keeps its default (6) and a field note says so. Replicas become
 * parallelism and completions: Compose runs that many containers at once, each to completion.
 */
export function jobSpec(input: WorkloadInput, policy: "Never" | "OnFailure", backoffLimit: JobBackoff | undefined, notePath: (string | number)[], base: Path = ["spec"]): IJobSpec {
  const { service, collector } = input;
  const replicas = replicasOf(service, input.options);
  if (backoffLimit === undefined) collector.note(notePath, "Compose retries without end; a Job gives up after backoffLimit (default 6)");
  if (replicas !== undefined) traceReplicas(input, [[...base, "parallelism"], [...base, "completions"]]);
  if (backoffLimit !== undefined) collector.trace([...base, "backoffLimit"], backoffLimit.source);
  const restartPolicy = [...POD_SPEC, "restartPolicy"];
  if (service.restart !== undefined) collector.trace(restartPolicy, service.restart.path);
  else if (service.deployMode !== undefined) collector.trace(restartPolicy, service.deployMode.path);
  else if (input.choice.kind === "Job" && input.choice.awaited === true) collector.trace(restartPolicy, input.choice.source);
  else collector.defaulted(restartPolicy, "OnFailure: a run that fails is retried, as Swarm does for jobs");
  return {
    ...(replicas !== undefined ? { parallelism: replicas, completions: replicas } : {}),
    ...(backoffLimit !== undefined ? { backoffLimit: backoffLimit.value } : {}),
    template: podTemplate(input, { ...input.spec, restartPolicy: policy }),
  };
}

/** A Job's backoffLimit and the Compose path it comes from. */
export interface JobBackoff {
  value: number;
  source: Path;
}

/** restart: "no" → 0, on-failure:N → N; both from `restart`. */
export function restartBackoff(service: Service, policy: "Never" | "OnFailure"): JobBackoff | undefined {
  const restart = service.restart;
  if (restart === undefined) return policy === "Never" ? { value: 0, source: service.path } : undefined;
  const value = policy === "Never" ? 0 : restart.maxRetries;
  return value === undefined ? undefined : { value, source: restart.path };
}

function job(input: WorkloadInput, policy: "Never" | "OnFailure", globalJob: boolean): IJob {
  const backoffLimit = restartBackoff(input.service, policy);
  if (globalJob) input.collector.report(diagnostic("global-job", input.service.deployMode?.path ?? input.service.path, { service: input.service.name }));
  input.collector.report(...runOnceConflicts(input.service, input.choice));
  input.collector.explain(workloadExplanation(input.choice));
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: workloadMeta(input),
    spec: jobSpec(input, policy, backoffLimit, ["spec", "template", "spec", "restartPolicy"]),
  };
}

/** The workload of one service, of the kind chooseController picked. */
export function convertWorkload(input: WorkloadInput): KubernetesObject {
  const { choice } = input;
  if (choice.kind === "Job") return widen(job(input, choice.podRestartPolicy, choice.globalJob === true));
  if (choice.kind === "CronJob") return widen(cronJob(input, choice.podRestartPolicy));
  if (choice.kind === "StatefulSet") return widen(statefulSet(input));
  if (choice.kind === "DaemonSet") return widen(daemonSet(input));
  input.collector.explain("service-to-deployment");
  return widen(deployment(input));
}
