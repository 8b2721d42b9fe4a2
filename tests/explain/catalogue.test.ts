import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CATALOGUE_PATH, IDS_PATH, parseExplanation, renderGenerated, TOPIC_GROUPS as KNOWN_GROUPS } from "../../scripts/catalogue.mjs";
import { isCodeSource, SOURCE_PREFIXES } from "../../scripts/catalogue-claims.mjs";
import { catalogue, TOPIC_GROUPS } from "../../src/explain/catalogue.generated.js";
import { explanationIds } from "../../src/model/explanation-ids.generated.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const templates = join(root, "templates", "explanations");

// The ids the converter may attach to objects, as generated from the templates at the last build:
// each must still have its file (a deleted or renamed template fails here until the next build).
const REQUIRED_IDS: readonly string[] = explanationIds;
const FIELDS = ["id", "title", "group", "compose", "kubernetes", "summary", "detail", "docs", "claims"];

const templateFiles = () =>
  readdirSync(templates)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(templates, name), "utf8") }));

describe("explanation templates", () => {
  it.each(REQUIRED_IDS)("%s has a file with every field", (id) => {
    const data: unknown = parse(readFileSync(join(templates, `${id}.yaml`), "utf8"));
    expect(data).toBeTypeOf("object");
    const record = data as Record<string, unknown>;
    expect(Object.keys(record).sort()).toEqual([...FIELDS].sort());
    expect(record.id).toBe(id);
    expect(KNOWN_GROUPS, `${id}.group`).toContain(record.group);
    for (const field of ["title", "compose", "summary", "detail"]) {
      expect(typeof record[field] === "string" && record[field].trim() !== "", `${id}.${field}`).toBe(true);
    }
    for (const field of ["kubernetes", "docs", "claims"]) {
      expect(Array.isArray(record[field]) && (record[field] as unknown[]).length > 0, `${id}.${field}`).toBe(true);
    }
  });

  it("has no file beyond the required ids", () => {
    expect(templateFiles().map((file) => file.name.replace(/\.yaml$/, ""))).toEqual([...REQUIRED_IDS].sort());
  });

  it.each(templateFiles().flatMap((file) => (parse(file.text) as { docs: string[] }).docs.map((url) => [file.name, url])))(
    "%s links %s over https",
    (_name, url) => {
      expect(new URL(url).protocol).toBe("https:");
      // kompose.io only for the Kompose labels, helm.sh and kubectl.docs.kubernetes.io for charts and
      // overlays: no other site documents them.
      expect(url).toMatch(/^https:\/\/(kubernetes\.io|docs\.docker\.com|kompose\.io|helm\.sh|kubectl\.docs\.kubernetes\.io)\//);
    },
  );

  it.each(templateFiles())("$name passes the build checks", (file) => {
    expect(parseExplanation(file).problems).toBeUndefined();
  });

  // Learners take the explanations as fact: every behavioural claim names the pages that back it.
  it.each(templateFiles())("$name backs each of its claims with sources", (file) => {
    const { claims } = parseExplanation(file);
    expect(claims?.length, "claims").toBeGreaterThan(0);
    for (const claim of claims ?? []) {
      expect(claim.sources.length, claim.claim).toBeGreaterThan(0);
      for (const url of claim.sources) expect(SOURCE_PREFIXES.some((prefix) => url.startsWith(prefix)), url).toBe(true);
      expect(claim.observed, `${claim.claim}: observed exactly when every source is code`).toBe(claim.sources.every(isCodeSource));
    }
  });
});

describe("build checks", () => {
  const valid = readFileSync(join(templates, "hostname.yaml"), "utf8");
  it.each([
    ["file name differs from id", { name: "other.yaml", text: valid }, "must equal the file name"],
    ["missing field", { name: "hostname.yaml", text: valid.replace(/^title:.*\n/m, "") }, '"title" must be a non-empty string'],
    ["unknown field", { name: "hostname.yaml", text: `${valid}\nextra: 1\n` }, 'unknown field "extra"'],
    ["http link", { name: "hostname.yaml", text: valid.replace("https://kubernetes.io", "http://kubernetes.io") }, "must be an https URL"],
    ["not a mapping", { name: "hostname.yaml", text: "- a\n- b\n" }, "expected a mapping"],
    ["no claims", { name: "hostname.yaml", text: valid.replace(/^claims:\n[\s\S]*$/m, "") }, '"claims" must be a non-empty list'],
    ["a claim without sources", { name: "hostname.yaml", text: valid.replace(/ {4}sources:\n(?: {6}- .*\n)+/, "    sources: []\n") }, "hostname.yaml: claims[0] has no sources"],
    [
      "a source on another site",
      { name: "hostname.yaml", text: valid.replace(/^( {6}- )https:\/\/docs\.docker\.com\/.*$/m, "$1https://stackoverflow.com/q/1") },
      'source "https://stackoverflow.com/q/1" must be an https URL under',
    ],
    [
      "a claim resting on code without saying so",
      { name: "hostname.yaml", text: valid.replace(/ {4}sources:\n(?: {6}- .*\n)+/, "    sources:\n      - https://github.com/docker/compose/blob/main/pkg/compose/create.go\n") },
      "claims[0] rests only on source code: mark it \"observed: true\"",
    ],
    [
      "an observed claim that cites documentation",
      { name: "hostname.yaml", text: valid.replace(/( {6}- https:\/\/docs\.docker\.com\/.*\n)/, "$1    observed: true\n") },
      "is marked observed but cites documentation",
    ],
    [
      "an observed claim the text does not flag",
      {
        name: "hostname.yaml",
        text: valid.replace(/ {4}sources:\n(?: {6}- .*\n)+/, "    sources:\n      - https://github.com/docker/compose/blob/main/pkg/compose/create.go\n    observed: true\n"),
      },
      "the text must say that it is what the code does today",
    ],
    ["missing group", { name: "hostname.yaml", text: valid.replace(/^group:.*\n/m, "") }, 'hostname.yaml: "group" must be a non-empty string'],
    [
      "an unknown group",
      { name: "hostname.yaml", text: valid.replace(/^group:.*$/m, "group: Networks") },
      'hostname.yaml: group "Networks" is not a topic group (one of: Workloads, Networking,',
    ],
    [
      "a summary over two comment lines",
      { name: "hostname.yaml", text: valid.replace(/summary: >-\n(?: {2}.*\n)+?(?=detail:)/, `summary: ${"word ".repeat(40)}\n`) },
      "summary has 199 characters",
    ],
  ])("rejects %s", (_case, file, problem) => {
    expect(parseExplanation(file).problems?.join("\n")).toContain(problem);
    expect(() => renderGenerated([file])).toThrow(problem);
  });

  it("rejects duplicate ids", () => {
    const file = { name: "hostname.yaml", text: valid };
    expect(() => renderGenerated([file, file])).toThrow('duplicate explanation id "hostname"');
  });

  it("sorts by id whatever the input order", () => {
    const files = templateFiles();
    expect(renderGenerated([...files].reverse())).toEqual(renderGenerated(files));
  });
});

describe("generated files", () => {
  it("are the catalogue and the id list", () => {
    expect(renderGenerated(templateFiles()).map((file) => file.path)).toEqual([IDS_PATH, CATALOGUE_PATH]);
  });

  it.each(renderGenerated(templateFiles()))("$path is up to date with templates/explanations (run `node scripts/build-catalogue.mjs`)", ({ path, source }) => {
    expect(readFileSync(join(root, path), "utf8")).toBe(source);
  });

  it("holds every required id, keyed by its own id", () => {
    expect(Object.keys(catalogue)).toEqual([...REQUIRED_IDS].sort());
    for (const [key, entry] of Object.entries(catalogue)) expect(entry.id).toBe(key);
  });

  it("lists the generator's topic groups, each used by some explanation", () => {
    expect(TOPIC_GROUPS).toEqual(KNOWN_GROUPS);
    for (const group of TOPIC_GROUPS) expect(Object.values(catalogue).some((entry) => entry.group === group), group).toBe(true);
  });
});

describe("where the ids live", () => {
  // convert attaches ids and explain keys its catalogue by them; neither imports the other for it.
  it("the id list imports nothing, and convert imports nothing from explain", () => {
    expect(readFileSync(join(root, IDS_PATH), "utf8")).not.toMatch(/^import /m);
    const convert = join(root, "src", "convert");
    for (const name of readdirSync(convert).filter((file) => file.endsWith(".ts"))) {
      expect(readFileSync(join(convert, name), "utf8"), name).not.toMatch(/from "\.\.\/explain\//);
    }
  });
});
