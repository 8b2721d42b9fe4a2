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

export const arrayAt = (value: unknown, key: string): unknown[] => {
  const child = isRecord(value) ? value[key] : undefined;
  return Array.isArray(child) ? child : [];
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

/** Reports each value seen before, by its key: unique names, paths, ports. */
export function duplicates<T>(items: readonly T[], keyOf: (item: T) => string | undefined, onDuplicate: (item: T, index: number, key: string) => void): void {
  // Most lists hold one item (one container, one port): nothing to compare, no Set to build.
  if (items.length < 2) return;
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (key === undefined) return;
    if (seen.has(key)) onDuplicate(item, index, key);
    seen.add(key);
  });
}
