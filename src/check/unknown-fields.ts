import type { Path } from "../diagnostics/types.js";
import { fieldTypes } from "./k8s-fields.generated.js";
import { nearest } from "../model/suggest.js";
import { isRecord } from "./object-access.js";

/** A field the object's type does not have: ["spec", "template", "spec", "containers", 0, "imagePolicy"]. */
export interface UnknownField {
  field: Path;
  /** The type that lacks it, without its version prefix: "Container". */
  type: string;
  /** The type's fields nearest in spelling, for "did you mean". */
  nearest: string[];
}

/** Types whose values are not walked: scalars, quantities (strings in the table), free-form objects. */
const leafTypes = new Set(["string", "number", "boolean", "Date", "any", "object", "IntOrString"]);

/**
 * kubernetes-models' schemas let unknown properties through, and the API server drops them silently
 * (or rejects them with strict field validation), so the check walks each object against the field
 * table generated from @kubernetes/client-node. `rootType` is the model of the object's kind.
 */
export function unknownFields(object: unknown, rootType: string): UnknownField[] {
  const found: UnknownField[] = [];
  const path: Path = [];

  function walk(value: unknown, type: string): void {
    if (leafTypes.has(type)) return;
    if (type.endsWith("[]")) {
      if (!Array.isArray(value)) return;
      const item = type.slice(0, -2);
      if (leafTypes.has(item)) return;
      value.forEach((element, index) => {
        path.push(index);
        walk(element, item);
        path.pop();
      });
      return;
    }
    if (!isRecord(value)) return;
    if (type.startsWith("map:")) {
      const entryType = type.slice(4);
      if (leafTypes.has(entryType)) return;
      for (const key of Object.keys(value)) {
        path.push(key);
        walk(value[key], entryType);
        path.pop();
      }
      return;
    }
    const fields = fieldTypes[type];
    if (!fields) throw new Error(`check: the generated field table has no type ${type}`);
    for (const key of Object.keys(value)) {
      const fieldType = fields[key];
      if (value[key] === undefined) continue;
      if (fieldType === undefined) {
        found.push({ field: [...path, key], type: type.replace(/^V\d+((alpha|beta)\d+)?/, ""), nearest: nearestFields(key, Object.keys(fields)) });
        continue;
      }
      path.push(key);
      walk(value[key], fieldType);
      path.pop();
    }
  }

  walk(object, rootType);
  return found;
}

/** The known fields closest to a misspelt one: "imagePolicy" → imagePullPolicy first. */
function nearestFields(unknown: string, known: string[]): string[] {
  return nearest(unknown, [...known].sort((a, b) => a.localeCompare(b)), { count: 5 });
}
