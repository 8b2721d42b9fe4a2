/** What the YAML writer accepts: JSON-shaped data (plain objects, arrays, strings, numbers, booleans, null). */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Whether a mapping has a field to write; one whose fields are all undefined is written "{}", as JSON
 * writes it. It reads the keys the writer then walks, not a for-in of its own (60,000 mappings).
 */
export function hasField(object: JsonObject, keys: readonly string[]): boolean {
  for (let index = 0; index < keys.length; index++) if (object[keys[index]!] !== undefined) return true;
  return false;
}

/** The error for a value the writer cannot write (a function, a Map, a class instance…). */
export const notJson = (value: unknown): Error => new Error(`emit: a ${typeof value} cannot be written as YAML (only JSON-shaped data)`);
