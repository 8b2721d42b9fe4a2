import { diagnostic } from "../../diagnostics/codes.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import type { Service } from "../../model/project.js";
import type { ControllerChoice } from "./controller-choice.js";

/** The name of the service that waits, from the depends_on path the choice came from: services.web.depends_on.migrate.condition → web. */
const waiterOf = (choice: ControllerChoice): string => String(choice.source[1] ?? "");

/**
 * What a task that others wait for cannot keep when it becomes a Job: restart always/unless-stopped
 * (a Job ends when it succeeds) and a kompose.controller.type label naming another workload.
 */
export function runOnceConflicts(service: Service, choice: ControllerChoice): Diagnostic[] {
  if (choice.kind !== "Job" || choice.awaited !== true) return [];
  const waiter = waiterOf(choice);
  const found: Diagnostic[] = [];
  const restart = service.restart;
  if (restart !== undefined && (restart.policy === "always" || restart.policy === "unless-stopped")) {
    found.push(diagnostic("run-once-restart", restart.path, { service: service.name, policy: restart.policy, waiter }));
  }
  const controller = service.labels["kompose.controller.type"];
  if (controller !== undefined) {
    found.push(diagnostic("run-once-controller", [...service.path, "labels", "kompose.controller.type"], { service: service.name, controller, waiter }));
  }
  return found;
}
