import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/types.js";
import { hasErrors } from "../../src/diagnostics/types.js";
import { normalize } from "../../src/normalize/index.js";
import { validate } from "../../src/validate/index.js";
import { DEPLOY_ROWS } from "./corpus/deploy.js";
import { EDGES } from "./corpus/edges.js";
import { INTERPOLATED } from "./corpus/interpolated.js";
import { SERVICE_INVALID, SERVICE_VALID } from "./corpus/service.js";
import { SERVICE_NESTED } from "./corpus/service-nested.js";
import { TOP_LEVEL_ROWS } from "./corpus/top-level.js";
import type { Row } from "./rows.js";
import { allSpecKeys, keysUsed, officialVerdict, specKeyName } from "./spec.js";

/**
 * `kubepose validate` and the official Compose JSON schema (ajv, draft 2020-12) must give every
 * document of the corpus the same verdict, except rows marked stricter on purpose: those the official
 * schema must accept (so the mark cannot hide a real difference) and kubepose must reject.
 */
const CORPUS: Row[] = [...TOP_LEVEL_ROWS, ...SERVICE_VALID, ...SERVICE_INVALID, ...SERVICE_NESTED, ...DEPLOY_ROWS, ...INTERPOLATED, ...EDGES];

/**
 * What `kubepose validate` runs after loading: the schema and cross-references, then normalize, which
 * parses the strings (ports, sizes, durations). Every file a document names exists and is empty here,
 * and the variables secrets and configs read from the environment are set. normalize also checks the
 * project that would run (PROJECT_RULES); a JSON schema cannot say those, so they are left out here.
 */
/** Rules on the enabled services as a whole (normalize/profiles.ts, normalize/cycles.ts), not on the file. */
const PROJECT_RULES = ["disabled-service-reference", "dependency-cycle"];
const ENV = { TOKEN: "t0k3n", SITE: "<h1>shop</h1>" };
function kubeposeDiagnostics(document: unknown): Diagnostic[] {
  const validated = validate(document);
  if (!validated.value || hasErrors(validated.diagnostics)) return validated.diagnostics;
  const context = { projectName: "conformance", workingDir: "/project", env: ENV, readFile: () => "", isDirectory: () => false, listDirectory: () => undefined };
  const normalized = normalize(validated.value, context).diagnostics.filter((d) => !PROJECT_RULES.includes(d.code));
  return [...validated.diagnostics, ...normalized];
}
const errorsOf = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.path.join(".")]);

const isPrefix = (prefix: string[], path: string[]) => prefix.length <= path.length && prefix.every((part, index) => part === path[index]);

describe("conformance with the official Compose JSON schema", () => {
  it("has no two rows with the same name", () => {
    const names = CORPUS.map((row) => row.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it.each(CORPUS.filter((row) => !row.stricter).map((row) => [row.name, row] as const))("agrees on: %s", (_name, row) => {
    expect(officialVerdict(row.document).valid, "official schema verdict").toBe(row.valid);
    const diagnostics = kubeposeDiagnostics(row.document);
    expect(!hasErrors(diagnostics), JSON.stringify(errorsOf(diagnostics))).toBe(row.valid);
  });

  it.each(CORPUS.filter((row) => row.stricter).map((row) => [row.name, row] as const))("is stricter on purpose: %s", (_name, row) => {
    expect(officialVerdict(row.document).valid, "the official schema accepts it").toBe(true);
    expect(hasErrors(kubeposeDiagnostics(row.document))).toBe(true);
  });
});

/**
 * Every key of every object in the schema (top level, the 93 service keys, build, deploy, …) is used by
 * at least one valid row, and is the place of the mistake in at least one invalid row: the official
 * schema reports an error at or under that key. An invalid row holds one mistake only, so a check
 * kubepose lacks cannot hide behind another mistake in the same document.
 */
describe("corpus coverage of the official schema", () => {
  const covered = { valid: new Set<string>(), invalid: new Set<string>() };
  const mistakes: string[] = [];
  for (const row of CORPUS) {
    if (row.stricter) continue;
    const uses = keysUsed(row.document);
    if (row.valid) {
      for (const use of uses) covered.valid.add(specKeyName(use));
      continue;
    }
    const { errorPaths } = officialVerdict(row.document);
    const wrong = uses.filter((use) => errorPaths.some((path) => isPrefix(use.path, path)));
    for (const use of wrong) covered.invalid.add(specKeyName(use));
    // One mistake: the wrong keys lie on one line from the root (ports, then ports.0.target…).
    const deepest = wrong.reduce<string[]>((longest, use) => (use.path.length > longest.length ? use.path : longest), []);
    if (!wrong.every((use) => isPrefix(use.path, deepest))) mistakes.push(`${row.name}: ${wrong.map((use) => use.path.join(".")).join(", ")}`);
  }

  const keys = allSpecKeys().map(specKeyName);

  it("walks all of the schema (93 service keys among them)", () => {
    expect(keys.filter((key) => key.startsWith("#/$defs/service ")).length).toBe(93);
    expect(keys.length).toBeGreaterThan(300);
  });

  it("uses every key in a valid row", () => {
    expect(keys.filter((key) => !covered.valid.has(key))).toEqual([]);
  });

  it("makes every key wrong in an invalid row", () => {
    expect(keys.filter((key) => !covered.invalid.has(key))).toEqual([]);
  });

  it("puts one mistake in each invalid row", () => {
    expect(mistakes).toEqual([]);
  });
});
