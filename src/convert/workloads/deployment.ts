import type { IDeployment } from "kubernetes-models/apps/v1/Deployment";
import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import { diagnostic } from "../../diagnostics/codes.js";
import { selectorLabels } from "../shared/labels.js";
import { replicasOf } from "./controller-choice.js";
import { deploymentStrategy } from "./rollout.js";
import { podTemplate, traceReplicas, traceSelector, workloadMeta, type WorkloadInput } from "./workload.js";
import { SPEC_STRATEGY } from "../shared/object-fields.js";

const mountsClaim = (spec: IPodSpec): boolean => (spec.volumes ?? []).some((volume) => volume.persistentVolumeClaim !== undefined);

/**
 * A Deployment: replicas from deploy.replicas/scale (or --replicas). A pod holding a ReadWriteOnce claim
 * is updated with the Recreate strategy: a rolling update would start the new pod while the old one
 * still holds the claim. Otherwise deploy.update_config sets the rolling update.
 */
export function deployment(input: WorkloadInput): IDeployment {
  const { service, spec, workload, collector } = input;
  collector.explain("service-to-deployment");
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
    collector.note(SPEC_STRATEGY, "the old pod lets go of its ReadWriteOnce claim before the new one starts");
    collector.defaulted(SPEC_STRATEGY, "Recreate: the pod mounts a ReadWriteOnce claim, which only one node at a time can mount read-write");
  } else if (rolling !== undefined && service.updateConfig !== undefined) collector.trace(SPEC_STRATEGY, service.updateConfig.path);
  return object;
}
