import { describe, expect, it } from "vitest";
import { eachBlock, sideBySide, type RenderedManifest } from "../../src/views/side-by-side.js";
import { sideBySideInput } from "../../src/views/view-input.js";
import { viewProjects, viewPipeline } from "../helpers/view-projects.js";

// compare's text walks the view block by block (each block's manifests and trace index made for it alone):
// it must see what sideBySide, which keeps everything, holds for the same blocks.
describe("eachBlock", () => {
  it.each(viewProjects)("gives each block of %s with the manifests, origins and outlines sideBySide has", (project) => {
    const result = viewPipeline(project);
    const input = sideBySideInput(result);
    if (!input) return;
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
  });
});
