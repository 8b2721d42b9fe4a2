import type { IResourceRequirements } from "kubernetes-models/v1/ResourceRequirements";
import { diagnostic } from "../../diagnostics/codes.js";
import type { Path } from "../../diagnostics/types.js";
import type { Resources, Service } from "../../model/project.js";
import { CONTAINER, type Collector } from "../shared/collector.js";
import { bytesQuantity, cpuQuantity } from "../../model/quantities.js";
import { pathUnder } from "../../model/paths.js";

type Amounts = Record<string, string>;

/** { cpus: 0.5, memoryBytes: 536870912 } → { cpu: "500m", memory: "512Mi" } */
function amounts(resources: Resources): Amounts {
  const result: Amounts = {};
  if (resources.cpus !== undefined && resources.cpus > 0) result.cpu = cpuQuantity(resources.cpus);
  if (resources.memoryBytes !== undefined && resources.memoryBytes > 0) result.memory = bytesQuantity(resources.memoryBytes);
  return result;
}

/** Kubernetes rejects a request above its limit, which Docker accepts; the request is lowered to the limit. */
function clampRequests(service: Service, collector: Collector): Resources {
  const { limits, reservations } = service;
  const cpuAbove = limits.cpus !== undefined && reservations.cpus !== undefined && reservations.cpus > limits.cpus;
  const memoryAbove = limits.memoryBytes !== undefined && reservations.memoryBytes !== undefined && reservations.memoryBytes > limits.memoryBytes;
  // Nearly always neither: the reservations as written, without a copy or a path for a diagnostic.
  if (!cpuAbove && !memoryAbove) return reservations;
  const clamped: Resources = { ...reservations };
  const path = [...service.path, "deploy", "resources", "reservations"];
  if (cpuAbove) {
    collector.report(diagnostic("request-above-limit", [...path, "cpus"], { resource: "cpu", request: cpuQuantity(reservations.cpus as number), limit: cpuQuantity(limits.cpus as number) }));
    clamped.cpus = limits.cpus;
  }
  if (memoryAbove) {
    collector.report(diagnostic("request-above-limit", [...path, "memory"], { resource: "memory", request: bytesQuantity(reservations.memoryBytes as number), limit: bytesQuantity(limits.memoryBytes as number) }));
    clamped.memoryBytes = limits.memoryBytes;
  }
  return clamped;
}

/**
 * Where each amount was written: the deploy key (as listed in Service.deployKeys), else the service's
 * own key (cpus, mem_limit, mem_reservation; no service key reserves cpus).
 */
type Amount = { field: Path; kind: "limits" | "requests"; resource: "cpu" | "memory"; deployKey: string; serviceKey: Path };
const AMOUNTS: readonly (Amount & { deployPath: Path })[] = ([
  { field: [...CONTAINER, "resources", "limits", "cpu"], kind: "limits", resource: "cpu", deployKey: "resources.limits.cpus", serviceKey: ["cpus"] },
  { field: [...CONTAINER, "resources", "limits", "memory"], kind: "limits", resource: "memory", deployKey: "resources.limits.memory", serviceKey: ["mem_limit"] },
  { field: [...CONTAINER, "resources", "requests", "cpu"], kind: "requests", resource: "cpu", deployKey: "resources.reservations.cpus", serviceKey: ["deploy", "resources", "reservations", "cpus"] },
  { field: [...CONTAINER, "resources", "requests", "memory"], kind: "requests", resource: "memory", deployKey: "resources.reservations.memory", serviceKey: ["mem_reservation"] },
] satisfies Amount[]).map((row) => ({ ...row, deployPath: ["deploy", ...row.deployKey.split(".")] }));

function traceResources(service: Service, limits: Amounts, requests: Amounts, collector: Collector): void {
  for (const { field, kind, resource, deployKey, deployPath, serviceKey } of AMOUNTS) {
    if ((kind === "limits" ? limits : requests)[resource] === undefined) continue;
    collector.trace(field, pathUnder(service.path, ...(service.deployKeys.includes(deployKey) ? deployPath : serviceKey)));
  }
}

/**
 * limits → limits, reservations → requests. A pids limit has no container field: the fate tables warn
 * about pids_limit and deploy.resources.limits.pids.
 */
export function convertResources(service: Service, collector: Collector): IResourceRequirements | undefined {
  const limits = amounts(service.limits);
  const requests = amounts(clampRequests(service, collector));
  if (Object.keys(limits).length === 0 && Object.keys(requests).length === 0) return undefined;
  collector.explain("resources");
  traceResources(service, limits, requests, collector);
  const result: IResourceRequirements = {};
  if (Object.keys(limits).length > 0) result.limits = limits;
  if (Object.keys(requests).length > 0) result.requests = requests;
  return result;
}
