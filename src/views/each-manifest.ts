import { blocksOf, viewParts, type RenderedManifest, type SideBySide } from "./side-by-side.js";
import { buildTraceIndex, type Origin, type TraceIndex } from "./trace-index.js";
import type { SideBySideInput } from "./view-input.js";

/**
 * sideBySide one manifest at a time, for a view that reads each manifest's lines once, in order (the HTML
 * page's data, report-page-data.ts): `visit` gets every manifest in index order, and its lines die after
 * it instead of all 125,000 lines of 1000 services surviving, and being copied by, every collection. The
 * blocks are placed once all are seen. `visit` is the last to ask the index rootOf or originOf of its manifest
 * (the manifest is settled after it). Returns the view with the trace index, every block and no manifest.
 */
export function eachManifest(input: SideBySideInput, visit: (manifest: RenderedManifest, index: TraceIndex) => void): SideBySide {
  const parts = viewParts(input);
  const index = buildTraceIndex(input.manifests, input.sources);
  const origins = input.manifests.map((_, m) => {
    const manifest = parts.render(m, index);
    visit(manifest, index);
    index.settle(m);
    // Placing a block reads only its lines' origins, and a repeated origin adds nothing (its line is
    // covered by the segment its first line added, or by none again): each distinct one, first seen first.
    const seen = new Set<Origin>();
    const lines: { origin: Origin }[] = [];
    for (const line of manifest.lines) {
      if (seen.has(line.origin)) continue;
      seen.add(line.origin);
      lines.push({ origin: line.origin });
    }
    return { lines };
  });
  const blocks = blocksOf(input).map((block) => parts.place(block, origins));
  return { ...parts.view, index, manifests: [], blocks };
}
