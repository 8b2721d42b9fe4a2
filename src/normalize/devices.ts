import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { DeviceRequest } from "../model/project.js";
import { isRecord, scalarText, shown, stringList } from "./scalars.js";

/** count: 2, "2" or "all"; anything else is reported. */
function parseCount(value: unknown, path: Path, out: Diagnostic[]): number | "all" | undefined {
  if (value === undefined || value === null) return undefined;
  const text = scalarText(value)?.trim().toLowerCase() ?? "";
  if (text === "all") return "all";
  if (/^\d+$/.test(text)) return Number(text);
  out.push(diagnostic("device-count-syntax", path, { value: shown(value) }));
  return undefined;
}

/** One long-syntax device request: { driver: nvidia, count: 1, device_ids: ["0"], capabilities: [gpu] }. */
function parseRequest(item: unknown, path: Path, implied: readonly string[], out: Diagnostic[]): DeviceRequest | undefined {
  if (!isRecord(item)) return undefined;
  const driver = scalarText(item.driver)?.trim();
  const count = parseCount(item.count, [...path, "count"], out);
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
export function parseGpus(value: unknown, path: Path, out: Diagnostic[]): DeviceRequest[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (scalarText(value)?.trim().toLowerCase() === "all") return [{ capabilities: ["gpu"], count: "all", deviceIds: [], path }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown, index) => parseRequest(item, [...path, index], ["gpu"], out) ?? []);
}

/** `deploy.resources.reservations.devices`: capabilities are required there, nothing is implied. */
export function parseDeviceReservations(deploy: unknown, deployPath: Path, out: Diagnostic[]): DeviceRequest[] | undefined {
  const reservations = isRecord(deploy) && isRecord(deploy.resources) ? deploy.resources.reservations : undefined;
  const devices = isRecord(reservations) ? reservations.devices : undefined;
  if (!Array.isArray(devices)) return undefined;
  const path = [...deployPath, "resources", "reservations", "devices"];
  return devices.flatMap((item: unknown, index) => parseRequest(item, [...path, index], [], out) ?? []);
}
