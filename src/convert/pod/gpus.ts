import type { IContainer } from "kubernetes-models/v1/Container";
import { diagnostic } from "../../diagnostics/codes.js";
import type { DeviceRequest } from "../../model/project.js";
import { CONTAINER } from "../shared/collector.js";
import type { PodContext, PodDraft } from "../shared/pod-context.js";

/** The extended resource of NVIDIA's device plugin, the one GPU resource nearly every cluster names this way. */
export const GPU_RESOURCE = "nvidia.com/gpu";

/** How many GPUs one request asks for: count, else the number of device_ids, else 1 (docker's --gpus default is all). */
function gpuCount(request: DeviceRequest, context: PodContext): number {
  const { collector } = context;
  if (request.count === "all" || (request.count === undefined && request.deviceIds.length === 0)) {
    collector.report(diagnostic("gpu-count-all", request.path, { service: context.service.name }));
    return 1;
  }
  if (request.deviceIds.length > 0) {
    collector.report(diagnostic("gpu-device-ids", [...request.path, "device_ids"], { ids: request.deviceIds.join(", ") }));
    return request.count ?? request.deviceIds.length;
  }
  return request.count ?? 1;
}

/**
 * gpus and deploy.resources.reservations.devices with the gpu capability → resources.limits
 * nvidia.com/gpu, summed over the requests. GPUs are extended resources: a pod sets the limit (the
 * request follows it) and is placed on a node whose device plugin offers that many. Other drivers and
 * devices without the gpu capability warn.
 */
export function convertGpus(context: PodContext, { app: container }: PodDraft): void {
  const { service, collector } = context;
  // Most services ask for no device: no list of both is built for them.
  if (service.gpus === undefined && service.deviceReservations === undefined) return;
  let total = 0;
  let first: DeviceRequest | undefined;
  for (const request of [...(service.gpus ?? []), ...(service.deviceReservations ?? [])]) {
    if (!request.capabilities.includes("gpu")) {
      collector.report(diagnostic("device-not-gpu", request.path, { capabilities: request.capabilities.join(", ") || "(none)" }));
      continue;
    }
    if (request.driver !== undefined && request.driver.toLowerCase() !== "nvidia") {
      collector.report(diagnostic("gpu-driver", [...request.path, "driver"], { driver: request.driver }));
      continue;
    }
    total += gpuCount(request, context);
    first ??= request;
  }
  if (total === 0) return;
  const resources = container.resources ?? {};
  resources.limits = { ...resources.limits, [GPU_RESOURCE]: String(total) };
  container.resources = resources;
  collector.explain("gpus");
  if (first !== undefined) collector.trace([...CONTAINER, "resources", "limits", GPU_RESOURCE], first.path);
  collector.note([...CONTAINER, "resources", "limits"], "GPUs come from the NVIDIA device plugin; nodes without it never run this pod");
}
