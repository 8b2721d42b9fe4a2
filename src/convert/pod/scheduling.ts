import type { INodeSelectorRequirement } from "kubernetes-models/v1/NodeSelectorRequirement";
import type { ITopologySpreadConstraint } from "kubernetes-models/v1/TopologySpreadConstraint";
import { diagnostic } from "../../diagnostics/codes.js";
import type { PlacementConstraint } from "../../model/project.js";
import { POD_SPEC } from "../shared/collector.js";
import { isLabelValue, isQualifiedName, selectorLabels } from "../shared/labels.js";
import type { PodContext, PodDraft, PodFields } from "../shared/pod-context.js";

const HOSTNAME_LABEL = "kubernetes.io/hostname";
const OS_LABEL = "kubernetes.io/os";
const ARCH_LABEL = "kubernetes.io/arch";
const CONTROL_PLANE_LABEL = "node-role.kubernetes.io/control-plane";

/** Docker and uname spell some architectures differently from Go, whose names the node labels use. */
const architectures: Readonly<Record<string, string>> = { x86_64: "amd64", "x86-64": "amd64", aarch64: "arm64", armhf: "arm", armel: "arm", i386: "386", i686: "386" };
const architecture = (arch: string): string => architectures[arch] ?? arch;

type Translation = { requirement: INodeSelectorRequirement; manager?: true } | { advice: string };

const inOrNotIn = (key: string, constraint: PlacementConstraint, value = constraint.value): Translation =>
  isQualifiedName(key) && isLabelValue(value)
    ? { requirement: { key, operator: constraint.operator === "==" ? "In" : "NotIn", values: [value] } }
    : { advice: "Its label key or value is not valid in Kubernetes; label the nodes with a valid one and use it in nodeAffinity." };

/**
 * One Swarm constraint → one node selector requirement:
 *   node.labels.disk == ssd      → disk In [ssd]
 *   node.hostname != worker-3    → kubernetes.io/hostname NotIn [worker-3]
 *   node.platform.arch == x86_64 → kubernetes.io/arch In [amd64]
 *   node.role == manager         → node-role.kubernetes.io/control-plane Exists (worker: DoesNotExist)
 * node.id and engine.labels.* have no node label in Kubernetes.
 */
function translate(constraint: PlacementConstraint): Translation {
  const { attribute, operator, value } = constraint;
  if (attribute.startsWith("node.labels.")) return inOrNotIn(attribute.slice("node.labels.".length), constraint);
  if (attribute === "node.hostname") return inOrNotIn(HOSTNAME_LABEL, constraint);
  if (attribute === "node.platform.os") return inOrNotIn(OS_LABEL, constraint, value.toLowerCase());
  if (attribute === "node.platform.arch") return inOrNotIn(ARCH_LABEL, constraint, architecture(value.toLowerCase()));
  if (attribute === "node.role" && (value === "manager" || value === "worker")) {
    const onManagers = (value === "manager") === (operator === "==");
    return onManagers
      ? { requirement: { key: CONTROL_PLANE_LABEL, operator: "Exists" }, manager: true }
      : { requirement: { key: CONTROL_PLANE_LABEL, operator: "DoesNotExist" } };
  }
  if (attribute === "node.id") return { advice: "Nodes have no stable id label; use node.hostname, which becomes kubernetes.io/hostname." };
  if (attribute.startsWith("engine.labels.")) return { advice: "Kubernetes has no engine labels; put the label on the node (kubectl label node) and use node.labels instead." };
  return { advice: "Use node.labels.*, node.hostname, node.role or node.platform.*; or write a nodeAffinity by hand." };
}

/** deploy.placement.constraints → one required node selector term (Swarm ANDs its constraints, so does one term). */
function nodeAffinity(spec: PodFields, context: PodContext): void {
  const { service, collector } = context;
  const requirements: INodeSelectorRequirement[] = [];
  for (const constraint of service.placement?.constraints ?? []) {
    const text = `${constraint.attribute} ${constraint.operator} ${constraint.value}`;
    const translation = translate(constraint);
    if ("advice" in translation) {
      collector.report(diagnostic("placement-unsupported", constraint.path, { constraint: text, advice: translation.advice }));
      continue;
    }
    collector.trace([...POD_SPEC, "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms", 0, "matchExpressions", requirements.length], constraint.path);
    requirements.push(translation.requirement);
    if (translation.manager === true) {
      collector.report(diagnostic("placement-manager", constraint.path, { constraint: text }));
      spec.tolerations = [{ key: CONTROL_PLANE_LABEL, operator: "Exists", effect: "NoSchedule" }];
      collector.trace([...POD_SPEC, "tolerations"], constraint.path);
    }
  }
  if (requirements.length === 0) return;
  spec.affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: requirements }] } } };
  collector.explain("placement-to-affinity");
}

