import { pathKey } from "../diagnostics/types.js";
import type { FieldRef, TracedField } from "./trace-types.js";

/*
 * The look-up tables behind the trace index (trace-index.ts): built once per question kind, so every
 * question is one map look-up instead of a scan of all traces.
 */

/** Appends to the list under `key`, creating it. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The fields traced to each Compose line, the traced lines of each file in order, and each field's place in trace order. */
export interface LineIndex {
  byLine: Map<string, FieldRef[]>;
  tracedLines: Map<string, number[]>;
  position: Map<FieldRef, number>;
}

export function indexLines(all: readonly TracedField[]): LineIndex {
  const index: LineIndex = { byLine: new Map(), tracedLines: new Map(), position: new Map() };
  for (const traced of all) {
    if (traced.origin.kind !== "compose") continue;
    const ref = { manifest: traced.manifest, field: traced.field };
    index.position.set(ref, index.position.size);
    const at = traced.origin.location;
    if (!at) continue;
    const key = `${at.file}\u0000${at.line}`;
    if (!index.byLine.has(key)) push(index.tracedLines, at.file, at.line);
    push(index.byLine, key, ref);
  }
  for (const lines of index.tracedLines.values()) lines.sort((a, b) => a - b);
  return index;
}

/** Each field traced to Compose, filed under every prefix of its Compose path, so fieldsFrom(prefix) is one look-up. */
export function indexPaths(all: readonly TracedField[]): Map<string, FieldRef[]> {
  const byPath = new Map<string, FieldRef[]>();
  for (const traced of all) {
    if (traced.origin.kind !== "compose") continue;
    const ref = { manifest: traced.manifest, field: traced.field };
    // Each prefix's pathKey extends the one before instead of being built from a slice.
    let prefixKey = pathKey([]);
    push(byPath, prefixKey, ref);
    traced.origin.path.forEach((part, depth) => {
      const partKey = pathKey([part]);
      prefixKey = depth === 0 ? partKey : `${prefixKey}\u0000${partKey}`;
      push(byPath, prefixKey, ref);
    });
  }
  return byPath;
}

/** The traced fields of one manifest as a tree along their paths (a Map keeps 0 and "0" apart, as pathKey does). */
interface FieldNode {
  traced?: TracedField;
  children?: Map<string | number, FieldNode>;
}

/**
 * rootOf is asked once per emitted line (125,000 on 1000 services): walking a tree costs one look-up per
 * path part, where a map by pathKey built a key for every prefix (a quarter of compare --html's trace time).
 */
export function fieldTree(traced: readonly TracedField[]): FieldNode {
  const root: FieldNode = {};
  for (const entry of traced) {
    let node = root;
    for (const part of entry.field) {
      node.children ??= new Map();
      let child = node.children.get(part);
      if (!child) node.children.set(part, (child = {}));
      node = child;
    }
    node.traced = entry;
  }
  return root;
}

/** The index of the first element of ascending `sorted` that is at least `value` (sorted.length when none). */
export function firstAtLeast(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
