import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rootTypes } from "../../src/check/k8s-fields.generated.js";
import { kindKey, modelClasses } from "../../src/check/kinds.js";
import { schemaFindings } from "../../src/check/schema.js";
import { certainlyClean } from "../../src/check/shape.js";
import { unknownFields } from "../../src/check/unknown-fields.js";
import type { KubernetesObject } from "../../src/model/manifest.js";
import { cleanObjects } from "./check-fixtures.js";

/** What the exact checks find: unknown fields and schema errors. */
function exactProblems(object: KubernetesObject): number {
  const key = kindKey(String(object.apiVersion), String(object.kind));
  // An unknown kind is reported before these checks run.
  if (!rootTypes[key]) return 1;
  return unknownFields(object, rootTypes[key]!).length + schemaFindings(object, modelClasses[key]!).length;
}

const fastSaysClean = (object: KubernetesObject) => certainlyClean(object, kindKey(String(object.apiVersion), String(object.kind)));

type Path = (string | number)[];

/** Every path to a value inside the object, the root excluded. */
function paths(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => [[...at, index], ...paths(item, [...at, index])]);
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([key, item]) => [[...at, key], ...paths(item, [...at, key])]);
  return [];
}

function withValue(object: KubernetesObject, path: Path, value: unknown, remove = false): KubernetesObject {
  const copy = structuredClone(object);
  let node = copy as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  if (remove) delete node[path[path.length - 1]!];
  else node[path[path.length - 1]!] = value;
  return copy;
}

/** Wrong types, out-of-range numbers, enum misses, nulls, non-plain objects. */
const replacements: unknown[] = ["zz-not-valid", "", 0, -1, 1.5, 2 ** 31, 2 ** 53, Number.NaN, true, null, [], ["x"], [1], {}, { zzUnknown: 1 }, new Date(0), "1GB", "aGk"];

describe("the one-pass shape check", () => {
  it("is what scripts/gen-k8s-shapes.mjs generates from the installed kubernetes-models", () => {
    const generated = execFileSync(process.execPath, ["scripts/gen-k8s-shapes.mjs", "--stdout"], { encoding: "utf8" });
    expect(generated).toBe(readFileSync("src/check/k8s-shapes.generated.ts", "utf8"));
  });

  it.each(Object.keys(cleanObjects))("passes the clean %s, so the exact checks are skipped", (name) => {
    expect(fastSaysClean(cleanObjects[name]!)).toBe(true);
  });

  it.each(Object.keys(cleanObjects))("never passes a broken %s that the exact checks reject", (name) => {
    const clean = cleanObjects[name]!;
    let caught = 0;
    for (const path of paths(clean)) {
      const mutants = [...replacements.map((value) => withValue(clean, path, value)), withValue(clean, path, undefined, true)];
      const parent = path.slice(0, -1);
      if (parent.length > 0) mutants.push(withValue(clean, [...parent, "zzUnknownField"], "x"));
      for (const mutant of mutants) {
        const problems = exactProblems(mutant);
        if (problems > 0) caught++;
        // The contract: a yes from the fast check means the exact checks find nothing.
        if (fastSaysClean(mutant)) expect({ path, problems }).toEqual({ path, problems: 0 });
      }
    }
    expect(caught).toBeGreaterThan(0);
  });

  it.each([
    ["an unknown field", ["spec", "template", "spec", "containers", 0, "imagePolicy"], "Always"],
    ["a wrong type", ["spec", "replicas"], "2"],
    ["an enum miss", ["spec", "template", "spec", "containers", 0, "ports", 0, "protocol"], "tcp"],
    ["a missing required field", ["spec", "template", "spec", "containers", 0, "name"], undefined],
    ["a quantity that is not one", ["spec", "template", "spec", "containers", 0, "resources", "limits", "memory"], "512MB"],
    ["a list where an object belongs", ["spec", "selector"], []],
  ] as const)("sends a Deployment with %s to the exact checks", (_label, path, value) => {
    const broken = withValue(cleanObjects.deployment!, [...path], value, value === undefined);
    expect(fastSaysClean(broken)).toBe(false);
    expect(exactProblems(broken)).toBeGreaterThan(0);
  });

  it("leaves Secret data that is not base64 to the exact checks", () => {
    const broken = { ...cleanObjects.secret!, data: { key: "not base64!" } };
    expect(fastSaysClean(broken)).toBe(false);
    expect(fastSaysClean({ ...cleanObjects.secret!, data: { key: "czNjcmV0" } })).toBe(true);
  });

  it("skips undefined fields as kubernetes-models does, but not a missing required one", () => {
    expect(fastSaysClean({ ...cleanObjects.configMap!, immutable: undefined })).toBe(true);
    expect(fastSaysClean({ ...cleanObjects.configMap!, apiVersion: undefined } as unknown as KubernetesObject)).toBe(false);
  });
});
