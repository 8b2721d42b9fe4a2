import type { Location, Path, SourceMap } from "../diagnostics/types.js";
import type { FieldRef, Origin, TracedField } from "./trace-types.js";
import { indexLines, pathIndex, refsAt, type LineIndex } from "./trace-lookups.js";
import { FieldTrie, type TrieNode } from "./field-trie.js";
import { TraceShapes } from "./trace-shapes.js";

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
  /**
   * settle, and the manifest's traced fields go too: asking anything of it again throws, tracedFields and
   * the reverse look-ups (fieldsAt, fieldsInLines, fieldsFrom) included. The HTML page files what it needs
   * of them while it visits the manifest (page-line-groups.ts), so that the 44,000 traced fields of 1000
   * services die young instead of being copied by every collection until its end.
   */
  forget(manifest: number): void;
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
  const shapes = shapesOf(manifests);
  const fields = shapes.fields;
  // Each manifest's traced fields are filed when first asked for: a view that goes block by block
  // (compare's text, side-by-side.ts eachBlock) builds an index per block, whose traces then die with
  // the block instead of all 44,000 of 1000 services surviving, and being copied by, every collection.
  // null: forgotten.
  const filed = new Array<Filed | null | undefined>(manifests.length);
  const traceOf = (manifest: number): Filed | undefined => {
    let traces = filed[manifest];
    if (traces === null) throw new Error(`trace index: manifest ${manifest} is forgotten`);
    const object = traces ? undefined : manifests[manifest];
    if (object) filed[manifest] = traces = rootsOf(object, manifest, sources, shapes);
    return traces;
  };
  const all = (): TracedField[][] => manifests.map((_, manifest) => traceOf(manifest)!.traced);
  // The reverse look-ups are built on first use: compare's text asks none, the page only the lines
  // (building all for every view was ~40% of the index's time on 1000 services). fieldsFrom is the exact
  // answer the report's keyFields (migration-report-fields.ts) is held to by its differential test.
  let lines: LineIndex | undefined;
  let fromPath: ((path: Path) => FieldRef[]) | undefined;
  const lineIndex = (): LineIndex => (lines ??= indexLines(all()));

  const unsettled = (manifest: number): Filed & { places: ReadonlyMap<TrieNode, number> } => {
    // A manifest filed and not settled, as every line of it finds it, without the calls below.
    const known = filed[manifest];
    if (known?.places) return known as Filed & { places: ReadonlyMap<TrieNode, number> };
    const traces = traceOf(manifest);
    if (!traces) throw new Error(`trace index: no manifest ${manifest}`);
    if (!traces.places) throw new Error(`trace index: manifest ${manifest} is settled`);
    return traces as Filed & { places: ReadonlyMap<TrieNode, number> };
  };
  /** The place of the field's longest traced prefix in its manifest's list; the object root [] is always there. */
  const rootPlace = (places: ReadonlyMap<TrieNode, number>, field: Path): number => {
    const along = fields.tracedAlong(field);
    let found = 0;
    for (let index = 0; index < along.length; index++) found = places.get(along[index]!) ?? found;
    return found;
  };
  const rootOf = (manifest: number, field: Path): TracedField => {
    const traces = unsettled(manifest);
    return traces.traced[rootPlace(traces.places, field)]!;
  };

  const originOf = (manifest: number, field: Path): Origin => {
    // rootPlace and unsettled written out for the usual case: asked once per emitted line, mostly in code not
    // yet optimized, where each call costs about as much as the look-ups.
    const known = filed[manifest];
    const traces = known?.places ? (known as Filed & { places: ReadonlyMap<TrieNode, number> }) : unsettled(manifest);
    let place = traces.placeOf.get(field);
    if (place === undefined) {
      const current = fields.along.get(field);
      const along = current?.version === fields.version ? current.nodes : fields.tracedAlong(field);
      place = 0;
      for (let index = 0; index < along.length; index++) place = traces.places.get(along[index]!) ?? place;
      if (traces.placeOf.size < REMEMBERED_PLACES) traces.placeOf.set(field, place);
    }
    const best = traces.traced[place]!;
    if (!(best.field.length < field.length && best.origin.via === "own")) return best.origin;
    // One "inherited" origin per traced field, not a new object for every line that inherits it.
    const inherited = (traces.inherited ??= []);
    return (inherited[place] ??= { ...best.origin, via: "ancestor" });
  };

  return {
    originOf,
    rootOf,
    settle: (manifest) => {
      const traces = filed[manifest];
      if (traces) traces.places = traces.inherited = undefined;
    },
    forget: (manifest) => {
      if (manifest >= 0 && manifest < manifests.length) filed[manifest] = null;
    },
    tracedFields: (manifest) => traceOf(manifest)?.traced ?? [],
    fieldsAt: (file, line) => {
      const { refs, lines } = lineIndex();
      return refsAt(refs, lines.placesAt(file, line));
    },
    fieldsInLines: (file, start, end) => {
      const { refs, lines } = lineIndex();
      return refsAt(refs, lines.placesInLines(file, start, end));
    },
    fieldsFrom: (path) => (fromPath ??= pathIndex(all()))(path),
  };
}

