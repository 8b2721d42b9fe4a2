import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../helpers/repository-boundary.js";

const src = join(repositoryRoot, "src");
const STAGES = ["load", "validate", "normalize", "connect", "convert", "explain", "check", "emit"];

/*
 * src/pipeline-front.ts (what `kubepose validate` runs) and src/pipeline.ts (the rest, after the front) are
 * the list of stages and nothing else: they reach each stage through its entry, in the order they run, and
 * share only the model and the diagnostics with them.
 */

/** Relative imports of one source file (static, type-only, re-exports and dynamic), as paths under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)"(\.{1,2}\/[^"]+)"/gm)].map((match) => match[1]!);
  return specifiers.map((specifier) => relative(src, resolve(dirname(file), specifier)).replace(/\.js$/, ".ts"));
}

/** load/merge.ts → "load"; pipeline.ts → "pipeline". */
const topLevel = (path: string): string => path.split("/")[0]!.replace(/\.ts$/, "");

describe("src/pipeline-front.ts and src/pipeline.ts", () => {
  const front = importsOf(join(src, "pipeline-front.ts"));
  const back = importsOf(join(src, "pipeline.ts"));
  const stagesIn = (imports: string[]) => imports.filter((path) => STAGES.includes(topLevel(path)));

  it("import each stage through its entry, in pipeline order: the front's three, then the rest", () => {
    expect([...stagesIn(front), ...stagesIn(back)]).toEqual(STAGES.map((stage) => `${stage}/index.ts`));
    expect(stagesIn(front)).toEqual(["load/index.ts", "validate/index.ts", "normalize/index.ts"]);
  });

  it("import nothing else but the model, the diagnostics and (the back) the front", () => {
    const others = [...front, ...back.filter((path) => path !== "pipeline-front.ts")].filter((path) => !STAGES.includes(topLevel(path)));
    expect(others.map(topLevel).filter((folder) => folder !== "model" && folder !== "diagnostics")).toEqual([]);
    expect(back).toContain("pipeline-front.ts");
  });
});
