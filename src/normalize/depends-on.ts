import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { DependsOn } from "../model/project.js";
import { isRecord, parseBoolean, scalarText } from "./scalars.js";

const conditions = {
  service_started: "service_started",
  service_healthy: "service_healthy",
  service_completed_successfully: "service_completed_successfully",
} as const satisfies Record<DependsOn["condition"], DependsOn["condition"]>;

const toCondition = (word: string | undefined): DependsOn["condition"] =>
  word !== undefined && Object.hasOwn(conditions, word) ? conditions[word as keyof typeof conditions] : "service_started";

/**
 * `depends_on: [db]` → started, required, no restart; or the long form
 * `depends_on: { db: { condition: service_healthy, required: false, restart: true } }`.
 */
export function parseDependsOn(value: unknown, path: Path, out: Diagnostic[]): DependsOn[] {
  if (Array.isArray(value)) {
    return value.flatMap((item: unknown, index): DependsOn[] =>
      typeof item === "string"
        ? [{ service: item, condition: "service_started", required: true, restart: false, path: [...path, index] }]
        : [],
    );
  }
  if (!isRecord(value)) return [];
  return Object.entries(value).map(([service, options]) => {
    const entryPath = [...path, service];
    const long = isRecord(options) ? options : {};
    return {
      service,
      condition: toCondition(scalarText(long.condition)),
      required: parseBoolean(long.required, [...entryPath, "required"], out) ?? true,
      restart: parseBoolean(long.restart, [...entryPath, "restart"], out) ?? false,
      path: entryPath,
    };
  });
}
