import type { IContainer } from "kubernetes-models/v1/Container";
import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import type { Path } from "../diagnostics/types.js";
import type { KubernetesObject } from "../model/manifest.js";

/** One container of a pod spec and where it sits in it: ["containers", 0], ["initContainers", 1]… */
export interface PlacedContainer {
  container: IContainer;
  at: Path;
}

/** A pod's placed containers, and the lists (and their lengths) they were read from. */
interface Placed {
  lists: readonly (readonly unknown[] | undefined)[];
  lengths: readonly number[];
  placed: readonly PlacedContainer[];
}

/**
 * Each spec's placed containers, read once: ten controls ask for them per pod (a tenth of the report's Pod
 * Security time rebuilt them). Kept only while the spec's three lists are the same arrays of the same length.
 */
const placedBySpec = new WeakMap<IPodSpec, Placed>();

/** Every container of a pod: app containers, init containers and ephemeral containers, each with its path. */
export function placedContainers(spec: IPodSpec): readonly PlacedContainer[] {
  const lists = [spec.containers, spec.initContainers, spec.ephemeralContainers];
  const known = placedBySpec.get(spec);
  if (known !== undefined && lists.every((list, i) => list === known.lists[i] && (list?.length ?? 0) === known.lengths[i])) return known.placed;
  const keys = ["containers", "initContainers", "ephemeralContainers"] as const;
  const placed = lists.flatMap((list, i) => (list ?? []).map((container, index) => ({ container: container as IContainer, at: [keys[i]!, index] })));
  placedBySpec.set(spec, { lists, lengths: lists.map((list) => list?.length ?? 0), placed });
  return placed;
}

/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATHS: Readonly<Record<string, Path>> = {
  Pod: ["spec"],
  Deployment: ["spec", "template", "spec"],
  StatefulSet: ["spec", "template", "spec"],
  DaemonSet: ["spec", "template", "spec"],
  ReplicaSet: ["spec", "template", "spec"],
  Job: ["spec", "template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"],
};

/** The pod spec of a workload object and its path in the object, or undefined for objects that run no pod. */
export function podSpecOf(object: KubernetesObject): { spec: IPodSpec; at: Path } | undefined {
  const at = POD_SPEC_PATHS[object.kind];
  if (at === undefined) return undefined;
  let value: unknown = object;
  for (const key of at) value = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  if (typeof value !== "object" || value === null) return undefined;
  return { spec: value as IPodSpec, at };
}
