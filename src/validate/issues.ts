import type { z } from "zod";
import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import { formatPath } from "../diagnostics/types.js";
import { isMapping, valueAt } from "./document-paths.js";
import { exampleFor } from "./examples.js";
import type { CustomReason } from "./schema/common.js";
import { closestKey } from "../model/suggest.js";

type Issue = z.core.$ZodIssue;
type IssueOf<Code extends Issue["code"]> = Extract<Issue, { code: Code }>;

/** What one zod issue becomes; `value` is what the document holds at `path` (undefined when absent). */
type Handler<Code extends Issue["code"]> = (issue: IssueOf<Code>, path: Path, value: unknown, read: Reader) => Diagnostic[];
type Reader = { document: unknown; explain: (issues: readonly Issue[], base: Path) => Diagnostic[] };

/** How each kind of zod issue reads to someone who wrote a Compose file. */
const HANDLERS: { [Code in Issue["code"]]: Handler<Code> } = {
  invalid_type: (issue, path, value, read) =>
    missingKey(path, read) ?? [
      diagnostic("invalid-type", path, { where: where(path), found: describe(value), expected: expectedText([issue]), example: exampleFor(path) }),
    ],
  invalid_value: (issue, path, value, read) =>
    missingKey(path, read) ?? [
      diagnostic("invalid-value", path, { where: where(path), value: describe(value), expected: `one of ${issue.values.map(String).join(", ")}` }),
    ],
  invalid_union: (issue, path, value, read) => missingKey(path, read) ?? collapseUnion(issue, path, value, read),
  custom: (issue, path, value, read) => fromCustom(issue, path, value, read),
  invalid_key: (_issue, path) => [invalidName(path)],
  invalid_format: (issue, path, value) => [
    diagnostic("invalid-value", path, { where: where(path), value: describe(value), expected: `a value matching ${"pattern" in issue ? String(issue.pattern) : issue.format}` }),
  ],
  too_small: (issue, path, value) => [diagnostic("invalid-value", path, { where: where(path), value: describe(value), expected: `at least ${String(issue.minimum)}` })],
  too_big: (issue, path, value) => [diagnostic("invalid-value", path, { where: where(path), value: describe(value), expected: `at most ${String(issue.maximum)}` })],
  not_multiple_of: (issue, path, value) => [diagnostic("invalid-value", path, { where: where(path), value: describe(value), expected: issue.message })],
  unrecognized_keys: (issue, path) => issue.keys.map((key) => diagnostic("unknown-key", [...path, key], { key, where: where(path) })),
  invalid_element: (issue, path, _value, read) => read.explain(issue.issues, path),
};

