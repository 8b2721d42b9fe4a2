import { describe, expect, it } from "vitest";
import { eachBlock, sideBySide, type RenderedManifest } from "../../src/views/side-by-side.js";
import { runPipeline } from "../../src/pipeline.js";
import { sideBySideInput, sideBySideOutput, type SideBySideInput } from "../../src/views/view-input.js";
import { memoryContext } from "../helpers/memory-context.js";
import { viewProjects, viewPipeline } from "../helpers/view-projects.js";
import { benchCompose } from "../../scripts/bench-project.mjs";

// compare's text walks the view block by block (each block's manifests made for it alone, a trace index shared by a few blocks):
// it must see what sideBySide, which keeps everything, holds for the same blocks.
/** eachBlock sees, block by block, what sideBySide holds for the same blocks. */
function holdsEachBlockEqual(input: SideBySideInput): void {
  const whole = sideBySide(input);
  const seen: { block: unknown; manifests: (RenderedManifest | undefined)[]; traced: unknown[] }[] = [];
  const walked = eachBlock(input, (view, block) => {
    seen.push({ block, manifests: block.manifests.map((m) => view.manifests[m]), traced: block.manifests.map((m) => view.index.tracedFields(m)) });
    expect(view.manifests.filter((m) => m !== undefined).length).toBe(block.manifests.length);
  });
  expect(seen.map((s) => s.block)).toEqual(whole.blocks);
  expect(walked.blocks).toEqual(whole.blocks);
  expect([...walked.outlines.keys()]).toEqual([...whole.outlines.keys()]);
  expect([...walked.outlines.values()]).toEqual([...whole.outlines.values()]);
  expect(walked.manifests.filter((m) => m !== undefined)).toEqual([]);
  for (const { block, manifests, traced } of seen) {
    const { manifests: indexes } = block as { manifests: number[] };
    expect(manifests).toEqual(indexes.map((m) => whole.manifests[m]));
    expect(traced).toEqual(indexes.map((m) => whole.index.tracedFields(m)));
  }
}

describe("eachBlock", () => {
  it.each(viewProjects)("gives each block of %s with the manifests, origins and outlines sideBySide has", (project) => {
    const input = sideBySideInput(viewPipeline(project));
    if (input) holdsEachBlockEqual(input);
  });

  it("gives each block what sideBySide has when several blocks share a trace index (the bench's project of 40 services, 240 manifests)", () => {
    const input = sideBySideInput(runPipeline({ files: [], envFiles: [], output: sideBySideOutput }, memoryContext({ "compose.yaml": benchCompose(40) })));
    if (!input) throw new Error("the generated project does not convert");
    expect(input.manifests.length).toBeGreaterThan(200);
    holdsEachBlockEqual(input);
  });
});
