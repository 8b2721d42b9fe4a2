import type { Diagnostic } from "../diagnostics/types.js";
import type { VolumeDefinition } from "./model.js";
import { isRecord, parseExternal, scalarText, stringMap } from "./scalars.js";

/**
 * Top-level `volumes:` — { data: null, cache: { driver: local, driver_opts: { type: tmpfs } },
 * shared: { external: true, name: team-data } }. `name` is the explicit name, else the key: Kubernetes
 * objects live in a namespace, so the project-name prefix Compose adds is not needed.
 */
export function parseVolumeDefinitions(value: unknown, out: Diagnostic[]): Record<string, VolumeDefinition> {
  const result: Record<string, VolumeDefinition> = {};
  if (!isRecord(value)) return result;
  for (const [key, item] of Object.entries(value)) {
    const path = ["volumes", key];
    const options = isRecord(item) ? item : {};
    const external = parseExternal(options.external, [...path, "external"], out);
    const driver = scalarText(options.driver);
    result[key] = {
      name: scalarText(options.name) ?? external.name ?? key,
      external: external.external,
      ...(driver === undefined ? {} : { driver }),
      driverOpts: stringMap(options.driver_opts, [...path, "driver_opts"]),
      labels: stringMap(options.labels, [...path, "labels"]),
      path,
    };
  }
  return result;
}
