/**
 * Kubernetes convention puts these first in every object, in this order; other top-level fields follow
 * in the order the converter built them. Nested objects keep their insertion order unchanged.
 */
const leadingFields = ["apiVersion", "kind", "metadata", "type", "spec", "immutable", "data", "stringData", "binaryData"];

export function topLevelKeys(object: Record<string, unknown>): string[] {
  const keys = Object.keys(object);
  const first = leadingFields.filter((field) => field in object);
  if (first.length === 0) return keys;
  return [...first, ...keys.filter((key) => !leadingFields.includes(key))];
}

/** A copy with the top-level fields in the order above, for writers (JSON) that follow insertion order. */
export function withTopLevelOrder(object: Record<string, unknown>): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const key of topLevelKeys(object)) ordered[key] = object[key];
  return ordered;
}
