import type { Path, SourceMap } from "../diagnostics/types.js";
import type { Manifest } from "../model/manifest.js";
import type { SideBySideInput, ViewInput } from "./view-input.js";
import { composeOutline, entryAtDepthCovering, entryCovering, sourceText, type OutlineEntry } from "./compose-outline.js";
import { emittedFieldsOfText } from "./emitted-fields.js";
import { PartTree } from "../model/part-tree.js";
import { buildTraceIndex, isPrefix, type Origin, type TraceIndex } from "./trace-index.js";

// Where a key's explanation and fate are looked up, for the views that import them from here.
export { explanationFor, fateOfPath } from "./key-fates.js";

/** One line of a manifest as kubepose emits it (without comments), with the field it writes and that field's origin. */
export interface ManifestLine {
  text: string;
  field: Path;
  origin: Origin;
}

export interface RenderedManifest {
  index: number;
  kind: string;
  name: string;
  lines: ManifestLine[];
}

/** Lines start..end of one file where (part of) a definition is written. */
export interface Segment {
  file: string;
  start: number;
  end: number;
}

/** A Compose definition (a service, a volume…) and the objects made from it. */
export interface Block {
  /** ["services", "vote"] */
  path: Path;
  /**
   * Where it is written: first the file that won the merge, then other files its fields came from (an
   * override file, the file `extends` named). Empty for objects traced to no definition.
   */
  segments: Segment[];
  /** Indexes into ViewInput.manifests, in output order. */
  manifests: number[];
}

/** Everything the terminal and HTML views share: the trace index, rendered manifests, blocks, file outlines. */
export interface SideBySide {
  index: TraceIndex;
  manifests: RenderedManifest[];
  blocks: Block[];
  /** Outline of each Compose file that holds a block, by file name. */
  outlines: Map<string, OutlineEntry[]>;
  sources?: SourceMap;
}

export function sideBySide(input: SideBySideInput): SideBySide {
  const parts = viewParts(input);
  const index = buildTraceIndex(input.manifests, input.sources);
  const manifests = input.manifests.map((_, i) => parts.render(i, index));
  const blocks = blocksOf(input).map((block) => parts.place(block, manifests));
  return { ...parts.view, index, manifests, blocks };
}

/**
 * sideBySide one block at a time, for a view that writes each block as it goes (compare's text): while
 * `visit` runs, `view.manifests` holds the manifests of that block only (each belongs to one block), and
 * `view.index` a trace index shared only with the blocks just before it (its first INDEX_MANIFESTS
 * manifests), so no line outlives its block nor any trace those few (all 125,000 lines and 44,000 traces
 * of 1000 services kept to the end were most of compare's garbage collection). The blocks and outlines
 * are sideBySide's. Returns the view with every block and no manifest.
 */
export function eachBlock(input: SideBySideInput, visit: (view: SideBySide, block: Block) => void): SideBySide {
  const parts = viewParts(input);
  // Holes outside the current block: readers of view.manifests[m] already allow for a missing manifest.
  const manifests = new Array<RenderedManifest | undefined>(input.manifests.length);
  const view: SideBySide = { ...parts.view, index: buildTraceIndex(input.manifests, input.sources), manifests: manifests as RenderedManifest[], blocks: [] };
  let filed = 0;
  for (const unplaced of blocksOf(input)) {
    if (filed >= INDEX_MANIFESTS) [view.index, filed] = [buildTraceIndex(input.manifests, input.sources), 0];
    filed += unplaced.manifests.length;
    for (const m of unplaced.manifests) manifests[m] = parts.render(m, view.index);
    const block = parts.place(unplaced, view.manifests);
    view.blocks.push(block);
    visit(view, block);
    for (const m of unplaced.manifests) manifests[m] = undefined;
  }
  view.index = buildTraceIndex(input.manifests, input.sources);
  return view;
}

/**
 * The manifests whose traces one of eachBlock's indexes files before a block gets a new one: an index
 * starts with a table as long as the list (6000 manifests on 1000 services); one per block made 2000.
 */
const INDEX_MANIFESTS = 64;

