import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { ComposeSecret, ComposeVolume, ListOrDict } from "../validate/schema.js";
import { put } from "../model/own-keys.js";
import { childPath } from "./exact.js";

/**
 * Scalars as Compose writes them. After interpolation many fields may be strings ("true", "3"), so the
 * schema accepts both forms and these helpers turn them into one. Their parameters are the unions the
 * schema allows (validate ran first); what is left to check is the text of the string forms.
 */

/** A value of a list_or_dict map: 3, true, "x", or null for "KEY:" with nothing after it. */
export type Scalar = string | number | boolean | null;

/** 8080 → "8080", true → "true"; null and undefined → undefined. */
export function scalarText(value: Scalar | undefined): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

/** For messages: the value as it was written, scalars as text and mappings (a long port, a long volume) as JSON. */
export const shown = (value: Scalar | object): string =>
  typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);

/** true, "true", "yes"… → true. YAML 1.1 spellings are accepted because Compose files are often written for it. */
const booleanWords: Record<string, boolean> = {
  true: true, false: false, yes: true, no: false, on: true, off: false, "1": true, "0": false,
};

/** `booleanOrString` of the schema: a boolean, or the text interpolation left ("${DEBUG}" → "true"). */
export function parseBoolean(value: boolean | string | undefined, path: Path, out: Diagnostic[]): boolean | undefined {
  if (value === undefined || typeof value === "boolean") return value;
  const word = booleanWords[value.toLowerCase()];
  if (word === undefined) out.push(diagnostic("boolean-syntax", path, { value }));
  return word;
}

/** 3, "3" → 3; "3.5", "x" or a number below `minimum` → integer-syntax. */
export function parseInteger(value: number | string | undefined, path: Path, out: Diagnostic[], minimum = 0): number | undefined {
  if (value === undefined) return undefined;
  // A number the text path would accept as it is (`retries: 3`), without its text and pattern; + 0
  // makes -0 the 0 that Number(String(-0)) reads.
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= minimum) return value + 0;
  const text = String(value).trim();
  const number = /^[+-]?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < minimum) {
    out.push(diagnostic("integer-syntax", path, { value: String(value), minimum }));
    return undefined;
  }
  return number;
}

/** 0.5, "0.5", "2" → number; cpus are written both ways. */
export function parseDecimal(value: number | string | undefined, path: Path, out: Diagnostic[]): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  const number = /^\d+(\.\d*)?$|^\.\d+$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isNaN(number)) {
    out.push(diagnostic("number-syntax", path, { value: String(value) }));
    return undefined;
  }
  return number;
}

/**
 * File modes: a string is octal ("0440", "1777"), as in `docker run --tmpfs /run:mode=1777`; a number is
 * taken as the YAML parser gave it (0o440 written `0o440`, or `0440` under YAML 1.1 rules, is 288).
 */
export function parseMode(value: number | string | undefined, path: Path, out: Diagnostic[]): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 0o7777) return value;
  const text = typeof value === "string" ? value.trim().replace(/^0o/i, "") : "";
  if (/^[0-7]{1,5}$/.test(text)) {
    const mode = Number.parseInt(text, 8);
    if (mode <= 0o7777) return mode;
  }
  out.push(diagnostic("mode-syntax", path, { value: String(value) }));
  return undefined;
}

/** A string or a list ("NET_ADMIN" or ["NET_ADMIN"], group_add's [1000, "audio"]) → list of text; absent → []. */
export function stringList(value: string | readonly (string | number)[] | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === "string" ? [value] : value.map(String);
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
 * Driver options ({ mtu: 1500 }) are the map form without null.
 */
export function keyValueEntries(value: ListOrDict | undefined, path: Path): KeyValueEntry[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) {
    return value.map((text, index): KeyValueEntry => {
      const equals = text.indexOf("=");
      const entryPath = childPath(path, index);
      if (equals < 0) return { key: text, value: undefined, path: entryPath };
      return { key: text.slice(0, equals), value: text.slice(equals + 1), path: entryPath };
    });
  }
  return Object.entries(value).map(([key, item]) => ({ key, value: scalarText(item), path: childPath(path, key) }));
}

/** Labels, driver_opts, build args: entries without a value become "" (a label "KEY" is an empty label). */
export function stringMap(value: ListOrDict | undefined, path: Path): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of keyValueEntries(value, path)) put(result, entry.key, entry.value ?? "");
  return result;
}

/** `external` as the schema allows it: true, "true", or the deprecated { name: other } (open to more keys on secrets and configs). */
export type ExternalAsWritten = NonNullable<NonNullable<ComposeVolume>["external"] | ComposeSecret["external"]>;

/**
 * `external:` of volumes, networks, configs and secrets: true, "true", or the deprecated { name: other }
 * (which also names the object). Returns whether it is external and the name it gives, if any.
 */
export function parseExternal(value: ExternalAsWritten | undefined, path: Path, out: Diagnostic[]): { external: boolean; name?: string } {
  if (typeof value === "object") return value.name === undefined ? { external: true } : { external: true, name: value.name };
  return { external: parseBoolean(value, path, out) ?? false };
}
