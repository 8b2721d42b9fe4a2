import type { Path } from "../diagnostics/types.js";
import type { OutputProblem } from "../diagnostics/messages/check.js";

/** Reading generated objects as plain JSON: the schema check reports wrong shapes, the rules skip them. */
export type JsonRecord = Record<string, unknown>;

export const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const recordAt = (value: unknown, key: string): JsonRecord | undefined => {
  const child = isRecord(value) ? value[key] : undefined;
  return isRecord(child) ? child : undefined;
};

/** What arrayAt gives for a missing list: one shared empty list, not a new one per missing field. */
const noItems: readonly unknown[] = [];

export const arrayAt = (value: unknown, key: string): readonly unknown[] => {
  const child = isRecord(value) ? value[key] : undefined;
  return Array.isArray(child) ? child : noItems;
};

export const stringAt = (value: unknown, key: string): string | undefined => {
  const child = isRecord(value) ? value[key] : undefined;
  return typeof child === "string" ? child : undefined;
};

/** Follows a path of object keys; undefined as soon as one is missing or not an object. */
export function recordAtPath(value: unknown, path: readonly string[]): JsonRecord | undefined {
  let current: unknown = value;
  // By index: a for-of in code not yet optimized allocates a result object per step.
  for (let index = 0; index < path.length; index++) current = recordAt(current, path[index]!);
  return isRecord(current) ? current : undefined;
}

/** A string map such as labels; non-string values are left to the schema check. */
export function stringEntries(value: unknown): [string, string][] {
  if (!isRecord(value)) return [];
  return Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string");
}

/** How a rule reports a finding: where in the object, which problem, and the offending value. */
export type Report = (field: Path, problem: OutputProblem, value: unknown) => void;

/** Values are shown in messages; a huge one is cut so the message stays readable. */
export function shown(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * Keys seen so far by duplicates() on a short list, compared in order: a Set per list cost more than
 * the few comparisons (1000 services: 2000 Sets). Not re-entrant: onDuplicate only reports.
 */
const seenKeys: string[] = [];
/** Up to this many items, duplicates() compares keys in seenKeys; longer lists use a Set. */
const fewItems = 8;

/**
 * Reports each of `count` items whose key an earlier item has: unique names, paths, ports. Items are
 * asked for by index, so a caller lists nothing to ask about several lists (a pod's two container lists).
 */
export function duplicates(count: number, keyAt: (index: number) => string | undefined, onDuplicate: (index: number, key: string) => void): void {
  // Most lists hold one item (one container, one port): nothing to compare.
  if (count < 2) return;
  if (count > fewItems) {
    duplicatesBySet(count, keyAt, onDuplicate);
    return;
  }
  let seen = 0;
  for (let index = 0; index < count; index++) {
    const key = keyAt(index);
    if (key === undefined) continue;
    if (isAmong(key, seen)) onDuplicate(index, key);
    seenKeys[seen++] = key;
  }
}

/** Whether the first `count` keys of seenKeys hold `key` (the array keeps its room between lists). */
function isAmong(key: string, count: number): boolean {
  for (let index = 0; index < count; index++) if (seenKeys[index] === key) return true;
  return false;
}

function duplicatesBySet(count: number, keyAt: (index: number) => string | undefined, onDuplicate: (index: number, key: string) => void): void {
  const seen = new Set<string>();
  for (let index = 0; index < count; index++) {
    const key = keyAt(index);
    if (key === undefined) continue;
    if (seen.has(key)) onDuplicate(index, key);
    seen.add(key);
  }
}
