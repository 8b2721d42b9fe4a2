import type { SourceMap } from "../diagnostics/types.js";
import { isSensitiveName } from "./credentials.js";
import type { KubernetesObject } from "./manifest.js";

/**
 * What every view and every error excerpt prints instead of a credential's value. Its length is fixed,
 * so it says nothing about the value's length.
 */
export const MASK = "********";

/** Values shorter than this are not searched for: masking every "1" or "on" in a line would hide the line, not the secret. */
export const MIN_MASKED_LENGTH = 4;

/**
 * `KEY: value`, `- KEY=value`, `export KEY=value`, `"KEY": value` at the start of a line: a Compose
 * mapping entry, a list-form variable or an env file line. Group 1 is everything up to the value.
 */
const ASSIGNMENT = /^(\s*(?:-\s+)?(?:export\s+)?["']?([A-Za-z_][\w.-]*)["']?\s*(?::\s+|=))(.*)$/;
/** A value that holds no secret of its own: empty, a block scalar or flow start, an alias, a reference. */
const NOT_A_VALUE = /^(?:$|[|>{[*&]|#|\$\{[A-Za-z_]\w*(?:[:?+-][^}]*)?\}\s*(?:#.*)?$|\$[A-Za-z_]\w*\s*$)/;
/** The password of a URL: "postgres://app:s3cret@db" → group 2 is "s3cret". */
const URL_PASSWORD = /([a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:)([^/\s@]+)(@)/gi;

/** Every occurrence of each known secret value, and every URL password, masked. For messages and lines alike. */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text.replace(URL_PASSWORD, (_match, head: string, _password: string, at: string) => `${head}${MASK}${at}`);
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) if (secret.length >= MIN_MASKED_LENGTH && out.includes(secret)) out = out.split(secret).join(MASK);
  return out;
}

/**
 * One source line as views and excerpts show it: the value of an entry whose key looks like a credential
 * (model/credentials.ts) is masked, and so is every known secret value anywhere in the line.
 *   `      DB_PASSWORD: hunter2`   →  `      DB_PASSWORD: ********`
 *   `      - API_TOKEN=${TOKEN}`    →  unchanged (a reference is no value)
 */
export function redactLine(line: string, secrets: readonly string[]): string {
  const assignment = ASSIGNMENT.exec(line);
  if (assignment && isSensitiveName(assignment[2] ?? "") && !NOT_A_VALUE.test((assignment[3] ?? "").trim())) {
    return `${assignment[1] ?? ""}${MASK}`;
  }
  return redactText(line, secrets);
}

/** A SourceMap whose lines are redacted; positions are unchanged. */
export function redactedSourceMap(sources: SourceMap, secrets: readonly string[]): SourceMap {
  return {
    locate: (path) => sources.locate(path),
    lineText: (file, line) => {
      const text = sources.lineText(file, line);
      return text === undefined ? undefined : redactLine(text, secrets);
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
