import type { Location, Path, SourceMap } from "../diagnostics/types.js";
import type { FieldRef, Origin, TracedField } from "./trace-types.js";
import { fileInTraceOrder, firstAtLeast, indexLines, pathIndex, refsAt, type FieldNode, type LineIndex } from "./trace-lookups.js";

import type { FieldTrace, Manifest } from "../model/manifest.js";

export type { FieldRef, Origin, TracedField };

/**
 * The one place that answers "which Compose path and line produced this field?" and the reverse,
 * "which fields did this Compose line produce?". Views (terminal, HTML, report, playground) use it;
 * none re-derives traces.
 */
export interface TraceIndex {
  originOf(manifest: number, field: Path): Origin;
  /** The traced field a field inherits from: itself when traced, else its nearest traced ancestor, else the object root []. */
  rootOf(manifest: number, field: Path): TracedField;
  /**
   * The caller asks rootOf and originOf nothing more of this manifest: its field tree is dropped (asking
   * again throws), its traced fields stay for the other questions. The HTML page's data reads each manifest
   * once (each-manifest.ts): 6000 trees kept to its end were most of what it held, and the collection it cost.
   */
  settle(manifest: number): void;
  /** The object root and each traced field of one manifest. */
  tracedFields(manifest: number): TracedField[];
  /** Fields whose Compose origin is written on exactly this line. */
  fieldsAt(file: string, line: number): FieldRef[];
  /** Fields whose Compose origin lies within lines start..end (inclusive) of a file: a whole block. */
  fieldsInLines(file: string, start: number, end: number): FieldRef[];
  /** Fields whose Compose origin is this path or lies under it (services.web → everything from web). */
  fieldsFrom(path: Path): FieldRef[];
}

export function isPrefix(prefix: Path, path: Path): boolean {
  if (prefix.length > path.length) return false;
  // A loop, not every(): the report compares trace fields with it per trace (migration-report-fields.ts).
  for (let index = 0; index < prefix.length; index++) if (prefix[index] !== path[index]) return false;
  return true;
}

export const samePath = (a: Path, b: Path): boolean => a.length === b.length && isPrefix(a, b);


/**
 * Builds the index once per pipeline result; `sources` locates traces whose location the explain stage
 * left empty. Every question is answered from maps, never by scanning all traces, so a view that asks
 * once per line stays linear in the size of the output (10,000 ports are 20,000 traces and 60,000 lines).
 */
