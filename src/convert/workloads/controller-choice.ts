import type { Path } from "../../diagnostics/types.js";
import type { ExplanationId } from "../../model/explanation-ids.generated.js";
import type { DependsOn, Project, Service } from "../../model/project.js";
import { komposeLabel } from "../kompose-labels.js";
import type { ConvertOptions } from "../../model/manifest.js";
import { restartPolicyShapes } from "./restart-policies.js";
import { volumeKind } from "../storage/volume-labels.js";

export type WorkloadKind = "Deployment" | "StatefulSet" | "DaemonSet" | "Job" | "CronJob";

/** The workload a service becomes, and the Compose path (or option) that decided it. */
export type ControllerChoice =
  | { kind: "Deployment" | "StatefulSet" | "DaemonSet"; source: Path | "option" | "default" }
  | { kind: "Job" | "CronJob"; podRestartPolicy: "Never" | "OnFailure"; source: Path; globalJob?: boolean; awaited?: boolean };

const KIND_OF_CONTROLLER = {
  deployment: "Deployment",
  daemonset: "DaemonSet",
  statefulset: "StatefulSet",
  // ReplicationControllers are superseded by Deployments, which do the same and roll out updates.
  replicationcontroller: "Deployment",
} as const satisfies Record<string, WorkloadKind>;

/** A finished job retries when restart says on-failure (Swarm's default for jobs), else not at all. */
const jobRestart = (service: Service): "Never" | "OnFailure" => (service.restart?.policy === "no" ? "Never" : "OnFailure");

/**
 * The depends_on entries of other services that wait for `service` to exit successfully
 * (condition: service_completed_successfully): a service others wait on that way is a task.
 */
export const completionWaiters = (project: Project, service: Service): DependsOn[] => waitersOf(project).get(service.name) ?? [];

/** Every service's completion waiters, found in one pass per project (not one scan of all services per service). */
const waitersByProject = new WeakMap<Project, ReadonlyMap<string, DependsOn[]>>();
function waitersOf(project: Project): ReadonlyMap<string, DependsOn[]> {
  let waiters = waitersByProject.get(project);
  if (waiters === undefined) {
    const found = new Map<string, DependsOn[]>();
    for (const other of project.services) {
      for (const entry of other.dependsOn) {
        if (entry.condition !== "service_completed_successfully") continue;
        const list = found.get(entry.service);
        if (list) list.push(entry);
        else found.set(entry.service, [entry]);
      }
    }
    waiters = found;
    waitersByProject.set(project, waiters);
  }
  return waiters;
}

/**
 * A task others wait for runs until it succeeds once: restart on-failure retries it (OnFailure), any
 * other restart (none, "no", and always/unless-stopped, which a Job cannot keep) runs it once (Never).
 */
const runOnceRestart = (service: Service): "Never" | "OnFailure" => (service.restart?.policy === "on-failure" ? "OnFailure" : "Never");

/**
 * Which workload a service becomes, first rule that applies:
 * 1. `kompose.cronjob.schedule` → CronJob;
 * 2. `deploy.mode: replicated-job | global-job` → Job (global-job approximated: one run, not one per node);
 * 3. another service waits for it with `condition: service_completed_successfully` → Job (a task, run once);
 * 4. `restart: no | on-failure` → Job (a one-off task, never a bare Pod);
 * 5. the label `kompose.controller.type`;
 * 6. `deploy.mode: global` → DaemonSet;
 * 7. the option --controller; 8. Deployment.
 * `awaitedBy` is completionWaiters(project, service).
 */
export function chooseController(service: Service, options: ConvertOptions, awaitedBy: readonly DependsOn[] = []): ControllerChoice {
  // A label's path only for the rule that names it: convert asks for every service's choice more than once.
  const label = (key: string): Path => [...service.path, "labels", key];
  if (komposeLabel(service.labels, "kompose.cronjob.schedule") !== undefined) {
    return { kind: "CronJob", podRestartPolicy: jobRestart(service), source: label("kompose.cronjob.schedule") };
  }
  const mode = service.deployMode;
  if (mode !== undefined && (mode.mode === "replicated-job" || mode.mode === "global-job")) {
    return { kind: "Job", podRestartPolicy: jobRestart(service), source: mode.path, ...(mode.mode === "global-job" ? { globalJob: true } : {}) };
  }
  const waiter = awaitedBy[0];
  if (waiter !== undefined) return { kind: "Job", podRestartPolicy: runOnceRestart(service), source: [...waiter.path, "condition"], awaited: true };
  const shape = restartPolicyShapes[service.restart?.policy ?? "always"];
  if (shape.kind === "Job" && service.restart !== undefined) return { kind: "Job", podRestartPolicy: shape.podRestartPolicy, source: service.restart.path };
  const labelled = komposeLabel(service.labels, "kompose.controller.type");
  if (labelled !== undefined) return { kind: KIND_OF_CONTROLLER[labelled], source: label("kompose.controller.type") };
  if (mode?.mode === "global") return { kind: "DaemonSet", source: mode.path };
  if (options.controller !== undefined) return { kind: KIND_OF_CONTROLLER[options.controller], source: "option" };
  return { kind: "Deployment", source: "default" };
}

/** Replicas: deploy.replicas or scale, else Kompose's --replicas, else unset (Kubernetes' default, 1). */
export const replicasOf = (service: Service, options: ConvertOptions): number | undefined => service.replicas ?? options.replicas;

/** Where the service's replicas were written: deploy.replicas, else scale; undefined when neither. */
export function replicasSource(service: Service): Path | undefined {
  if (service.replicas === undefined) return undefined;
  return service.deployKeys.includes("replicas") ? [...service.path, "deploy", "replicas"] : [...service.path, "scale"];
}

/** The explanation that comes first on the workload: what kind it became and why. */
export function workloadExplanation(choice: ControllerChoice): ExplanationId {
  if (choice.kind === "Job") return choice.awaited === true ? "run-once" : choice.source.at(-1) === "mode" ? "deploy-jobs" : "restart-to-job";
  return ({ Deployment: "service-to-deployment", StatefulSet: "statefulset", DaemonSet: "daemonset", CronJob: "cronjob" } as const satisfies Record<Exclude<WorkloadKind, "Job">, ExplanationId>)[choice.kind];
}

/**
 * Whether the service mounts the shared PersistentVolumeClaim of a volume that `users` mount: not when its
 * volumes become emptyDirs (kompose.volume.type or --volumes), nor for a StatefulSet, whose pods get
 * claims of their own, unless other services mount the volume too: shared data stays one claim.
 */
export const usesClaims = (service: Service, options: ConvertOptions, users: readonly Service[] = [service]): boolean =>
  volumeKind(service, options) !== "emptyDir" && (users.length > 1 || chooseController(service, options).kind !== "StatefulSet");
