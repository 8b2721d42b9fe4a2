import type { Hit, LintTarget, PodView } from "../types.js";
import { at } from "../pods.js";

const AVAILABILITY_KINDS = new Set(["Deployment", "StatefulSet"]);

export function singleReplica(pod: PodView): Hit[] {
  if (!AVAILABILITY_KINDS.has(pod.target.object.kind) || pod.replicas === undefined || pod.replicas > 1) return [];
  return [{ field: ["spec", "replicas"], message: `runs ${pod.replicas} replica: a node drain, an eviction or a crash takes the service down until a new pod is ready. Expected replicas: 2 or more for a service that must stay up (in Compose deploy.replicas: 2).` }];
}

/** A PodDisruptionBudget whose selector.matchLabels all match the pod's labels (matchExpressions count as selecting). */
function selects(budget: LintTarget, labels: Record<string, string>): boolean {
  const matchLabels = at(budget.object, ["spec", "selector", "matchLabels"]);
  const expressions = at(budget.object, ["spec", "selector", "matchExpressions"]);
  if (typeof matchLabels !== "object" || matchLabels === null) return Array.isArray(expressions) && expressions.length > 0;
  return Object.entries(matchLabels).every(([key, value]) => labels[key] === value);
}

export function noPodDisruptionBudget(pod: PodView, targets: readonly LintTarget[]): Hit[] {
  if (!AVAILABILITY_KINDS.has(pod.target.object.kind) || pod.replicas === undefined || pod.replicas < 2) return [];
  const namespace = pod.target.object.metadata.namespace;
  const covered = targets.some((target) => target.object.kind === "PodDisruptionBudget" && target.object.metadata.namespace === namespace && selects(target, pod.labels));
  if (covered) return [];
  return [{ field: ["spec", "replicas"], message: `runs ${pod.replicas} replicas and no PodDisruptionBudget selects them: a node drain may evict all of them at once. Expected a PodDisruptionBudget with maxUnavailable: 1 and the pods' labels as its selector.` }];
}

export function noAntiAffinity(pod: PodView): Hit[] {
  if (pod.replicas === undefined || pod.replicas < 2) return [];
  if (pod.spec.affinity?.podAntiAffinity !== undefined || (pod.spec.topologySpreadConstraints ?? []).length > 0) return [];
  return [{ field: [...pod.specPath], message: `runs ${pod.replicas} replicas with neither podAntiAffinity nor topologySpreadConstraints: the scheduler may put them all on one node, which then takes them all down. Expected a topologySpreadConstraint on kubernetes.io/hostname, for example maxSkew: 1 and whenUnsatisfiable: ScheduleAnyway.` }];
}