/**
 * A manifest's traced fields: the object root (traced to Manifest.source) followed by its own traces,
 * shortest field first; until it is settled, the place among them of each trie node it traces (what
 * rootOf walks; shared by the manifests of one TraceShape, read only) and the inherited origin of each
 * traced field asked for.
 */
interface Filed {
  traced: TracedField[];
  places: ReadonlyMap<TrieNode, number> | undefined;
  inherited: Origin[] | undefined;
  /** The place originOf found for each field array, shared by the manifests of one TraceShape (TraceShape.placeOf). */
  placeOf: Map<Path, number>;
}

/** How many field arrays a TraceShape remembers the place of (the page's lines share a few hundred; compare's groups slice tens of thousands, asked once each). */
const REMEMBERED_PLACES = 4096;

/** The fields the traces of each list of manifests name, and their shapes, shared by the indexes built over that list. */
const tries = new WeakMap<readonly Manifest[], TraceShapes>();

function shapesOf(manifests: readonly Manifest[]): TraceShapes {
  let shapes = tries.get(manifests);
  if (!shapes) tries.set(manifests, (shapes = new TraceShapes(new FieldTrie())));
  return shapes;
}

/**
 * A manifest's traced fields (Filed), filed as its TraceShape says. A trace of a field traced before
 * replaces it ("most specific last"); fields are told apart by their parts in the trie, not by a key string per trace.
 */
function rootsOf(manifest: Manifest, index: number, sources: SourceMap | undefined, shapes: TraceShapes): Filed {
  // An object traced to no definition (source [], like a Namespace made from -n) has no line, even if the
  // source map answers [] with the top of the file.
  const objectLocation = manifest.source.length === 0 ? undefined : (manifest.location ?? sources?.locate(manifest.source));
  const root: Origin = objectLocation ? { kind: "compose", path: manifest.source, via: "object", location: objectLocation } : { kind: "compose", path: manifest.source, via: "object" };
  const traced: TracedField[] = [{ manifest: index, field: [], origin: root }];
  const traces = manifest.traces ?? [];
  const { order, places, nodes, placeOf } = shapes.of(traces);
  for (let i = 0; i < order.length; i++) {
    const trace = traces[order[i]!]!;
    const entry: TracedField = { manifest: index, field: trace.field, origin: originOfTrace(trace, objectLocation, sources) };
    // A place is first taken by the next one in the list (TraceShape), so the list is filled without holes.
    const place = places[i]!;
    if (place === traced.length) traced.push(entry);
    else traced[place] = entry;
  }
  return { traced, places: nodes, inherited: undefined, placeOf };
}
// Literals with and without a location, not a spread of one: a trace's origin is made 44,000 times on 1000 services.
function originOfTrace(trace: FieldTrace, objectLocation: Location | undefined, sources: SourceMap | undefined): Origin {
  if ("default" in trace) {
    return objectLocation ? { kind: "default", reason: trace.default, via: "own", location: objectLocation } : { kind: "default", reason: trace.default, via: "own" };
  }
  const location = trace.location ?? sources?.locate(trace.source);
  return location ? { kind: "compose", path: trace.source, via: "own", location } : { kind: "compose", path: trace.source, via: "own" };
}