export function buildTraceIndex(manifests: readonly Manifest[], sources?: SourceMap): TraceIndex {
  // Each manifest's traced fields are filed when first asked for: a view that goes block by block
  // (compare's text, side-by-side.ts eachBlock) builds an index per block, whose traces then die with
  // the block instead of all 44,000 of 1000 services surviving, and being copied by, every collection.
  const filed = new Map<number, { traced: TracedField[]; tree?: FieldNode }>();
  const traceOf = (manifest: number): { traced: TracedField[]; tree?: FieldNode } | undefined => {
    let traces = filed.get(manifest);
    const object = traces ? undefined : manifests[manifest];
    if (object) filed.set(manifest, (traces = rootsOf(object, manifest, sources)));
    return traces;
  };
  const all = (): TracedField[][] => manifests.map((_, manifest) => traceOf(manifest)!.traced);
  // The reverse look-ups are built on first use: compare's text asks none, the page only the lines
  // (building all for every view was ~40% of the index's time on 1000 services). fieldsFrom is the exact
  // answer the report's keyFields (migration-report-fields.ts) is held to by its differential test.
  let lines: LineIndex | undefined;
  let fromPath: ((path: Path) => FieldRef[]) | undefined;
  const lineIndex = (): LineIndex => (lines ??= indexLines(all()));

  const rootOf = (manifest: number, field: Path): TracedField => {
    const traces = traceOf(manifest);
    if (!traces) throw new Error(`trace index: no manifest ${manifest}`);
    if (!traces.tree) throw new Error(`trace index: manifest ${manifest} is settled`);
    let node: FieldNode | undefined = traces.tree;
    // The longest traced prefix of the field, walking down the tree; the object root [] is always there.
    let found = traces.traced[0]!;
    for (const part of field) {
      node = node.children?.get(part);
      if (!node) break;
      if (node.traced) found = node.traced;
    }
    return found;
  };

  // One "inherited" origin per traced field, not a new object for every line that inherits it.
  const inherited = new Map<TracedField, Origin>();
  const originOf = (manifest: number, field: Path): Origin => {
    const best = rootOf(manifest, field);
    if (!(best.field.length < field.length && best.origin.via === "own")) return best.origin;
    let origin = inherited.get(best);
    if (!origin) inherited.set(best, (origin = { ...best.origin, via: "ancestor" }));
    return origin;
  };

  return {
    originOf,
    rootOf,
    settle: (manifest) => {
      const traces = filed.get(manifest);
      if (traces) delete traces.tree;
    },
    tracedFields: (manifest) => traceOf(manifest)?.traced ?? [],
    fieldsAt: (file, line) => {
      const { refs, byLine } = lineIndex();
      return refsAt(refs, byLine.get(file)?.get(line) ?? []);
    },
    fieldsInLines: (file, start, end) => {
      const { refs, byLine, tracedLines } = lineIndex();
      const lines = tracedLines.get(file) ?? [];
      const placesOf = byLine.get(file);
      // Only the traced lines inside start..end: a long block scalar costs nothing per line.
      let i = firstAtLeast(lines, start);
      if (i >= lines.length || lines[i]! > end) return [];
      const first = placesOf!.get(lines[i]!)!;
      if (++i >= lines.length || lines[i]! > end) return refsAt(refs, first);
      // Fields of several lines, in trace order (manifest, then trace), as each line's are.
      const places = first.slice();
      for (; i < lines.length && lines[i]! <= end; i++) for (const place of placesOf!.get(lines[i]!)!) places.push(place);
      return refsAt(refs, places.sort((a, b) => a - b));
    },
    fieldsFrom: (path) => (fromPath ??= pathIndex(all()))(path),
  };
}

/**
 * The object root (traced to Manifest.source) followed by the manifest's own traces, shortest field first,
 * and the tree of their fields that rootOf walks. A trace of a field traced before replaces it ("most
 * specific last"); fields are told apart by their parts in the tree, not by a key string per trace.
 */
function rootsOf(manifest: Manifest, index: number, sources: SourceMap | undefined): { traced: TracedField[]; tree: FieldNode } {
  // An object traced to no definition (source [], like a Namespace made from -n) has no line, even if the
  // source map answers [] with the top of the file.
  const objectLocation = manifest.source.length === 0 ? undefined : (manifest.location ?? sources?.locate(manifest.source));
  const root: Origin = { kind: "compose", path: manifest.source, via: "object", ...(objectLocation ? { location: objectLocation } : {}) };
  const traced: TracedField[] = [{ manifest: index, field: [], origin: root }];
  const tree: FieldNode = { traced: traced[0]!, position: 0 };
  const traces = [...(manifest.traces ?? [])].sort((a, b) => a.field.length - b.field.length);
  for (const trace of traces) {
    const entry = { manifest: index, field: trace.field, origin: originOfTrace(trace, objectLocation, sources) };
    fileInTraceOrder(tree, traced, trace.field, entry).traced = entry;
  }
  return { traced, tree };
}

function originOfTrace(trace: FieldTrace, objectLocation: Location | undefined, sources: SourceMap | undefined): Origin {
  if ("default" in trace) return { kind: "default", reason: trace.default, via: "own", ...(objectLocation ? { location: objectLocation } : {}) };
  const location = trace.location ?? sources?.locate(trace.source);
  return { kind: "compose", path: trace.source, via: "own", ...(location ? { location } : {}) };
}
