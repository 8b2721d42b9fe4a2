import { describe, expect, it } from "vitest";
import { eachManifest } from "../../src/views/each-manifest.js";
import { sideBySide, type RenderedManifest } from "../../src/views/side-by-side.js";
import { sideBySideInput } from "../../src/views/view-input.js";
import { viewProjects, viewPipeline } from "../helpers/view-projects.js";

// The HTML page's data walks the view manifest by manifest and places the blocks from each manifest's
// distinct origins: it must see what sideBySide, which keeps every line, holds.
describe("eachManifest", () => {
  it.each(viewProjects)("gives each manifest of %s, and the blocks, outlines and traces sideBySide has", (project) => {
    const result = viewPipeline(project);
    const input = sideBySideInput(result);
    if (!input) return;
    const whole = sideBySide(input);
    const seen: RenderedManifest[] = [];
    // A manifest's arrays, read back as sideBySide's record per line.
    const walked = eachManifest(input, ({ index, kind, name, text, fields, origins }) => {
      const lines = text.split("\n");
      expect(fields).toHaveLength(lines.length);
      expect(origins).toHaveLength(lines.length);
      seen.push({ index, kind, name, lines: lines.map((line, l) => ({ text: line, field: fields[l]!, origin: origins[l]! })) });
    });
    expect(seen).toEqual(whole.manifests);
    expect(walked.blocks).toEqual(whole.blocks);
    expect([...walked.outlines.keys()]).toEqual([...whole.outlines.keys()]);
    expect([...walked.outlines.values()]).toEqual([...whole.outlines.values()]);
    expect(walked.manifests).toEqual([]);
    input.manifests.forEach((_, m) => expect(walked.index.tracedFields(m)).toEqual(whole.index.tracedFields(m)));
    // Each manifest is settled after its visit: its traced fields stay, its field tree is gone.
    input.manifests.forEach((_, m) => expect(() => walked.index.rootOf(m, [])).toThrow(/settled/));
  });
});
