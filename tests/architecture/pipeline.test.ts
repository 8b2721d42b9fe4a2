import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../helpers/repository-boundary.js";

const src = join(repositoryRoot, "src");
const STAGES = ["load", "validate", "normalize", "connect", "convert", "explain", "check", "emit"];

/*
 * src/pipeline.ts is the list of stages and nothing else: it reaches each stage through its entry, in
 * the order they run, and shares only the model and the diagnostics with them.
 */

/** Relative imports of one source file (static, type-only, re-exports and dynamic), as paths under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)"(\.{1,2}\/[^"]+)"/gm)].map((match) => match[1]!);
  return specifiers.map((specifier) => relative(src, resolve(dirname(file), specifier)).replace(/\.js$/, ".ts"));
}

/** load/merge.ts → "load"; pipeline.ts → "pipeline". */
const topLevel = (path: string): string => path.split("/")[0]!.replace(/\.ts$/, "");

describe("src/pipeline.ts", () => {
  const imports = importsOf(join(src, "pipeline.ts"));

  it("imports each stage through its entry, in pipeline order", () => {
    const stageImports = imports.filter((path) => STAGES.includes(topLevel(path)));
    expect(stageImports).toEqual(STAGES.map((stage) => `${stage}/index.ts`));
  });

  it("imports nothing else but the model and diagnostics", () => {
    const others = imports.filter((path) => !STAGES.includes(topLevel(path)));
    expect(others.map(topLevel).filter((folder) => folder !== "model" && folder !== "diagnostics")).toEqual([]);
  });
});
