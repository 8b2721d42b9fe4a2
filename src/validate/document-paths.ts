import type { Path } from "../diagnostics/types.js";

/** Reading a plain YAML-derived document by path, and ordering paths as they are written. */

export const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The value at ["services","web","ports",0], or undefined when any step is absent. */
export function valueAt(document: unknown, path: Path): unknown {
  let current = document;
  for (const part of path) {
    if (Array.isArray(current) && typeof part === "number") current = current[part];
    else if (isMapping(current) && typeof part === "string" && Object.hasOwn(current, part)) current = current[part];
    else return undefined;
  }
  return current;
}

/** Compares two paths by where they are written, top to bottom, so diagnostics read like the file. */
export function compareInDocument(document: unknown, a: Path, b: Path): number {
  let current = document;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const left = a[i]!;
    const right = b[i]!;
    if (left !== right) return position(current, left) - position(current, right);
    current = valueAt(current, [left]);
  }
  return a.length - b.length;
}

const position = (container: unknown, part: string | number): number =>
  typeof part === "number" ? part : isMapping(container) ? Object.keys(container).indexOf(part) : 0;
