import type { Path } from "../diagnostics/types.js";
import type { LintTarget, PodSpecView, PodView } from "./types.js";
import { podSpecOf } from "../policy/pod-spec-parts.js";

/** What lint needs to know of each workload kind beside where its pod spec is (policy's podSpecOf). */
const KIND_TRAITS: Record<string, { longRunning: boolean; replicated: boolean }> = {
  Pod: { longRunning: true, replicated: false },
  Deployment: { longRunning: true, replicated: true },
  StatefulSet: { longRunning: true, replicated: true },
  ReplicaSet: { longRunning: true, replicated: true },
  DaemonSet: { longRunning: true, replicated: false },
  Job: { longRunning: false, replicated: false },
  CronJob: { longRunning: false, replicated: false },
};

export function at(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = Reflect.get(current, key);
  }
  return current;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

export function podView(target: LintTarget, initContainers = true): PodView | undefined {
  const shape = KIND_TRAITS[target.object.kind];
  const pod = podSpecOf(target.object);
  if (shape === undefined || pod === undefined) return undefined;
  const spec: unknown = pod.spec;
  if (!isRecord(spec)) return undefined;
  const labelsPath = target.object.kind === "Pod" ? ["metadata", "labels"] : [...pod.at.slice(0, -1), "metadata", "labels"];
  const labels = at(target.object, labelsPath);
  const view: PodView = {
    target,
    specPath: pod.at,
    spec: spec as PodSpecView,
    labels: isRecord(labels) ? Object.fromEntries(Object.entries(labels).filter((entry): entry is [string, string] => typeof entry[1] === "string")) : {},
    longRunning: shape.longRunning,
    initContainers,
  };
  if (shape.replicated) {
    const replicas = at(target.object, ["spec", "replicas"]);
    view.replicas = typeof replicas === "number" ? replicas : 1;
  }
  return view;
}

/** "Deployment/web" */
export const objectName = (target: LintTarget): string => `${target.object.kind}/${target.object.metadata?.name ?? "?"}`;