/** Turns zod issues into one diagnostic per offending place. */
export function issuesToDiagnostics(issues: readonly Issue[], document: unknown): Diagnostic[] {
  const reader: Reader = {
    document,
    explain: (inner, base) =>
      inner.flatMap((issue) => {
        const path = [...base, ...issue.path.map(pathPart)];
        const handler = HANDLERS[issue.code] as Handler<Issue["code"]>;
        return handler(issue, path, valueAt(document, path), reader);
      }),
  };
  const seen = new Set<string>();
  return reader.explain(issues, []).filter((d) => {
    const key = JSON.stringify([d.code, d.path]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A union (string | list | mapping…) fails with one issue list per branch. When every branch
 * rejected the value's type, say so once, naming all accepted types. Otherwise the value had the
 * right shape for some branch: explain that branch's complaints (the one with fewest).
 */
function collapseUnion(issue: IssueOf<"invalid_union">, path: Path, value: unknown, read: Reader): Diagnostic[] {
  const shaped = issue.errors.filter((branch) => !rejectsType(branch, value));
  if (shaped.length === 0) {
    return [diagnostic("invalid-type", path, { where: where(path), found: describe(value), expected: expectedText(issue.errors.flat()), example: exampleFor(path) })];
  }
  const closest = shaped.reduce((best, branch) => (branch.length < best.length ? branch : best));
  return read.explain(closest, path);
}

/** True when a branch failed only because the value is of another type than the branch takes. */
function rejectsType(branch: readonly Issue[], value: unknown): boolean {
  return branch.every((issue) => {
    if (issue.path.length > 0) return false;
    if (issue.code === "invalid_type") return true;
    if (issue.code === "invalid_value") return !issue.values.some((allowed) => typeof allowed === typeof value);
    if (issue.code === "invalid_union") return issue.errors.every((inner) => rejectsType(inner, value));
    return false;
  });
}

function fromCustom(issue: IssueOf<"custom">, path: Path, value: unknown, read: Reader): Diagnostic[] {
  const params = issue.params as CustomReason | undefined;
  const parent = path.slice(0, -1);
  if (params?.reason === "unknown-key") {
    const suggestion = closestKey(params.key, params.known);
    if (suggestion) return [diagnostic("unknown-key", path, { key: params.key, where: where(parent), suggestion })];
    if (!params.extensions) return [diagnostic("unknown-key", path, { key: params.key, where: where(parent), allowedOnly: params.known.join(", ") })];
    return [diagnostic("unknown-key", path, { key: params.key, where: where(parent) })];
  }
  if (params?.reason === "duplicate-item") return [diagnostic("duplicate-item", path, { where: where(parent), value: describe(value) })];
  if (params?.reason === "invalid-value") {
    return missingKey(path, read) ?? [diagnostic("invalid-value", path, { where: where(path), value: describe(value), expected: `one of ${params.allowed.join(", ")}` })];
  }
  return [diagnostic("invalid-value", path, { where: where(path), value: describe(value), expected: issue.message })];
}

/** A required key that is absent is reported at the mapping that should hold it. */
function missingKey(path: Path, read: Reader): Diagnostic[] | undefined {
  const key = path[path.length - 1];
  if (typeof key !== "string") return undefined;
  const parentPath = path.slice(0, -1);
  const parent = valueAt(read.document, parentPath);
  if (!isMapping(parent) || Object.hasOwn(parent, key)) return undefined;
  return [diagnostic("missing-key", parentPath, { key, where: where(parentPath), example: exampleFor(path) })];
}

const TYPE_NAMES: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "an integer",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
  record: "a mapping",
  null: "empty (null)",
};

/** "a string, a list or a mapping" from the branches' expectations (nested unions flattened). */
function expectedText(issues: readonly Issue[]): string {
  const names: string[] = [];
  const add = (name: string) => {
    if (!names.includes(name)) names.push(name);
  };
  const visit = (issue: Issue) => {
    if (issue.code === "invalid_type") add(TYPE_NAMES[issue.expected] ?? issue.expected);
    else if (issue.code === "invalid_value") issue.values.forEach((v) => add(JSON.stringify(v)));
    else if (issue.code === "invalid_union") issue.errors.flat().forEach(visit);
  };
  issues.forEach(visit);
  if (names.length <= 1) return names[0] ?? "another value";
  return `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}

/** How a found value is named in a message: `the number 80`, `a list`, `"abc"`. */
function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `the boolean ${value}`;
  return typeof value;
}

const NAME_KINDS: Record<string, string> = {
  services: "service",
  volumes: "volume",
  networks: "network",
  secrets: "secret",
  configs: "config",
  models: "model",
  depends_on: "service",
  ulimits: "ulimit",
};
/** A map key that is no valid name; in plain maps (environment: {"": x}) only the empty key is refused. */
function invalidName(path: Path): Diagnostic {
  const name = String(path[path.length - 1]);
  const kind = nameKind(path);
  if (name !== "" || kind !== "key") return diagnostic("invalid-name", path, { kind, name });
  return diagnostic("invalid-value", path, { where: where(path.slice(0, -1)), value: "a mapping with an empty key", expected: 'a name before each ":", for example DEBUG: "1"' });
}

const nameKind = (path: Path): string => NAME_KINDS[String(path[path.length - 2])] ?? "key";

const where = (path: Path): string => (path.length === 0 ? "the top level of the file" : formatPath(path));

const pathPart = (part: PropertyKey): string | number => (typeof part === "number" ? part : String(part));
