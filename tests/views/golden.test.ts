import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { expectedCompareOutputs } from "../helpers/golden-views.js";

const repository = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

// The terminal compare view at a fixed width; regenerate with `npm run examples` and review the diff.
describe("compare golden text", () => {
  const outputs = [...expectedCompareOutputs(repository)];
  it.each(outputs.map(([path, content]) => [relative(repository, path), path, content] as const))("%s is up to date", (_name, path, content) => {
    expect(readOrUndefined(path)).toBe(content);
  });

  it.each(outputs.map(([path, content]) => [relative(repository, path), content] as const))("%s fits the width in its name", (name, content) => {
    const width = Number(/-(\d+)\.txt$/.exec(name)?.[1]);
    for (const line of content.split("\n")) expect([...line].length).toBeLessThanOrEqual(width);
  });
});
