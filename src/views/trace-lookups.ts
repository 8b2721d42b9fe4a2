import type { Path } from "../diagnostics/types.js";
import type { FieldRef, TracedField } from "./trace-types.js";
import { LinePlaces } from "./line-places.js";

/*
 * The look-up tables behind the trace index (trace-index.ts): built once per question kind, so every
 * question is one map look-up instead of a scan of all traces.
 */

/**
 * The fields traced to Compose lines: each once, in trace order (manifest, then trace), and their places
 * in that list filed by file and line, so a block's fields are put in trace order by sorting numbers, not
 * by looking up each field's place in a map for every comparison.
 */
export interface LineIndex {
  refs: FieldRef[];
  lines: LinePlaces;
}

/** `traced` holds each manifest's traced fields (TraceIndex.tracedFields), in manifest order. */
export function indexLines(traced: readonly (readonly TracedField[])[]): LineIndex {
  const index: LineIndex = { refs: [], lines: new LinePlaces() };
  for (let m = 0; m < traced.length; m++) {
    const fields = traced[m]!;
    for (let t = 0; t < fields.length; t++) {
      const field = fields[t]!;
      const at = field.origin.kind === "compose" ? field.origin.location : undefined;
      if (!at) continue;
      index.lines.add(at, index.refs.length);
      index.refs.push({ manifest: field.manifest, field: field.field });
    }
  }
  return index;
}

/** The fields at the given places of `refs`. */
export function refsAt(refs: readonly FieldRef[], places: readonly number[]): FieldRef[] {
  const found = new Array<FieldRef>(places.length);
  for (let index = 0; index < places.length; index++) found[index] = refs[places[index]!]!;
  return found;
}

/** A Compose path's node: the places (in trace order) of the fields traced to exactly this path, and its children. */
interface PathNode {
  positions?: number[];
  children?: Map<string | number, PathNode>;
}

/**
 * Each field traced to Compose, filed once under its own Compose path in a tree of path parts (a Map
 * keeps 0 and "0" apart, as pathKey does); fieldsFrom(prefix) gathers the prefix's subtree in trace
 * order. Filing every field under every prefix built a key string and a list entry per prefix, the
 * shortest ones (the whole project, each service) holding everything while the report asks only keys.
 */
export function pathIndex(all: readonly (readonly TracedField[])[]): (path: Path) => FieldRef[] {
  const refs: FieldRef[] = [];
  const root: PathNode = {};
  for (const traced of all.flat()) {
    if (traced.origin.kind !== "compose") continue;
    let node = root;
    for (const part of traced.origin.path) {
      node.children ??= new Map();
      let child = node.children.get(part);
      if (!child) node.children.set(part, (child = {}));
      node = child;
    }
    (node.positions ??= []).push(refs.length);
    refs.push({ manifest: traced.manifest, field: traced.field });
  }
  return (path) => {
    let node: PathNode | undefined = root;
    for (const part of path) if (!(node = node.children?.get(part))) return [];
    if (!node.children) return (node.positions ?? []).map((position) => refs[position]!);
    const positions: number[] = [];
    const stack: PathNode[] = [node];
    for (let next = stack.pop(); next; next = stack.pop()) {
      for (const position of next.positions ?? []) positions.push(position);
      for (const child of next.children?.values() ?? []) stack.push(child);
    }
    return positions.sort((a, b) => a - b).map((position) => refs[position]!);
  };
}

/** The traced fields of one manifest as a tree along their paths (a Map keeps 0 and "0" apart). */
export interface FieldNode {
  /** The place of the field's entry in the manifest's list of traced fields. */
  position?: number;
  children?: Map<string | number, FieldNode>;
}

/** A tree along field paths: each node's children by path part. */
interface PathTree<N> {
  children?: Map<string | number, N>;
}

/**
 * The node of `field` below `root`, made on the way. rootOf is asked once per emitted line (125,000 on
 * 1000 services): walking a tree costs one look-up per path part, where a map by pathKey built a key for
 * every prefix (a quarter of compare --html's trace time).
 */
export function fieldNode<N extends PathTree<N>>(root: N, field: Path): N {
  let node = root;
  for (let index = 0; index < field.length; index++) {
    node.children ??= new Map();
    let child = node.children.get(field[index]!);
    if (!child) node.children.set(field[index]!, (child = {} as N));
    node = child;
  }
  return node;
}

/**
 * Files `entry` in a manifest's list in trace order: a field traced before (`place`, its place) keeps its
 * place and takes the later entry ("most specific last"), else it goes last. Returns its place. The report's
 * keyFields orders by it; the trace index files as it does (trace-shapes.ts, held to it by its test).
 */
export function fileAt<T>(list: T[], place: number | undefined, entry: T): number {
  if (place === undefined) return list.push(entry) - 1;
  list[place] = entry;
  return place;
}

/** fileAt for a field filed in a tree of the manifest's own fields. */
export function fileInTraceOrder<T>(tree: FieldNode, list: T[], field: Path, entry: T): FieldNode {
  const node = fieldNode(tree, field);
  node.position = fileAt(list, node.position, entry);
  return node;
}
