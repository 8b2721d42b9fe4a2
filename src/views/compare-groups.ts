import { formatPath, type Path } from "../diagnostics/types.js";
import type { Fate } from "../convert/fates.js";
import { fateOfPath, type Block, type RenderedManifest, type SideBySide } from "./side-by-side.js";
import { indentOf } from "./line-indent.js";
import { isPrefix, type Origin } from "./trace-index.js";
import { entriesWithin } from "./compose-outline.js";

/**
 * The order-independent layout of `compare`: one row group per Compose key of a definition, holding
 * the lines of that key on the left and, on the right, the manifest lines whose traced origin lies
 * under it, whatever their place in the object. `labels:` written last sits beside the annotations
 * written near the top of the Deployment; a key that produced nothing carries its fate instead.
 */
export interface KeyGroup {
  /** The key's project path: ["services", "web", "healthcheck"]. */
  path: Path;
  file: string;
  start: number;
  end: number;
  /** Runs of consecutive manifest lines this key produced, each under the object and field it sits in. */
  chunks: Chunk[];
  /** The key's fate from the fate tables, shown when it produced nothing. */
  fate?: Fate;
}

export interface Chunk {
  manifest: number;
  /** "Deployment web" */
  object: string;
  /** The field the lines sit in, "spec.template.spec.containers[0]"; "" for the object itself. */
  field: string;
  /** The lines, dedented to the run's own indentation. */
  lines: string[];
}

/** The key groups of one block, in the order the keys are written (first file first). */
export function keyGroups(view: SideBySide, block: Block): KeyGroup[] {
  const depth = block.path.length;
  const groups: KeyGroup[] = [];
  for (const segment of block.segments) {
    for (const entry of entriesWithin(view.outlines.get(segment.file) ?? [], depth + 1, segment.start, segment.end)) {
      const path = [...block.path, entry.path[depth]!];
      const fate = fateOfPath(path);
      groups.push({ path, file: segment.file, start: entry.start, end: entry.end, chunks: [], ...(fate ? { fate } : {}) });
    }
  }
  const lines = groupsByLine(groups);
  // The group of each origin a line of this block inherits (many lines share one origin object).
  const groupOfOrigin = new Map<Origin, KeyGroup | undefined>();
  // Each manifest line goes to the group written where its origin is, else to the first group of its key.
  for (const manifestIndex of block.manifests) {
    const manifest = view.manifests[manifestIndex];
    if (!manifest) continue;
    // Runs of consecutive lines of one group become its chunks as they end (so each group's stay in line order).
    let group: KeyGroup | undefined;
    let runStart = 0;
    manifest.lines.forEach((line, i) => {
      const origin = line.origin;
      // A line that starts no field continues the one above (the text of a block scalar: a copied file).
      let next = group;
      if (!(line.field.length === 0 && i > 0)) {
        if (origin.kind === "default") next = groupOf(composeOrigin(manifestIndex, line.field, origin));
        else if (groupOfOrigin.has(origin)) next = groupOfOrigin.get(origin);
        else groupOfOrigin.set(origin, (next = groupOf(origin)));
      }
      if (next === group) return;
      if (group) group.chunks.push(chunkOf(manifest, runStart, i));
      group = next;
      runStart = i;
    });
    if (group) group.chunks.push(chunkOf(manifest, runStart, manifest.lines.length));
  }
  return groups;

  /**
   * A default kubepose chose inside a field a key produced (the name and image of the init container
   * depends_on made) belongs to that key: the origin of its nearest ancestor traced to Compose.
   */
  function composeOrigin(manifestIndex: number, field: Path, origin: Origin): Origin {
    const above = ancestorsOf(field);
    for (let i = 0; origin.kind === "default" && i < above.length; i++) {
      const found = view.index.originOf(manifestIndex, above[i]!);
      if (found.kind === "compose") return found;
    }
    return origin;
  }

  function groupOf(origin: Origin): KeyGroup | undefined {
    if (origin.kind !== "compose" || origin.via === "object") return undefined;
    const at = origin.location;
    const file = at && lines.get(at.file);
    // A key brought in by a merge key (`<<: *common`) is written outside the block: it goes to the `<<` line.
    const group =
      (file && file.groups[at!.line - file.first]) ??
      groups.find((g) => isPrefix(g.path, origin.path)) ??
      (isPrefix(block.path, origin.path) ? groups.find((g) => g.path[depth] === "<<") : undefined);
    return group;
  }
}

/**
 * A field's ancestors, nearest first, without the object root ([a, b, c] → [a, b], [a]): one list per
 * field array, and the lines of every manifest share their field arrays (part-tree.ts). composeOrigin asks
 * the trace index about them for ~46,000 lines on 1000 services; a fresh slice per question was garbage and
 * missed the index's table of fields by array (field-trie.ts), so each one walked the trie again.
 */
const ancestors = new WeakMap<Path, readonly Path[]>();
function ancestorsOf(field: Path): readonly Path[] {
  let above = ancestors.get(field);
  if (above === undefined) {
    const list: Path[] = [];
    for (let depth = field.length - 1; depth > 0; depth -= 1) list.push(field.slice(0, depth));
    ancestors.set(field, (above = list));
  }
  return above;
}

/** Per file, the first group (in order) written on each line from line `first` on: one look-up per origin instead of a scan of the groups. */
function groupsByLine(groups: readonly KeyGroup[]): Map<string, { first: number; groups: (KeyGroup | undefined)[] }> {
  const lines = new Map<string, { first: number; groups: (KeyGroup | undefined)[] }>();
  for (const group of groups) {
    const file = lines.get(group.file);
    if (!file) lines.set(group.file, { first: group.start, groups: [] });
    else file.first = Math.min(file.first, group.start);
  }
  for (const group of groups) {
    const file = lines.get(group.file)!;
    for (let line = group.start; line <= group.end; line++) file.groups[line - file.first] ??= group;
  }
  return lines;
}

/** Lines from..to (exclusive) of a manifest as one chunk. */
function chunkOf(manifest: RenderedManifest, from: number, to: number): Chunk {
  const first = manifest.lines[from]!;
  // The field the run sits in: the parent of its first field (containers[0] for image).
  const parent = first.field.slice(0, -1);
  let indent = Infinity;
  for (let i = from; i < to; i++) indent = Math.min(indent, indentOf(manifest.lines[i]!.text));
  const lines: string[] = [];
  for (let i = from; i < to; i++) lines.push(manifest.lines[i]!.text.slice(indent));
  return { manifest: manifest.index, object: `${manifest.kind} ${manifest.name}`, field: formatPath(parent), lines };
}

/** What a key that produced no line became, in words: its fate, or that nothing was written for it. */
export function fateText(group: KeyGroup): string {
  const fate = group.fate;
  if (group.path[group.path.length - 1] === "<<") return "merge key: the keys it brings in produced nothing of their own";
  if (!fate) return "nothing in the manifests comes from this key";
  if (fate.fate === "not-converted") return `not converted: ${fate.advice}`;
  return `${fate.fate === "approximated" ? "≈ approximated" : "mapped"}: ${fate.to} (no field is traced to this key)`;
}
