import type { Location, Path } from "../diagnostics/types.js";
import { PartTree } from "../model/part-tree.js";
import { emittedFieldsOfText } from "./emitted-fields.js";
import { blocksOf, viewParts, type Block, type SideBySide } from "./side-by-side.js";
import { buildTraceIndex, type Origin, type TraceIndex } from "./trace-index.js";
import type { SideBySideInput } from "./view-input.js";

/**
 * One manifest as sideBySide renders it (side-by-side.ts renderManifest), in arrays: line l of `text`
 * writes `fields[l]`, which came from `origins[l]`. Two arrays per manifest instead of a record per line
 * (125,000 on 1000 services); the page reads the lines' texts from `text` itself.
 */
export interface ManifestFields {
  index: number;
  kind: string;
  name: string;
  /** The emitted document without its last line break. */
  text: string;
  fields: Path[];
  origins: Origin[];
}

/**
 * sideBySide one manifest at a time, for a view that reads each manifest's lines once, in order (the HTML
 * page's data, report-page-data.ts): `visit` gets every manifest in index order, and its lines die after
 * it instead of all 125,000 lines of 1000 services surviving, and being copied by, every collection. A
 * block is placed as soon as its manifests and every block before it are seen (in block order, as
 * sideBySide places them), so what placing reads of a manifest dies young too. `visit` is the last to ask
 * the index rootOf or originOf of its manifest (the manifest is settled after it, unless the visit forgot
 * it: TraceIndex.forget). Returns the view with the trace index, every block and no manifest.
 */
export function eachManifest(input: SideBySideInput, visit: (manifest: ManifestFields, index: TraceIndex) => void): SideBySide {
  const parts = viewParts(input);
  const index = buildTraceIndex(input.manifests, input.sources);
  const paths = new PartTree<Path>();
  const unplaced = blocksOf(input);
  // Each manifest belongs to one block; a block is placed once none of its manifests is still to come.
  const blockOf = new Array<number>(input.manifests.length);
  const waiting = unplaced.map((block, b) => {
    for (let i = 0; i < block.manifests.length; i++) blockOf[block.manifests[i]!] = b;
    return block.manifests.length;
  });
  const blocks: Block[] = [];
  const seenOf = new Array<{ lines: { origin: Origin }[] } | undefined>(input.manifests.length);
  for (let m = 0; m < input.manifests.length; m++) {
    const manifest = manifestFields(input, m, index, paths);
    visit(manifest, index);
    index.settle(m);
    seenOf[m] = placingLines(manifest.origins);
    const b = blockOf[m];
    if (b !== undefined) waiting[b] = waiting[b]! - 1;
    while (blocks.length < unplaced.length && waiting[blocks.length] === 0) {
      const block = unplaced[blocks.length]!;
      blocks.push(parts.place(block, seenOf));
      for (let i = 0; i < block.manifests.length; i++) seenOf[block.manifests[i]!] = undefined;
    }
  }
  return { ...parts.view, index, manifests: [], blocks };
}

/** What side-by-side.ts renderManifest makes of manifest m, without a record or a text per line. */
function manifestFields(input: SideBySideInput, m: number, index: TraceIndex, paths: PartTree<Path>): ManifestFields {
  const document = input.documents[m];
  if (document === undefined) throw new Error(`each-manifest: manifest ${m} has no emitted document (${input.documents.length} for ${input.manifests.length} manifests)`);
  const text = document.endsWith("\n") ? document.slice(0, -1) : document;
  // Read from the text itself: the lines' own strings are never made (the page reads them from `text`).
  const fields = emittedFieldsOfText(text, paths);
  const origins = new Array<Origin>(fields.length);
  for (let l = 0; l < fields.length; l++) origins[l] = index.originOf(m, (fields[l] ??= []));
  const object = input.manifests[m]!.object;
  return { index: m, kind: object.kind, name: object.metadata.name, text, fields, origins };
}

/**
 * The lines placing a block reads of a manifest: those with a location, one per location object. Placing
 * reads only a line's location, and a repeated one adds nothing (it is covered by the segment its first
 * line added, or again finds none).
 */
function placingLines(origins: readonly Origin[]): { lines: { origin: Origin }[] } {
  const seen = new Set<Location>();
  const lines: { origin: Origin }[] = [];
  let previous: Location | undefined;
  // By index, and neighbouring lines (which mostly share their origin) without asking the set.
  for (let l = 0; l < origins.length; l++) {
    const origin = origins[l]!;
    const at = origin.location;
    if (!at || at === previous || seen.has(at)) continue;
    previous = at;
    seen.add(at);
    lines.push({ origin });
  }
  return { lines };
}
