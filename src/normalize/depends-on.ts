import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { DependsOn } from "../model/project.js";
import type { ComposeService } from "../validate/schema.js";
import { parseBoolean } from "./scalars.js";
import { childPath } from "./exact.js";

/**
 * `depends_on: [db]` → started, required, no restart; or the long form
 * `depends_on: { db: { condition: service_healthy, required: false, restart: true } }`.
 */
export function parseDependsOn(value: ComposeService["depends_on"], path: Path, out: Diagnostic[]): DependsOn[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) {
    return value.map((service, index): DependsOn => ({ service, condition: "service_started", required: true, restart: false, path: childPath(path, index) }));
  }
  return Object.entries(value).map(([service, long]) => {
    const entryPath = childPath(path, service);
    return {
      service,
      condition: long.condition,
      required: long.required ?? true,
      restart: parseBoolean(long.restart, childPath(entryPath, "restart"), out) ?? false,
      path: entryPath,
    };
  });
}
