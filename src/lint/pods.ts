import type { Path } from "../diagnostics/types.js";
import type { LintTarget, PodSpecView, PodView } from "./types.js";

/** Where each workload kind keeps its pod spec and its pod labels; kinds not listed hold no pod. */
const POD_PATHS: Record<string, { spec: Path; longRunning: boolean; replicated: boolean }> = {
  Pod: { spec: ["spec"], longRunning: true, replicated: false },
  Deployment: { spec: ["spec", "template", "spec"], longRunning: true, replicated: true },
  StatefulSet: { spec: ["spec", "template", "spec"], longRunning: true, replicated: true },
  ReplicaSet: { spec: ["spec", "template", "spec"], longRunning: true, replicated: true },
  DaemonSet: { spec: ["spec", "template", "spec"], longRunning: true, replicated: false },
  Job: { spec: ["spec", "template", "spec"], longRunning: false, replicated: false },
  CronJob: { spec: ["spec", "jobTemplate", "spec", "template", "spec"], longRunning: false, replicated: false },
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
  const shape = POD_PATHS[target.object.kind];
  if (shape === undefined) return undefined;
  const spec = at(target.object, shape.spec);
  if (!isRecord(spec)) return undefined;
  const labelsPath = target.object.kind === "Pod" ? ["metadata", "labels"] : [...shape.spec.slice(0, -1), "metadata", "labels"];
  const labels = at(target.object, labelsPath);
  const view: PodView = {
    target,
    specPath: shape.spec,
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
