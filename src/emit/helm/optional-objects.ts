import type { Manifest } from "../../model/manifest.js";
import { composeService, traceOf, type Condition, type ValueSlot } from "./slots.js";

/** Objects a cluster can do without: each is rendered only while its `enabled` value is true. */
const optionalKinds: Readonly<Record<string, (manifest: Manifest) => Pick<ValueSlot, "valuePath" | "description" | "topic">>> = {
  HorizontalPodAutoscaler: (manifest) => ({
    valuePath: ["services", composeService(manifest), "autoscaling", "enabled"],
    description: `Whether the ${manifest.object.metadata.name} HorizontalPodAutoscaler is installed (needs the cluster's metrics-server)`,
    topic: "autoscaling",
  }),
  Ingress: (manifest) => ({
    valuePath: ["services", composeService(manifest), "ingress", "enabled"],
    description: `Whether the ${manifest.object.metadata.name} Ingress is installed (needs an ingress controller)`,
    topic: "ingress",
  }),
  NetworkPolicy: (manifest) => ({
    valuePath: ["networkPolicies", manifest.object.metadata.name, "enabled"],
    description: `Whether the ${manifest.object.metadata.name} NetworkPolicy is installed (enforced only by a network plugin that supports it)`,
    topic: "network-policies",
  }),
};

export function optionalCondition(manifest: Manifest): Condition | undefined {
  const slot = optionalKinds[manifest.object.kind];
  return slot === undefined ? undefined : { slot: { ...slot(manifest), value: true, from: traceOf(manifest, []) }, negate: false };
}
