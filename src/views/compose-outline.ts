import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { wholeText, type Path, type SourceMap } from "../diagnostics/types.js";

import type { OutlineEntry } from "./outline-entry.js";
import { scanOutline } from "./outline-scan.js";

export type { OutlineEntry };

/**
 * Every key and sequence item of one YAML text with its line extent, in document order. A key's block
 * runs from its key line to the last line holding content of its value, so
 *   5  vote:
 *   6    image: nginx
 *   7
 *   8  db:
 * gives services.vote lines 5–6 (the blank line and comments between siblings belong to neither).
 * Pure: the views run in a browser too, so the text comes from the SourceMap, not from disk.
 */
export function composeOutline(text: string): OutlineEntry[] {
  return scanOutline(text) ?? parsedOutline(text);
}

/** The outline through the `yaml` parser: every shape YAML has (composeOutline reads the usual ones faster). */
export function parsedOutline(text: string): OutlineEntry[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, keepSourceTokens: false, uniqueKeys: false });
  const entries: OutlineEntry[] = [];
  const lineOf = (offset: number) => lineCounter.linePos(offset).line;
  // A range ends just after the value; a block value's end offset may sit on the next line's start.
  const endLine = (node: Node, from: number) => Math.max(from, lineOf(Math.max(node.range?.[1] ?? 0, 1) - 1));

  const walk = (node: unknown, path: Path) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        if (typeof key !== "string" && typeof key !== "number") continue;
        const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
        if (!keyRange) continue;
        const start = lineOf(keyRange[0]);
        const value = pair.value as Node | null;
        const end = value && value.range ? endLine(value, start) : start;
        const childPath = [...path, key];
        entries.push({ path: childPath, start, end });
        walk(value, childPath);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const itemNode = item as Node | null;
        if (!itemNode?.range) return;
        const start = lineOf(itemNode.range[0]);
        const childPath = [...path, index];
        entries.push({ path: childPath, start, end: endLine(itemNode, start) });
        walk(itemNode, childPath);
      });
    }
  };
  walk(document.contents, []);
  return entries;
}

/** The whole text of a loaded file (the SourceMap holds every loaded file). */
export const sourceText = (sources: SourceMap, file: string): string | undefined => wholeText(sources, file);

/**
 * The look-ups below, built once per outline (views ask for every line, so a scan per question would make
 * them quadratic): the entries of each depth, and per line the entries that start on it and cover it
 * and each entry's parent — these built only when first asked for (compare's text asks none of them,
 * and the page no parent on a usual project: a line whose block produced nothing asks it).
 */
interface OutlineIndex {
  /** The entries of each depth (path length), in document order. */
  atDepth: Map<number, OutlineEntry[]>;
  /** Per depth, per line, the first entry of that depth covering the line; filled when first asked. */
  coveringAtDepth: Map<number, (OutlineEntry | undefined)[]>;
  /** Whether entries come with non-decreasing start lines (document order does; a binary search needs it). */
  sorted: boolean;
  lines?: OutlineLines;
  parent?: Map<OutlineEntry, OutlineEntry>;
}

interface OutlineLines {
  startingAt: (OutlineEntry | undefined)[];
  covering: (OutlineEntry | undefined)[];
}

const indexes = new WeakMap<readonly OutlineEntry[], OutlineIndex>();
/**
 * The outline asked last and its index, read by the look-ups below before any call: views ask of one
 * outline line after line (the page ~120,000 times on 1000 services), mostly in code not yet optimized,
 * where the calls to indexOf and linesOf and the WeakMap look-up cost more than the answer. It holds on
 * to one outline past its use (the playground's last), no more.
 */
let last: { outline: readonly OutlineEntry[]; index: OutlineIndex } = { outline: [], index: { atDepth: new Map(), coveringAtDepth: new Map(), sorted: true } };

function indexOf(outline: readonly OutlineEntry[]): OutlineIndex {
  if (last.outline === outline) return last.index;
  let index = indexes.get(outline);
  if (index) {
    last = { outline, index };
    return index;
  }
  index = { atDepth: new Map(), coveringAtDepth: new Map(), sorted: true };
  let previousStart = 0;
  for (const entry of outline) {
    if (entry.start < previousStart) index.sorted = false;
    previousStart = entry.start;
    const sameDepth = index.atDepth.get(entry.path.length);
    if (sameDepth) sameDepth.push(entry);
    else index.atDepth.set(entry.path.length, [entry]);
  }
  indexes.set(outline, index);
  last = { outline, index };
  return index;
}

