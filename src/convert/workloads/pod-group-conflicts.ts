import { diagnostic } from "../../diagnostics/codes.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import type { ConvertOptions } from "../../model/manifest.js";
import type { Service } from "../../model/project.js";
import { replicasOf, replicasSource, type ControllerChoice } from "./controller-choice.js";

/** A member's own choice of workload, for comparison with the owner's. */
export interface MemberWorkload {
  service: Service;
  choice: ControllerChoice;
}

/**
 * What one pod cannot hold twice: a workload kind (with its restart behaviour) and a replica count. The
 * pod keeps the owner's; each member that asks for something else gets a warning at the key that asked
 * (its restart, deploy.mode, controller label or replicas), naming what the pod does instead.
 */
export function workloadConflicts(owner: Service, ownerChoice: ControllerChoice, members: readonly MemberWorkload[], options: ConvertOptions): Diagnostic[] {
  const found: Diagnostic[] = [];
  const ownerReplicas = replicasOf(owner, options);
  for (const { service, choice } of members) {
    const restartOf = (c: ControllerChoice): string => ("podRestartPolicy" in c ? `${c.kind} (restartPolicy ${c.podRestartPolicy})` : c.kind);
    if (restartOf(choice) !== restartOf(ownerChoice)) {
      const at = Array.isArray(choice.source) ? choice.source : service.path;
      found.push(diagnostic("pod-group-workload", at, { service: service.name, owner: owner.name, setting: "workload", wanted: restartOf(choice), kept: restartOf(ownerChoice) }));
    }
    const replicas = replicasOf(service, options);
    const source = replicasSource(service);
    if (source !== undefined && replicas !== ownerReplicas) {
      found.push(diagnostic("pod-group-workload", source, { service: service.name, owner: owner.name, setting: "replicas", wanted: String(replicas), kept: String(ownerReplicas ?? 1) }));
    }
  }
  return found;
}
