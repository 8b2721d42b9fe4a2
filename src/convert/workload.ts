import type { IDeployment } from "kubernetes-models/apps/v1/Deployment";
import type { IJob } from "kubernetes-models/batch/v1/Job";
import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import type { IPodTemplateSpec } from "kubernetes-models/v1/PodTemplateSpec";
import type { Service } from "../normalize/model.js";
import type { Collector } from "./collector.js";
import { objectLabels, selectorLabels } from "./labels.js";
import type { KubernetesObject } from "./manifest.js";
import { objectMeta, widen, type Scope } from "./object-meta.js";
import { restartPolicyShapes } from "./restart-policies.js";

/** The pod template: the selector's labels plus part-of, and Compose labels as annotations. */
function podTemplate(spec: IPodSpec, workload: string, scope: Scope, annotations: Record<string, string>): IPodTemplateSpec {
  const metadata: NonNullable<IPodTemplateSpec["metadata"]> = { labels: objectLabels(scope.partOf, workload) };
  if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
  return { metadata, spec };
}

const mountsClaim = (spec: IPodSpec): boolean => (spec.volumes ?? []).some((volume) => volume.persistentVolumeClaim !== undefined);

/**
 * A Deployment: replicas from deploy.replicas/scale. A pod holding a ReadWriteOnce claim is updated with
 * the Recreate strategy: a rolling update would start the new pod while the old one still holds the claim.
 */
function deployment(service: Service, spec: IPodSpec, workload: string, scope: Scope, annotations: Record<string, string>, collector: Collector): IDeployment {
  const recreate = mountsClaim(spec);
  const object: IDeployment = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: objectMeta(workload, scope, workload, annotations),
    // Written in the order a reader looks for them: how many, which pods, how to update, what they run.
    spec: {
      ...(service.replicas !== undefined ? { replicas: service.replicas } : {}),
      selector: { matchLabels: selectorLabels(workload) },
      ...(recreate ? { strategy: { type: "Recreate" } } : {}),
      template: podTemplate(spec, workload, scope, annotations),
    },
  };
  if (recreate) {
    collector.note(["spec", "strategy"], "the old pod lets go of its ReadWriteOnce claim before the new one starts");
  }
  return object;
}

/**
 * A Job: `restart: "no"` runs once (restartPolicy Never, backoffLimit 0); `on-failure:N` restarts the
 * container up to N times (OnFailure, backoffLimit N). Without N Compose retries forever; Kubernetes has
 * no "forever", so backoffLimit keeps its default (6) and a field note says so. Replicas become
 * parallelism and completions: Compose runs that many containers at once, each to completion.
 */
function job(service: Service, spec: IPodSpec, policy: "Never" | "OnFailure", workload: string, scope: Scope, annotations: Record<string, string>, collector: Collector): IJob {
  const backoffLimit = policy === "Never" ? 0 : service.restart?.maxRetries;
  const object: IJob = {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: objectMeta(workload, scope, workload, annotations),
    spec: {
      ...(service.replicas !== undefined ? { parallelism: service.replicas, completions: service.replicas } : {}),
      ...(backoffLimit !== undefined ? { backoffLimit } : {}),
      template: podTemplate({ ...spec, restartPolicy: policy }, workload, scope, annotations),
    },
  };
  if (backoffLimit === undefined) collector.note(["spec", "template", "spec", "restartPolicy"], "Compose retries without end; a Job gives up after backoffLimit (default 6)");
  return object;
}

/** Deployment or Job, as restartPolicyShapes says; Deployment when no restart policy is set. */
export function convertWorkload(service: Service, spec: IPodSpec, workload: string, scope: Scope, annotations: Record<string, string>, collector: Collector): KubernetesObject {
  const shape = restartPolicyShapes[service.restart?.policy ?? "always"];
  if (shape.kind === "Deployment") return widen(deployment(service, spec, workload, scope, annotations, collector));
  return widen(job(service, spec, shape.podRestartPolicy, workload, scope, annotations, collector));
}
