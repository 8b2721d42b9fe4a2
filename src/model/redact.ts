import { wholeText, type SourceMap } from "../diagnostics/types.js";
import { isSensitiveName } from "./credentials.js";
import type { KubernetesObject } from "./manifest.js";

/**
 * What every view and every error excerpt prints instead of a credential's value. Its length is fixed,
 * so it says nothing about the value's length. Bullets rather than "*": a masked line must still read
 * as the same YAML (views outline the Compose file from its shown lines), and "*x" is an alias there.
 */
export const MASK = "••••••••";

/** Values shorter than this are not searched for: masking every "1" or "on" in a line would hide the line, not the secret. */
export const MIN_MASKED_LENGTH = 4;

/**
 * `KEY: value`, `- KEY=value`, `export KEY=value`, `"KEY": value` at the start of a line: a Compose
 * mapping entry, a list-form variable or an env file line. Group 1 is everything up to the value.
 */
const ASSIGNMENT = /^(\s*(?:-\s+)?(?:export\s+)?["']?([A-Za-z_][\w.-]*)["']?\s*(?::\s+|=))(.*)$/;
/** A value that holds no secret of its own: empty, a block scalar, an alias or anchor, a reference. */
const NOT_A_VALUE = /^(?:$|[|>*&]|#|\$\{[A-Za-z_]\w*(?:[:?+-][^}]*)?\}\s*(?:#.*)?$|\$[A-Za-z_]\w*\s*$)/;
/** The password of a URL: "postgres://app:s3cret@db" → group 2 is "s3cret". */
const URL_PASSWORD = /([a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:)([^/\s@]+)(@)/gi;

/**
 * Masks known secret values and URL passwords in text. Built once for a set of values: each value is
 * filed under its first MIN_MASKED_LENGTH characters, so a line is scanned once, whatever the number of
 * values (a project with 40,000 credential-like variables must not make every line cost 40,000 searches).
 */
export class Redactor {
  private readonly byPrefix = new Map<string, string[]>();

  /** `shortest`: values shorter are ignored (and it is the length of the prefix values are filed under). */
  constructor(secrets: Iterable<string>, private readonly shortest = MIN_MASKED_LENGTH) {
    for (const secret of new Set(secrets)) {
      if (secret.length < shortest || secret === "") continue;
      const prefix = secret.slice(0, shortest);
      const bucket = this.byPrefix.get(prefix);
      if (bucket) bucket.push(secret);
      else this.byPrefix.set(prefix, [secret]);
    }
    // The longer value first where one starts another.
    for (const bucket of this.byPrefix.values()) bucket.sort((a, b) => b.length - a.length);
  }

  /** True when `text` holds one of the values: one pass over the text, whatever their number. */
  holdsValue(text: string): boolean {
    for (let index = 0; index + this.shortest <= text.length; index++) {
      if (this.byPrefix.get(text.slice(index, index + this.shortest))?.some((secret) => text.startsWith(secret, index))) return true;
    }
    return false;
  }

  /** Every occurrence of each known value, and every URL password, masked. For messages and lines alike. */
  text(text: string): string {
    const unmasked = text.replace(URL_PASSWORD, (_match, head: string, _password: string, at: string) => `${head}${MASK}${at}`);
    if (this.byPrefix.size === 0) return unmasked;
    let out = "";
    let index = 0;
    while (index < unmasked.length) {
      const found = this.byPrefix.get(unmasked.slice(index, index + this.shortest))?.find((secret) => unmasked.startsWith(secret, index));
      if (found) {
        out += MASK;
        index += found.length;
      } else out += unmasked[index++];
    }
    return out;
  }

  /**
   * One source line as views and excerpts show it: the value of an entry whose key looks like a
   * credential (model/credentials.ts) is masked, and so is every known value anywhere in the line.
   *   `      DB_PASSWORD: hunter2`   →  `      DB_PASSWORD: ********`
   *   `      - API_TOKEN=${TOKEN}`    →  unchanged (a reference is no value)
   */
  line(line: string): string {
    const assignment = ASSIGNMENT.exec(line);
    const value = (assignment?.[3] ?? "").trim();
    if (assignment && isSensitiveName(assignment[2] ?? "") && !NOT_A_VALUE.test(value)) {
      // A flow collection keeps its brackets, so the line stays the same YAML: `KEY: [a, b]` → `KEY: [••••••••]`.
      const [open, close] = value.startsWith("[") ? ["[", "]"] : value.startsWith("{") ? ["{", "}"] : ["", ""];
      if (open !== "" && !value.endsWith(close)) return this.text(line);
      return `${assignment[1] ?? ""}${open}${MASK}${close}`;
    }
    return this.text(line);
  }
}

/** redactor.text for a one-off list of values. */
export const redactText = (text: string, secrets: Iterable<string>): string => new Redactor(secrets).text(text);

/** redactor.line for a one-off list of values. */
export const redactLine = (line: string, secrets: Iterable<string>): string => new Redactor(secrets).line(line);

/** A SourceMap whose lines are redacted; positions are unchanged. */
export function redactedSourceMap(sources: SourceMap, redactor: Redactor): SourceMap {
  // A file's whole text is redacted once, when a view first asks (compare and the page each read every line).
  const texts = new Map<string, string | undefined>();
  return {
    locate: (path) => sources.locate(path),
    lineText: (file, line) => {
      const text = sources.lineText(file, line);
      return text === undefined ? undefined : redactor.line(text);
    },
    text: (file) => {
      if (texts.has(file)) return texts.get(file);
      const text = wholeText(sources, file);
      const redacted = text === undefined ? undefined : text.split("\n").map((line) => redactor.line(line)).join("\n");
      texts.set(file, redacted);
      return redacted;
    },
  };
}

/**
 * A Secret as views show it: its keys, each with MASK for its value ("data" and "stringData"). Every
 * other object is returned as it is. The manifests kubepose writes keep their values; only views mask.
 */
export function withMaskedSecret(object: KubernetesObject): KubernetesObject {
  if (object.kind !== "Secret") return object;
  const masked: KubernetesObject = { ...object };
  for (const field of ["data", "stringData"] as const) {
    const values = object[field];
    if (values === null || typeof values !== "object" || Array.isArray(values)) continue;
    masked[field] = Object.fromEntries(Object.keys(values).map((name) => [name, MASK]));
  }
  return masked;
}
