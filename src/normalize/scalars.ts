import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import { put } from "../model/own-keys.js";

/**
 * Scalars as Compose writes them. After interpolation many fields may be strings ("true", "3"), so the
 * schema accepts both forms and these helpers turn them into one.
 */

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** 8080 → "8080", true → "true"; objects and null → undefined. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/** For messages: the value as it was written. */
export const shown = (value: unknown): string => scalarText(value) ?? JSON.stringify(value) ?? String(value);

/** true, "true", "yes"… → true. YAML 1.1 spellings are accepted because Compose files are often written for it. */
const booleanWords: Record<string, boolean> = {
  true: true, false: false, yes: true, no: false, on: true, off: false, "1": true, "0": false,
};

export function parseBoolean(value: unknown, path: Path, out: Diagnostic[]): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "boolean") return value;
  const word = booleanWords[(scalarText(value) ?? "").toLowerCase()];
  if (word === undefined) out.push(diagnostic("boolean-syntax", path, { value: shown(value) }));
  return word;
}

/** 3, "3" → 3; "3.5", "x" or a number below `minimum` → integer-syntax. */
export function parseInteger(value: unknown, path: Path, out: Diagnostic[], minimum = 0): number | undefined {
  if (value === undefined || value === null) return undefined;
  const text = scalarText(value)?.trim() ?? "";
  const number = /^[+-]?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < minimum) {
    out.push(diagnostic("integer-syntax", path, { value: shown(value), minimum }));
    return undefined;
  }
  return number;
}

/** 0.5, "0.5", "2" → number; cpus are written both ways. */
export function parseDecimal(value: unknown, path: Path, out: Diagnostic[]): number | undefined {
  if (value === undefined || value === null) return undefined;
  const text = scalarText(value)?.trim() ?? "";
  const number = /^\d+(\.\d*)?$|^\.\d+$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isNaN(number)) {
    out.push(diagnostic("number-syntax", path, { value: shown(value) }));
    return undefined;
  }
  return number;
}

/**
 * File modes: a string is octal ("0440", "1777"), as in `docker run --tmpfs /run:mode=1777`; a number is
 * taken as the YAML parser gave it (0o440 written `0o440`, or `0440` under YAML 1.1 rules, is 288).
 */
export function parseMode(value: unknown, path: Path, out: Diagnostic[]): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 0o7777) return value;
  const text = typeof value === "string" ? value.trim().replace(/^0o/i, "") : "";
  if (/^[0-7]{1,5}$/.test(text)) {
    const mode = Number.parseInt(text, 8);
    if (mode <= 0o7777) return mode;
  }
  out.push(diagnostic("mode-syntax", path, { value: shown(value) }));
  return undefined;
}

/** A string or a list of strings ("NET_ADMIN" or ["NET_ADMIN"]) → list; anything else → []. */
export function stringList(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const text = scalarText(item);
    return text === undefined ? [] : [text];
  });
}

/** One entry of a list-or-dict key (labels, build args, environment): value undefined means "no value given". */
export interface KeyValueEntry {
  key: string;
  value: string | undefined;
  path: Path;
}

/**
 * `list_or_dict` of the Compose schema: ["A=1", "B"] or { A: 1, B: null }. "B" and `B: null` give
 * value undefined; numbers and booleans become text. A list item without "=" has no value.
 */
export function keyValueEntries(value: unknown, path: Path): KeyValueEntry[] {
  if (Array.isArray(value)) {
    return value.flatMap((item: unknown, index): KeyValueEntry[] => {
      const text = scalarText(item);
      if (text === undefined) return [];
      const equals = text.indexOf("=");
      const entryPath = [...path, index];
      if (equals < 0) return [{ key: text, value: undefined, path: entryPath }];
      return [{ key: text.slice(0, equals), value: text.slice(equals + 1), path: entryPath }];
    });
  }
  if (!isRecord(value)) return [];
  return Object.entries(value).map(([key, item]) => ({ key, value: scalarText(item), path: [...path, key] }));
}

/** Labels, driver_opts, build args: entries without a value become "" (a label "KEY" is an empty label). */
export function stringMap(value: unknown, path: Path): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of keyValueEntries(value, path)) put(result, entry.key, entry.value ?? "");
  return result;
}

/**
 * `external:` of volumes, networks, configs and secrets: true, "true", or the deprecated { name: other }
 * (which also names the object). Returns whether it is external and the name it gives, if any.
 */
export function parseExternal(value: unknown, path: Path, out: Diagnostic[]): { external: boolean; name?: string } {
  if (isRecord(value)) {
    const name = scalarText(value.name);
    return name === undefined ? { external: true } : { external: true, name };
  }
  return { external: parseBoolean(value, path, out) ?? false };
}
