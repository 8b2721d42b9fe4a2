import { canonical } from "./schema/canonical.js";

/**
 * The two helpers the generated fast check (compose-check.generated.ts) calls. Both may be stricter than
 * zod, never looser: a "no" only sends the document through zod.
 */

/** A mapping as the YAML loader makes it. zod takes any non-list object; anything unusual goes to zod. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * JSON schema `uniqueItems` as common.ts's uniqueList decides it (equal canonical JSON text), without
 * writing JSON for the plain strings and numbers most lists hold: for those, equal text means equal value
 * (0 and -0 both read "0", and a Set takes them as one). A mapping's text could equal a string item's
 * value, which only makes this stricter.
 */
export function uniqueItems(items: readonly unknown[]): boolean {
  if (items.length < 2) return true;
  const seen = new Set<unknown>();
  for (const item of items) {
    const key = typeof item === "object" && item !== null ? canonical(item) : item;
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}