function linesOf(outline: readonly OutlineEntry[]): OutlineLines {
  const index = indexOf(outline);
  if (index.lines) return index.lines;
  const lines: OutlineLines = { startingAt: [], covering: [] };
  const { startingAt, covering } = lines;
  // The depth of each line's covering entry beside it: the loop below runs ~4 times per line, mostly unoptimized.
  const coveringDepth: number[] = [];
  for (let e = 0; e < outline.length; e++) {
    const entry = outline[e]!;
    const depth = entry.path.length;
    const best = startingAt[entry.start];
    if (!best || depth > best.path.length) startingAt[entry.start] = entry;
    // A child covers only lines inside its parent, so each line is written once per level of nesting.
    for (let line = entry.start; line <= entry.end; line++) {
      if (!(depth < coveringDepth[line]!)) {
        covering[line] = entry;
        coveringDepth[line] = depth;
      }
    }
  }
  index.lines = lines;
  return lines;
}

function parentsOf(outline: readonly OutlineEntry[]): Map<OutlineEntry, OutlineEntry> {
  const index = indexOf(outline);
  if (index.parent) return index.parent;
  const parent = new Map<OutlineEntry, OutlineEntry>();
  // Entries come in document order, parents before children: the last entry one level up is the parent.
  const open: OutlineEntry[] = [];
  for (const entry of outline) {
    open.length = entry.path.length - 1;
    const above = open[entry.path.length - 2];
    if (above) parent.set(entry, above);
    open[entry.path.length - 1] = entry;
  }
  index.parent = parent;
  return parent;
}

/** The deepest entry that starts on `line` (a key line or an item line), or undefined for blank and comment lines. */
export const entryStartingAt = (outline: readonly OutlineEntry[], line: number): OutlineEntry | undefined => linesOf(outline).startingAt[line];

/** The deepest entry whose block covers `line`: for a continuation line of a block scalar, its key. */
export const entryCovering = (outline: readonly OutlineEntry[], line: number): OutlineEntry | undefined =>
  ((last.outline === outline ? last.index.lines : undefined) ?? linesOf(outline)).covering[line];

/** The entry that holds `entry` (services.web for services.web.ports), undefined at the top. */
export const parentEntry = (outline: readonly OutlineEntry[], entry: OutlineEntry): OutlineEntry | undefined => parentsOf(outline).get(entry);

/**
 * The first entry (in document order) of a given depth whose block covers `line`: services.web (depth 2)
 * for any line of web's block. One array per depth asked for, so a view asking once per definition stays linear.
 */
export function entryAtDepthCovering(outline: readonly OutlineEntry[], depth: number, line: number): OutlineEntry | undefined {
  const index = last.outline === outline ? last.index : indexOf(outline);
  let covering = index.coveringAtDepth.get(depth);
  if (!covering) {
    covering = [];
    for (const entry of index.atDepth.get(depth) ?? []) {
      for (let at = entry.start; at <= entry.end; at++) covering[at] ??= entry;
    }
    index.coveringAtDepth.set(depth, covering);
  }
  return covering[line];
}

/** The entries of a given depth lying wholly within lines start..end, in document order: the keys of one definition. */
export function entriesWithin(outline: readonly OutlineEntry[], depth: number, start: number, end: number): OutlineEntry[] {
  const index = indexOf(outline);
  const entries = index.atDepth.get(depth) ?? [];
  const inside = (entry: OutlineEntry) => entry.start >= start && entry.end <= end;
  if (!index.sorted) return entries.filter(inside);
  // Sorted by start line: from the first entry starting at `start`, until one starts past `end`.
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (entries[middle]!.start < start) low = middle + 1;
    else high = middle;
  }
  const found: OutlineEntry[] = [];
  for (let i = low; i < entries.length && entries[i]!.start <= end; i++) if (entries[i]!.end <= end) found.push(entries[i]!);
  return found;
}
