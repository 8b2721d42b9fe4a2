import type { Location, Path, SourceMap } from "../diagnostics/types.js";
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

/** Builds the index once per pipeline result; `sources` locates traces whose location the explain stage left empty. */
export function buildTraceIndex(manifests: readonly Manifest[], sources?: SourceMap): TraceIndex {
  const roots: TracedField[][] = manifests.map((manifest, index) => rootsOf(manifest, index, sources));
  const all = roots.flat();

  const rootOf = (manifest: number, field: Path): TracedField => {
    const candidates = roots[manifest];
    if (!candidates) throw new Error(`trace index: no manifest ${manifest}`);
    // candidates[0] is the object root, a prefix of every field.
    let best = candidates[0]!;
    for (const candidate of candidates) {
      if (isPrefix(candidate.field, field) && candidate.field.length >= best.field.length) best = candidate;
    }
    return best;
  };

  const originOf = (manifest: number, field: Path): Origin => {
    const best = rootOf(manifest, field);
    if (best.field.length < field.length && best.origin.via === "own") return { ...best.origin, via: "ancestor" };
    return best.origin;
  };

  const composeRefs = (keep: (origin: Extract<Origin, { kind: "compose" }>) => boolean): FieldRef[] =>
    all.filter((traced) => traced.origin.kind === "compose" && keep(traced.origin)).map(({ manifest, field }) => ({ manifest, field }));

  return {
    originOf,
    rootOf,
    tracedFields: (manifest) => roots[manifest] ?? [],
    fieldsAt: (file, line) => composeRefs((origin) => origin.location?.file === file && origin.location.line === line),
    fieldsInLines: (file, start, end) =>
      composeRefs((origin) => origin.location?.file === file && origin.location.line >= start && origin.location.line <= end),
    fieldsFrom: (path) => composeRefs((origin) => isPrefix(path, origin.path)),
  };
}

/** The object root (traced to Manifest.source) followed by the manifest's own traces, shortest field first. */
function rootsOf(manifest: Manifest, index: number, sources: SourceMap | undefined): TracedField[] {
  // An object traced to no definition (source [], like a Namespace made from -n) has no line, even if the
  // source map answers [] with the top of the file.
  const objectLocation = manifest.source.length === 0 ? undefined : (manifest.location ?? sources?.locate(manifest.source));
  const root: Origin = { kind: "compose", path: manifest.source, via: "object", ...(objectLocation ? { location: objectLocation } : {}) };
  const traced: TracedField[] = [{ manifest: index, field: [], origin: root }];
  const traces = [...(manifest.traces ?? [])].sort((a, b) => a.field.length - b.field.length);
  for (const trace of traces) {
    const existing = traced.findIndex((entry) => samePath(entry.field, trace.field));
    const entry = { manifest: index, field: trace.field, origin: originOfTrace(trace, objectLocation, sources) };
    // "most specific last": a later trace of the same field replaces an earlier one.
    if (existing >= 0) traced[existing] = entry;
    else traced.push(entry);
  }
  return traced;
}

function originOfTrace(trace: FieldTrace, objectLocation: Location | undefined, sources: SourceMap | undefined): Origin {
  if ("default" in trace) return { kind: "default", reason: trace.default, via: "own", ...(objectLocation ? { location: objectLocation } : {}) };
  const location = trace.location ?? sources?.locate(trace.source);
  return { kind: "compose", path: trace.source, via: "own", ...(location ? { location } : {}) };
}
