import type { IResourceRequirements } from "kubernetes-models/v1/ResourceRequirements";
import { diagnostic } from "../diagnostics/codes.js";
import type { Resources, Service } from "../normalize/model.js";
import type { Collector } from "./collector.js";
import { bytesQuantity, cpuQuantity } from "./quantities.js";

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
  const clamped: Resources = { ...reservations };
  const path = [...service.path, "deploy", "resources", "reservations"];
  if (limits.cpus !== undefined && reservations.cpus !== undefined && reservations.cpus > limits.cpus) {
    collector.report(diagnostic("request-above-limit", [...path, "cpus"], { resource: "cpu", request: cpuQuantity(reservations.cpus), limit: cpuQuantity(limits.cpus) }));
    clamped.cpus = limits.cpus;
  }
  if (limits.memoryBytes !== undefined && reservations.memoryBytes !== undefined && reservations.memoryBytes > limits.memoryBytes) {
    collector.report(diagnostic("request-above-limit", [...path, "memory"], { resource: "memory", request: bytesQuantity(reservations.memoryBytes), limit: bytesQuantity(limits.memoryBytes) }));
    clamped.memoryBytes = limits.memoryBytes;
  }
  return clamped;
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
  const result: IResourceRequirements = {};
  if (Object.keys(limits).length > 0) result.limits = limits;
  if (Object.keys(requests).length > 0) result.requests = requests;
  return result;
}
