import type { KubernetesObject } from "../../model/manifest.js";
import { widen } from "../shared/object-meta.js";
import type { ControllerChoice, WorkloadKind } from "./controller-choice.js";
import { daemonSet } from "./daemon-set.js";
import { deployment } from "./deployment.js";
import { cronJob, job } from "./jobs.js";
import { statefulSet } from "./stateful-set.js";
import type { WorkloadInput } from "./workload.js";

/** The choice that picked kind K, with what that kind needs (a Job's restart policy). */
type ChoiceOf<K extends WorkloadKind> = ControllerChoice & { kind: K };

/** Builds the workload of one kind from the shared input and the choice that picked the kind. */
type Controller<K extends WorkloadKind> = (input: WorkloadInput, choice: ChoiceOf<K>) => KubernetesObject;

/**
 * One row per workload kind chooseController can pick. What the kinds share (metadata, pod template,
 * replica and selector traces) is workload.ts's; each row only builds its own kind.
 */
const CONTROLLERS: { [K in WorkloadKind]: Controller<K> } = {
  Deployment: (input) => widen(deployment(input)),
  StatefulSet: (input) => widen(statefulSet(input)),
  DaemonSet: (input) => widen(daemonSet(input)),
  Job: (input, choice) => widen(job(input, choice.podRestartPolicy, choice.globalJob === true)),
  CronJob: (input, choice) => widen(cronJob(input, choice.podRestartPolicy)),
};

const build = <K extends WorkloadKind>(input: WorkloadInput, choice: ChoiceOf<K>): KubernetesObject => CONTROLLERS[choice.kind](input, choice);

/** The workload of one service, of the kind chooseController picked. */
export function convertWorkload(input: WorkloadInput): KubernetesObject {
  return build(input, input.choice);
}