/**
 * preferences: [{ spread: node.labels.zone }] → a topology spread over the zone label that prefers
 * balance but never blocks (ScheduleAnyway), as Swarm's spread is a preference. max_replicas_per_node: 1
 * → at most one pod per node, exact with a required pod anti-affinity; N > 1 → a hard spread over
 * hostnames with maxSkew N, which bounds the difference between nodes rather than the count (note).
 */
function spreads(spec: PodFields, context: PodContext): void {
  const { service, workload, collector } = context;
  const placement = service.placement;
  if (placement === undefined) return;
  const labelSelector = { matchLabels: selectorLabels(workload) };
  const constraints: ITopologySpreadConstraint[] = [];
  for (const spread of placement.spreads) {
    const key = spread.attribute.startsWith("node.labels.") ? spread.attribute.slice("node.labels.".length) : undefined;
    if (key === undefined || !isQualifiedName(key)) {
      collector.report(diagnostic("placement-unsupported", spread.path, { constraint: `spread: ${spread.attribute}`, advice: "Swarm spreads over node labels only (spread: node.labels.zone); use a valid label key." }));
      continue;
    }
    collector.trace([...POD_SPEC, "topologySpreadConstraints", constraints.length], spread.path);
    constraints.push({ maxSkew: 1, topologyKey: key, whenUnsatisfiable: "ScheduleAnyway", labelSelector });
  }
  const max = placement.maxReplicasPerNode;
  if (max !== undefined && max.value === 1) {
    spec.affinity = { ...spec.affinity, podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: HOSTNAME_LABEL, labelSelector }] } };
    collector.trace([...POD_SPEC, "affinity", "podAntiAffinity"], max.path);
  } else if (max !== undefined && max.value > 1) {
    collector.trace([...POD_SPEC, "topologySpreadConstraints", constraints.length], max.path);
    constraints.push({ maxSkew: max.value, topologyKey: HOSTNAME_LABEL, whenUnsatisfiable: "DoNotSchedule", labelSelector });
    collector.report(diagnostic("max-replicas-per-node", max.path, { value: max.value }));
  }
  if (constraints.length > 0) spec.topologySpreadConstraints = constraints;
  if (constraints.length > 0 || max?.value === 1) collector.explain("placement-to-affinity");
}

/** platform: linux/arm64/v8 → nodeSelector { kubernetes.io/os: linux, kubernetes.io/arch: arm64 }; the variant has no label (note). */
function platformSelector(spec: PodFields, context: PodContext): void {
  const { service, collector } = context;
  const platform = service.platform;
  if (platform === undefined) return;
  const selector: Record<string, string> = { [OS_LABEL]: platform.os };
  if (platform.arch !== undefined) selector[ARCH_LABEL] = architecture(platform.arch);
  // Node labels are label values: "linux/<70 letters>" names no platform any node can carry.
  const unusable = Object.values(selector).find((value) => !isLabelValue(value));
  if (unusable !== undefined) {
    collector.report(diagnostic("platform-label", platform.path, { platform: [platform.os, platform.arch, platform.variant].filter((part) => part !== undefined).join("/"), part: unusable }));
    return;
  }
  spec.nodeSelector = selector;
  collector.trace([...POD_SPEC, "nodeSelector"], platform.path);
  collector.explain("platform-to-node-selector");
  if (platform.variant !== undefined) {
    const written = [platform.os, platform.arch, platform.variant].join("/");
    collector.report(diagnostic("platform-variant", platform.path, { platform: written, variant: platform.variant }));
    collector.note([...POD_SPEC, "nodeSelector"], `variant ${platform.variant} of ${written} is not selected`);
  }
}

/** Where the pods may run: platform, placement constraints, preferences and max_replicas_per_node. */
export function convertScheduling(context: PodContext, { spec }: PodDraft): void {
  // Without platform and deploy.placement each of the three writes nothing (the concerns run for every pod).
  if (context.service.platform === undefined && context.service.placement === undefined) return;
  platformSelector(spec, context);
  nodeAffinity(spec, context);
  spreads(spec, context);
}
