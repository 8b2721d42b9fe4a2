import type { Path } from "../diagnostics/types.js";
import type { ModelClass } from "./kinds.js";
import { isRecord } from "./object-access.js";

/** One schema error, with the field it is about: ["spec", "ports", 0, "targetPort"], "must be integer". */
export interface SchemaFinding {
  field: Path;
  problem: string;
}

/** The parts of an ajv error we read; kubernetes-models throws ajv's ValidationError with a list of them. */
interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

const isAjvError = (value: unknown): value is AjvError =>
  isRecord(value) && typeof value.instancePath === "string" && typeof value.keyword === "string" && isRecord(value.params);

/** Validates against the Kubernetes OpenAPI schema that kubernetes-models compiled with ajv. */
export function schemaFindings(object: unknown, model: ModelClass): SchemaFinding[] {
  try {
    new model(object as never).validate();
    return [];
  } catch (error) {
    const errors = isRecord(error) && Array.isArray(error.errors) ? error.errors.filter(isAjvError) : undefined;
    if (!errors) throw error;
    return summarize(errors, object);
  }
}

/**
 * A field that may be a string or an integer (IntOrString) fails with one error per alternative plus
 * a "oneOf" error; those become one finding, "must be string or integer".
 */
function summarize(errors: AjvError[], object: unknown): SchemaFinding[] {
  const byPath = new Map<string, AjvError[]>();
  for (const error of errors) byPath.set(error.instancePath, [...(byPath.get(error.instancePath) ?? []), error]);
  const findings: SchemaFinding[] = [];
  for (const [instancePath, group] of byPath) {
    const field = fieldPath(instancePath, object);
    if (group.some((e) => e.keyword === "oneOf" || e.keyword === "anyOf")) {
      const types = group.filter((e) => e.keyword === "type").map((e) => String(e.params.type));
      findings.push({ field, problem: types.length > 0 ? `must be ${types.join(" or ")}` : "matches none of the allowed shapes" });
      continue;
    }
    for (const error of group) {
      if (error.keyword === "required" && typeof error.params.missingProperty === "string") {
        findings.push({ field: [...field, error.params.missingProperty], problem: "is required" });
      } else {
        findings.push({ field, problem: error.message ?? `fails the "${error.keyword}" check` });
      }
    }
  }
  return findings;
}

/** "/spec/ports/0/name" → ["spec", "ports", 0, "name"]; an index is a number only where the object has a list. */
function fieldPath(instancePath: string, object: unknown): Path {
  const path: Path = [];
  let current: unknown = object;
  for (const raw of instancePath.split("/").slice(1)) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current)) {
      path.push(Number(part));
      current = current[Number(part)];
    } else {
      path.push(part);
      current = isRecord(current) ? current[part] : undefined;
    }
  }
  return path;
}
