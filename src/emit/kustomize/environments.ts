import type { Manifest } from "../../model/manifest.js";
import { parseImage } from "../helm/image-reference.js";
import { fieldAt } from "../helm/slots.js";
import { podSpecPath } from "../helm/workload-values.js";
import { isStatefulServer } from "./stateful-images.js";

/** How an environment sets replicas: one pod each (dev), the Compose count (staging), or at least two (prod). */
export type ReplicaPolicy = "one" | "compose" | "redundant";

/** Environment names read as a kind of environment; any other name is treated like staging. */
const policies: Readonly<Record<string, ReplicaPolicy>> = {
  dev: "one",
  development: "one",
  local: "one",
  test: "one",
  prod: "redundant",
  production: "redundant",
};

export const replicaPolicy = (environment: string): ReplicaPolicy => policies[environment] ?? "compose";

export const policyReason: Readonly<Record<ReplicaPolicy, string>> = {
  one: "one pod per workload: enough to try the app, and cheap",
  compose: "the replicas of the Compose file, so this environment behaves like the project did",
  redundant: "at least two pods where the workload can scale, so one node or a rollout never takes the service down",
};

/** A workload whose replicas an overlay sets, with the count of the Compose file and whether a second pod is safe. */
export interface ScalableWorkload {
  name: string;
  kind: string;
  replicas: number;
  /** Why a second pod is not safe; undefined when two pods may run side by side. */
  keepsCount?: string;
}

/** Deployments and StatefulSets not driven by an autoscaler (an HPA sets their replicas itself). */
export function scalableWorkloads(manifests: readonly Manifest[]): ScalableWorkload[] {
  const autoscaled = new Set(
    manifests.filter((m) => m.object.kind === "HorizontalPodAutoscaler").map((m) => String(fieldAt(m.object, ["spec", "scaleTargetRef", "name"]))),
  );
  return manifests.flatMap(({ object }) => {
    if ((object.kind !== "Deployment" && object.kind !== "StatefulSet") || autoscaled.has(object.metadata.name)) return [];
    const replicas = fieldAt(object, ["spec", "replicas"]);
    const keepsCount = whyNotScale(object);
    return [{ name: object.metadata.name, kind: object.kind, replicas: typeof replicas === "number" ? replicas : 1, ...(keepsCount ? { keepsCount } : {}) }];
  });
}

/** A StatefulSet, a pod that mounts a claim (ReadWriteOnce: one node), or a server that keeps its own state. */
function whyNotScale(object: Manifest["object"]): string | undefined {
  if (object.kind !== "Deployment") return "a StatefulSet's pods do not share their data by themselves";
  const podSpec = podSpecPath(object.kind) ?? [];
  const volumes = (fieldAt(object, [...podSpec, "volumes"]) ?? []) as { persistentVolumeClaim?: unknown }[];
  if (volumes.some((volume) => volume.persistentVolumeClaim !== undefined)) return "it mounts a claim one node at a time can hold";
  const containers = (fieldAt(object, [...podSpec, "containers"]) ?? []) as { image?: string }[];
  const server = containers.find((container) => typeof container.image === "string" && isStatefulServer(container.image));
  return server ? `a second ${parseImage(String(server.image)).repository} pod would be a second, separate server` : undefined;
}

export function replicasFor(workload: ScalableWorkload, policy: ReplicaPolicy): number {
  if (policy === "one") return Math.min(workload.replicas, 1);
  if (policy === "redundant" && workload.keepsCount === undefined) return Math.max(workload.replicas, 2);
  return workload.replicas;
}

/** `shop` + `prod` → `shop-prod`, shortened to a 63-character DNS label. */
export function environmentNamespace(base: string, environment: string): string {
  const room = 63 - environment.length - 1;
  return `${base.slice(0, room).replace(/-+$/, "")}-${environment}`;
}
