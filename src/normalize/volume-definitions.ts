import type { Diagnostic } from "../diagnostics/types.js";
import { definitionEntries } from "./definitions.js";
import type { VolumeDefinition } from "../model/project.js";
import type { ComposeFile } from "../validate/schema.js";
import { stringMap } from "./scalars.js";
import { put } from "../model/own-keys.js";
import { childPath } from "./exact.js";

/**
 * Top-level `volumes:` — { data: null, cache: { driver: local, driver_opts: { type: tmpfs } },
 * shared: { external: true, name: team-data } }.
 */
export function parseVolumeDefinitions(value: ComposeFile["volumes"], out: Diagnostic[]): Record<string, VolumeDefinition> {
  const result: Record<string, VolumeDefinition> = {};
  for (const { key, path, options, name, external, driver } of definitionEntries("volumes", value, out)) {
    put(result, key, {
      name,
      external,
      ...(driver === undefined ? {} : { driver }),
      driverOpts: stringMap(options.driver_opts, childPath(path, "driver_opts")),
      labels: stringMap(options.labels, childPath(path, "labels")),
      path,
    });
  }
  return result;
}
