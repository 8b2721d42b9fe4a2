import type { KubernetesObject } from "../model/manifest.js";
import { utf8Bytes } from "../model/byte-size.js";
import { isConfigKey } from "../model/kubernetes-names.js";
import { isRecord, type Report } from "./object-access.js";

const maxDataBytes = 1024 * 1024;
const configMapMaps = ["data", "binaryData"] as const;
const secretMaps = ["data", "stringData"] as const;

/**
 * ConfigMap and Secret keys become file names when mounted ("app.conf"), so the API server limits their
 * syntax; a ConfigMap or Secret holds at most 1 MiB. A key may not sit in two of the data maps at once.
 */
export function checkDataKeys(object: KubernetesObject, report: Report): void {
  const maps = object.kind === "ConfigMap" ? configMapMaps : secretMaps;
  // Secret stringData is merged into data on write; a key in both is fine there, the last one wins. A
  // ConfigMap's key can only repeat in its second map: the keys of its first are kept only then.
  const seen = object.kind === "ConfigMap" && isRecord(object[maps[0]]) && isRecord(object[maps[1]]) ? new Set<string>() : undefined;
  let bytes = 0;
  for (let mapIndex = 0; mapIndex < maps.length; mapIndex++) {
    const map = maps[mapIndex]!;
    const entries = object[map];
    if (!isRecord(entries)) continue;
    for (const key in entries) {
      const value = entries[key];
      if (typeof value !== "string") continue;
      if (!isConfigKey(key)) report([map, key], "data-key", key);
      if (seen !== undefined) {
        if (seen.has(key)) report([map, key], "duplicate-data-key", key);
        seen.add(key);
      }
      bytes += utf8Bytes(key) + utf8Bytes(value);
    }
  }
  if (bytes > maxDataBytes) report(isRecord(object.data) ? ["data"] : [maps[1]!], "data-size", bytes);
}
