import { pathKey, type Location, type Path, type SourceMap } from "../diagnostics/types.js";
import type { FieldTrace, Manifest } from "../model/manifest.js";

/**
 * Where one field of a manifest came from. `via` says how it was found: the field's own trace, the trace
 * of its nearest traced ancestor, or the object's own `Manifest.source` (when no trace covers the field).
 */
export type Origin =
  | { kind: "compose"; path: Path; location?: Location; via: "own" | "ancestor" | "object" }
  /** A default kubepose chose; `location` is the object's, so a view can still place it. */
  | { kind: "default"; reason: string; location?: Location; via: "own" | "ancestor" };

/** One field of one manifest: `manifests[manifest].object` at `field` ([] is the whole object). */
export interface FieldRef {
  manifest: number;
  field: Path;
}

/** A field whose origin differs from its parent's: the object root and every traced field, shortest path first. */
export interface TracedField extends FieldRef {
  origin: Origin;
}

/**
 * The one place that answers "which Compose path and line produced this field?" and the reverse,
 * "which fields did this Compose line produce?". Views (terminal, HTML, report, playground) use it;
 * none re-derives traces.
 */
export interface TraceIndex {
  originOf(manifest: number, field: Path): Origin;
  /** The traced field a field inherits from: itself when traced, else its nearest traced ancestor, else the object root []. */
  rootOf(manifest: number, field: Path): TracedField;
  /** The object root and each traced field of one manifest. */
  tracedFields(manifest: number): TracedField[];
  /** Fields whose Compose origin is written on exactly this line. */
  fieldsAt(file: string, line: number): FieldRef[];
  /** Fields whose Compose origin lies within lines start..end (inclusive) of a file: a whole block. */
  fieldsInLines(file: string, start: number, end: number): FieldRef[];
  /** Fields whose Compose origin is this path or lies under it (services.web → everything from web). */
  fieldsFrom(path: Path): FieldRef[];
}

export const isPrefix = (prefix: Path, path: Path): boolean =>
  prefix.length <= path.length && prefix.every((part, index) => part === path[index]);

export const samePath = (a: Path, b: Path): boolean => a.length === b.length && isPrefix(a, b);


/** Appends to the list under `key`, creating it. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Builds the index once per pipeline result; `sources` locates traces whose location the explain stage
 * left empty. Every question is answered from maps, never by scanning all traces, so a view that asks
 * once per line stays linear in the size of the output (10,000 ports are 20,000 traces and 60,000 lines).
 */
export function buildTraceIndex(manifests: readonly Manifest[], sources?: SourceMap): TraceIndex {
  const roots: TracedField[][] = manifests.map((manifest, index) => rootsOf(manifest, index, sources));
  const all = roots.flat();
  const byField = roots.map(fieldTree);
  const byLine = new Map<string, FieldRef[]>();
  const byPath = new Map<string, FieldRef[]>();
  const position = new Map<FieldRef, number>();
  const tracedLines = new Map<string, number[]>();
  for (const traced of all) {
    if (traced.origin.kind !== "compose") continue;
    const ref = { manifest: traced.manifest, field: traced.field };
    position.set(ref, position.size);
    const at = traced.origin.location;
    if (at) {
      if (!byLine.has(`${at.file}\u0000${at.line}`)) push(tracedLines, at.file, at.line);
      push(byLine, `${at.file}\u0000${at.line}`, ref);
    }
    // Filed under every prefix of its Compose path, so fieldsFrom(prefix) is one look-up; each prefix's
    // pathKey extends the one before instead of being built from a slice.
    let prefixKey = pathKey([]);
    push(byPath, prefixKey, ref);
    traced.origin.path.forEach((part, depth) => {
      const partKey = pathKey([part]);
      prefixKey = depth === 0 ? partKey : `${prefixKey}\u0000${partKey}`;
      push(byPath, prefixKey, ref);
    });
  }

  const rootOf = (manifest: number, field: Path): TracedField => {
    let node = byField[manifest];
    if (!node) throw new Error(`trace index: no manifest ${manifest}`);
    // The longest traced prefix of the field, walking down the tree; the object root [] is always there.
    let found = roots[manifest]![0]!;
    for (const part of field) {
      node = node.children?.get(part);
      if (!node) break;
      if (node.traced) found = node.traced;
    }
    return found;
  };

  const originOf = (manifest: number, field: Path): Origin => {
    const best = rootOf(manifest, field);
    if (best.field.length < field.length && best.origin.via === "own") return { ...best.origin, via: "ancestor" };
    return best.origin;
  };

  for (const lines of tracedLines.values()) lines.sort((a, b) => a - b);
  const fieldsAt = (file: string, line: number): FieldRef[] => byLine.get(`${file}\u0000${line}`) ?? [];
  return {
    originOf,
    rootOf,
    tracedFields: (manifest) => roots[manifest] ?? [],
    fieldsAt,
    fieldsInLines: (file, start, end) => {
      const refs: FieldRef[] = [];
      const lines = tracedLines.get(file) ?? [];
      // Only the traced lines inside start..end: a long block scalar costs nothing per line.
      for (let i = firstAtLeast(lines, start); i < lines.length && lines[i]! <= end; i++) for (const ref of fieldsAt(file, lines[i]!)) refs.push(ref);
      // In trace order (manifest, then trace), as for a single line.
      return start === end ? refs : refs.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
    },
    fieldsFrom: (path) => byPath.get(pathKey(path)) ?? [],
  };
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
function fieldTree(traced: readonly TracedField[]): FieldNode {
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

/** The object root (traced to Manifest.source) followed by the manifest's own traces, shortest field first. */
function rootsOf(manifest: Manifest, index: number, sources: SourceMap | undefined): TracedField[] {
  // An object traced to no definition (source [], like a Namespace made from -n) has no line, even if the
  // source map answers [] with the top of the file.
  const objectLocation = manifest.source.length === 0 ? undefined : (manifest.location ?? sources?.locate(manifest.source));
  const root: Origin = { kind: "compose", path: manifest.source, via: "object", ...(objectLocation ? { location: objectLocation } : {}) };
  const traced: TracedField[] = [{ manifest: index, field: [], origin: root }];
  const positions = new Map<string, number>([[pathKey([]), 0]]);
  const traces = [...(manifest.traces ?? [])].sort((a, b) => a.field.length - b.field.length);
  for (const trace of traces) {
    const key = pathKey(trace.field);
    const existing = positions.get(key);
    const entry = { manifest: index, field: trace.field, origin: originOfTrace(trace, objectLocation, sources) };
    // "most specific last": a later trace of the same field replaces an earlier one.
    if (existing !== undefined) traced[existing] = entry;
    else {
      positions.set(key, traced.length);
      traced.push(entry);
    }
  }
  return traced;
}

function originOfTrace(trace: FieldTrace, objectLocation: Location | undefined, sources: SourceMap | undefined): Origin {
  if ("default" in trace) return { kind: "default", reason: trace.default, via: "own", ...(objectLocation ? { location: objectLocation } : {}) };
  const location = trace.location ?? sources?.locate(trace.source);
  return { kind: "compose", path: trace.source, via: "own", ...(location ? { location } : {}) };
}

/** The index of the first element of ascending `sorted` that is at least `value` (sorted.length when none). */
function firstAtLeast(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
