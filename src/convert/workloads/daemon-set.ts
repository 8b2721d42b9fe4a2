import type { IDaemonSet } from "kubernetes-models/apps/v1/DaemonSet";
import { diagnostic } from "../../diagnostics/codes.js";
import { selectorLabels } from "../shared/labels.js";
import { replicasOf } from "./controller-choice.js";
import { daemonSetStrategy } from "./rollout.js";
import { podTemplate, traceSelector, workloadMeta, type WorkloadInput } from "./workload.js";

/** `deploy.mode: global` or `kompose.controller.type: daemonset`: one pod on every node; replicas mean nothing. */
export function daemonSet(input: WorkloadInput): IDaemonSet {
  const replicas = replicasOf(input.service, input.options);
  if (input.service.replicas !== undefined) input.collector.report(diagnostic("daemonset-replicas", input.service.path, { service: input.service.name, replicas: replicas ?? 1 }));
  const updateStrategy = daemonSetStrategy(input.service, input.collector);
  input.collector.explain("daemonset");
  traceSelector(input);
  if (updateStrategy !== undefined && input.service.updateConfig !== undefined) input.collector.trace(["spec", "updateStrategy"], input.service.updateConfig.path);
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: workloadMeta(input),
    spec: {
      selector: { matchLabels: selectorLabels(input.workload) },
      ...(updateStrategy === undefined ? {} : { updateStrategy }),
      template: podTemplate(input),
    },
  };
}
