import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { DeviceRequest } from "../model/project.js";
import type { ComposeDeploy, ComposeDeviceRequest, ComposeService } from "../validate/schema.js";
import { stringList } from "./scalars.js";
import { childPath } from "./exact.js";

/** count: 2, "2" or "all"; anything else is reported. */
function parseCount(value: number | string | undefined, path: Path, out: Diagnostic[]): number | "all" | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim().toLowerCase();
  if (text === "all") return "all";
  if (/^\d+$/.test(text)) return Number(text);
  out.push(diagnostic("device-count-syntax", path, { value: String(value) }));
  return undefined;
}

/** A device request of `gpus:` (capabilities optional there) or of deploy's reservations (required there). */
type DeviceRequestAsWritten = Omit<ComposeDeviceRequest, "capabilities"> & { capabilities?: string[] | undefined };

/** One long-syntax device request: { driver: nvidia, count: 1, device_ids: ["0"], capabilities: [gpu] }. */
function parseRequest(item: DeviceRequestAsWritten, path: Path, implied: readonly string[], out: Diagnostic[]): DeviceRequest {
  const driver = item.driver?.trim();
  const count = parseCount(item.count, childPath(path, "count"), out);
  const capabilities = [...new Set([...implied, ...stringList(item.capabilities)])];
  return {
    capabilities,
    ...(driver === undefined || driver === "" ? {} : { driver }),
    ...(count === undefined ? {} : { count }),
    deviceIds: stringList(item.device_ids),
    path,
  };
}

/**
 * `gpus: all` → [{ count: "all", capabilities: [gpu] }]; `gpus: [{ driver: nvidia, count: 2 }]` → one
 * request per entry, each with the gpu capability implied, as `docker run --gpus` does.
 */
export function parseGpus(value: ComposeService["gpus"], path: Path, out: Diagnostic[]): DeviceRequest[] | undefined {
  if (value === undefined) return undefined;
  if (value === "all") return [{ capabilities: ["gpu"], count: "all", deviceIds: [], path }];
  return value.map((item, index) => parseRequest(item, childPath(path, index), ["gpu"], out));
}

/** `deploy.resources.reservations.devices`: capabilities are required there, nothing is implied. */
export function parseDeviceReservations(deploy: ComposeDeploy | null | undefined, deployPath: Path, out: Diagnostic[]): DeviceRequest[] | undefined {
  const devices = deploy?.resources?.reservations?.devices;
  if (devices === undefined) return undefined;
  const path = [...deployPath, "resources", "reservations", "devices"];
  return devices.map((item, index) => parseRequest(item, childPath(path, index), [], out));
}
