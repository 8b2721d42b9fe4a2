import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { Resources } from "../model/project.js";
import type { ComposeResources, ComposeService } from "../validate/schema.js";
import { parseDecimal, parseInteger } from "./scalars.js";
import { parseSize } from "./sizes.js";

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
    cpus: parseDecimal(value.cpus, [...path, "cpus"], out),
    memoryBytes: parseSize(value.memory, [...path, "memory"], out),
    pids: "pids" in value ? parseInteger(value.pids, [...path, "pids"], out) : undefined,
  });
}

/**
 * Limits and reservations: `deploy.resources.limits { cpus: "0.5", memory: 512M, pids: 100 }` and
 * `reservations { cpus, memory }`, or the older service keys `cpus: 1.5`, `mem_limit: 1g`,
 * `mem_reservation: 256m`, `pids_limit: 100`. When both spell the same field, deploy wins, as in Compose.
 */
export function parseResources(service: ServiceLevel, servicePath: Path, out: Diagnostic[]): { limits: Resources; reservations: Resources } {
  const resources: ComposeResources = service.deploy?.resources ?? {};
  const deployPath = [...servicePath, "deploy", "resources"];
  const serviceLimits = definedOnly({
    cpus: parseDecimal(service.cpus, [...servicePath, "cpus"], out),
    memoryBytes: parseSize(service.mem_limit, [...servicePath, "mem_limit"], out),
    pids: parseInteger(service.pids_limit, [...servicePath, "pids_limit"], out, -1),
  });
  // pids_limit: -1 (or 0) means "unlimited" in docker, which is what no limit says.
  if (serviceLimits.pids !== undefined && serviceLimits.pids <= 0) delete serviceLimits.pids;
  const serviceReservations = definedOnly({ memoryBytes: parseSize(service.mem_reservation, [...servicePath, "mem_reservation"], out) });
  return {
    limits: { ...serviceLimits, ...section(resources.limits, [...deployPath, "limits"], out) },
    reservations: { ...serviceReservations, ...section(resources.reservations, [...deployPath, "reservations"], out) },
  };
}
