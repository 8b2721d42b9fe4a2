import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { Resources } from "../model/project.js";
import type { ComposeResources, ComposeService } from "../validate/schema.js";
import { parseDecimal, parseInteger } from "./scalars.js";
import { parseSize } from "./sizes.js";
import { childPath } from "./exact.js";

/** Service-level keys read when deploy.resources does not set the same field. */
type ServiceLevel = Pick<ComposeService, "cpus" | "mem_limit" | "mem_reservation" | "pids_limit" | "deploy">;

/** deploy.resources.limits or .reservations: the keys both have (limits' pids and reservations' devices are each one's own). */
type ResourceSection = NonNullable<ComposeResources["limits"]> | NonNullable<ComposeResources["reservations"]>;

function definedOnly(resources: Resources): Resources {
  const result: Resources = {};
  if (resources.cpus !== undefined) result.cpus = resources.cpus;
  if (resources.memoryBytes !== undefined) result.memoryBytes = resources.memoryBytes;
  if (resources.pids !== undefined) result.pids = resources.pids;
  return result;
}

function section(value: ResourceSection | undefined, path: Path, out: Diagnostic[]): Resources {
  if (value === undefined) return {};
  return definedOnly({
    cpus: value.cpus === undefined ? undefined : parseDecimal(value.cpus, childPath(path, "cpus"), out),
    memoryBytes: value.memory === undefined ? undefined : parseSize(value.memory, childPath(path, "memory"), out),
    pids: "pids" in value && value.pids !== undefined ? parseInteger(value.pids, childPath(path, "pids"), out) : undefined,
  });
}

/**
 * Limits and reservations: `deploy.resources.limits { cpus: "0.5", memory: 512M, pids: 100 }` and
 * `reservations { cpus, memory }`, or the older service keys `cpus: 1.5`, `mem_limit: 1g`,
 * `mem_reservation: 256m`, `pids_limit: 100`. When both spell the same field, deploy wins, as in Compose.
 */
export function parseResources(service: ServiceLevel, servicePath: Path, out: Diagnostic[]): { limits: Resources; reservations: Resources } {
  const resources: ComposeResources = service.deploy?.resources ?? {};
  // Paths only for the keys written (most services write one or two of these seven), exactly as long (exact.ts).
  const at = (key: string): Path => childPath(servicePath, key);
  const serviceLimits = definedOnly({
    cpus: service.cpus === undefined ? undefined : parseDecimal(service.cpus, at("cpus"), out),
    memoryBytes: service.mem_limit === undefined ? undefined : parseSize(service.mem_limit, at("mem_limit"), out),
    pids: service.pids_limit === undefined ? undefined : parseInteger(service.pids_limit, at("pids_limit"), out, -1),
  });
  // pids_limit: -1 (or 0) means "unlimited" in docker, which is what no limit says.
  if (serviceLimits.pids !== undefined && serviceLimits.pids <= 0) delete serviceLimits.pids;
  const serviceReservations = definedOnly({ memoryBytes: service.mem_reservation === undefined ? undefined : parseSize(service.mem_reservation, at("mem_reservation"), out) });
  const sectionPath = (key: string): Path => [...servicePath, "deploy", "resources", key];
  return {
    limits: { ...serviceLimits, ...(resources.limits === undefined ? {} : section(resources.limits, sectionPath("limits"), out)) },
    reservations: { ...serviceReservations, ...(resources.reservations === undefined ? {} : section(resources.reservations, sectionPath("reservations"), out)) },
  };
}