/** What the ways of building the view (here and each-manifest.ts) share: the outlines, rendering one manifest, placing one block. */
export function viewParts(input: SideBySideInput) {
  const paths = new PartTree<Path>();
  const outlines = new Map<string, OutlineEntry[]>();
  const outlineOf = (file: string): OutlineEntry[] => {
    let outline = outlines.get(file);
    if (!outline) {
      const text = input.sources ? sourceText(input.sources, file) : undefined;
      outline = text === undefined ? [] : composeOutline(text);
      outlines.set(file, outline);
    }
    return outline;
  };
  /** The block with its segments, from the origins of its manifests' lines (rendered in `manifests`). */
  const place = (block: Block, manifests: readonly ({ lines: readonly Pick<ManifestLine, "origin">[] } | undefined)[]): Block => {
    // Objects traced to no definition (source []) have no block of their own: the whole file is not one.
    const location = block.path.length === 0 ? undefined : input.sources?.locate(block.path);
    if (!location) return block;
    const depth = block.path.length;
    // The definition's entry covering a line of a file: its key line and extent.
    const segmentAt = (file: string, line: number): Segment | undefined => {
      const entry = entryAtDepthCovering(outlineOf(file), depth, line);
      return entry && { file, start: entry.start, end: entry.end };
    };
    const segments: Segment[] = [segmentAt(location.file, location.line) ?? { file: location.file, start: location.line, end: location.line }];
    for (const m of block.manifests) {
      for (const line of manifests[m]?.lines ?? []) {
        const at = line.origin.location;
        if (!at || segments.some((s) => s.file === at.file && s.start <= at.line && at.line <= s.end)) continue;
        const segment = segmentAt(at.file, at.line);
        if (segment) segments.push(segment);
      }
    }
    // localeCompare only for two different files: its first call sets up ICU (~15 ms), and segments of one file are the usual case.
    const byFile = (a: Segment, b: Segment) => (a.file === b.file ? 0 : a.file.localeCompare(b.file)) || a.start - b.start;
    return { ...block, segments: [segments[0]!, ...segments.slice(1).sort(byFile)] };
  };
  const render = (i: number, index: TraceIndex) => renderManifest(input.manifests[i]!, documentOf(input, i), i, index, paths);
  return { view: { outlines, ...(input.sources ? { sources: input.sources } : {}) }, render, place };
}

/** The emitted text of manifest i; the pipeline emits one per manifest, so a missing one is a bug. */
function documentOf(input: SideBySideInput, i: number): string {
  const document = input.documents[i];
  if (document === undefined) throw new Error(`side-by-side: manifest ${i} has no emitted document (${input.documents.length} for ${input.manifests.length} manifests)`);
  return document;
}

/** Each line of the emitted YAML with the deepest field that starts on it (the first line is the object itself). */
function renderManifest(manifest: Manifest, document: string, manifestIndex: number, index: TraceIndex, paths: PartTree<Path>): RenderedManifest {
  const text = document.endsWith("\n") ? document.slice(0, -1) : document;
  const split = text.split("\n");
  const fields = emittedFieldsOfText(text, paths);
  const lines: ManifestLine[] = [];
  for (let i = 0; i < split.length; i++) {
    const field = fields[i] ?? [];
    lines.push({ text: split[i]!, field, origin: index.originOf(manifestIndex, field) });
  }
  return { index: manifestIndex, kind: manifest.object.kind, name: manifest.object.metadata.name, lines };
}

/**
 * Services in project order, then the other definitions that produced objects (volumes, configs,
 * secrets), then objects traced to no definition. An object belongs to the definition its source is in.
 */
export function blocksOf(input: ViewInput): Block[] {
  const blocks: Block[] = [];
  const byKey = new Map<string, Block>();
  const add = (path: Path): Block => {
    const key = path.join("\u0000");
    let block = byKey.get(key);
    if (!block) {
      block = { path, segments: [], manifests: [] };
      byKey.set(key, block);
      blocks.push(block);
    }
    return block;
  };
  for (const service of input.project?.services ?? []) add(["services", service.name]);
  input.manifests.forEach((manifest, i) => add(manifest.source.slice(0, 2)).manifests.push(i));
  return blocks.filter((block) => block.manifests.length > 0);
}

/**
 * The project path written on a line of one of the block's segments: the file's path below the
 * definition's own key, re-rooted at block.path (base.yaml services.base.ports → services.api.ports
 * when api extends base).
 */
export function composePathAt(view: SideBySide, block: Block, file: string, line: number): Path {
  const outline = view.outlines.get(file) ?? [];
  const entry = entryCovering(outline, line);
  if (!entry || entry.path.length <= block.path.length) return block.path;
  return [...block.path, ...entry.path.slice(block.path.length)];
}

/** Does this manifest come from inside this block's definition? */
export const inBlock = (block: Block, manifest: Manifest): boolean => isPrefix(block.path, manifest.source);
