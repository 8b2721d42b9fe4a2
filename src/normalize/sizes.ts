import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";

/** Binary multipliers, as docker's units.RAMInBytes: 1k = 1024. */
const bytesPerUnit = {
  "": 1,
  b: 1,
  k: 1024,
  m: 1024 ** 2,
  g: 1024 ** 3,
  t: 1024 ** 4,
  p: 1024 ** 5,
} as const satisfies Record<string, number>;

const isUnit = (unit: string): unit is keyof typeof bytesPerUnit => Object.hasOwn(bytesPerUnit, unit);

/** "512M", "1.5g", "64 mb", "1KiB", "100b": a number, an optional space, then k/m/g/t/p with optional "i" and "b". */
const sizePattern = /^(\d+(?:\.\d+)?) ?(?:([kmgtp])i?b?|(b))?$/i;

/**
 * Compose byte sizes → bytes: 1073741824 → 1073741824, "512M" → 536870912, "1k" = "1kb" = "1KiB" → 1024,
 * "1.5g" → 1610612736. Fractions of a byte are dropped, as docker does.
 */
export function parseSize(value: number | string | undefined, path: Path, out: Diagnostic[]): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return Math.floor(value);
  const match = typeof value === "string" ? sizePattern.exec(value.trim()) : null;
  const unit = (match?.[2] ?? match?.[3] ?? "").toLowerCase();
  if (!match || !isUnit(unit)) {
    out.push(diagnostic("size-syntax", path, { value: String(value) }));
    return undefined;
  }
  return Math.floor(Number(match[1]) * bytesPerUnit[unit]);
}
