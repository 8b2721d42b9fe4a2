import type { Path } from "../diagnostics/types.js";
import type { FieldTrace, Manifest } from "../model/manifest.js";
import { samePath } from "./trace-index.js";
import { fileInTraceOrder, type FieldNode } from "./trace-lookups.js";

/** A key path's node in the tree of the paths asked: the records filed under it, and the longer paths below it. */
interface KeyNode {
  records?: unknown[];
  children?: Map<string | number, KeyNode>;
}

/**
 * The report's fields of each Compose key: what the trace index's fieldsFrom(key) answers for the keys
 * asked (tests/views/migration-report-fields.test.ts holds them equal), as one record each. The index
 * made a traced-field record, an origin and a tree node of every trace of every manifest and kept them
 * all until the last key (a quarter of the report's own time, much of it in the garbage collector):
 * here each trace is walked down the tree of the keys asked, and only the fields under a key get a record.
 */
export function keyFields<T>(manifests: readonly Manifest[], keyPaths: Iterable<Path>, record: (manifest: number, field: Path) => T): (path: Path) => T[] {
  const root: KeyNode = {};
  const nodeOf = (path: Path, make: boolean): KeyNode | undefined => {
    let node: KeyNode | undefined = root;
    // By index: a for-of allocates a result object per step until optimized (~9,000 key paths on 1000 services, twice).
    for (let index = 0; index < path.length; index++) {
      const part = path[index]!;
      let child: KeyNode | undefined = node.children?.get(part);
      if (!child && make) (node.children ??= new Map()).set(part, (child = {}));
      if (!(node = child)) return undefined;
    }
    return node;
  };
  for (const path of keyPaths) nodeOf(path, true)!.records ??= [];
  // The records of every key the Compose path lies under, as fieldsFrom files them (a path under two keys is in both).
  const file = (source: Path, manifest: number, field: Path) => {
    let node: KeyNode | undefined = root;
    for (let i = 0; i < source.length && (node = node.children?.get(source[i]!)); i++) node.records?.push(record(manifest, field));
  };
  for (let index = 0; index < manifests.length; index++) {
    for (const trace of tracedInOrder(manifests[index]!)) if ("source" in trace) file(trace.source, index, trace.field);
  }
  return (path) => (nodeOf(path, false)?.records as T[] | undefined) ?? [];
}

/** Few traces (nearly every object) are told apart by comparing their fields; more by a tree of them, as the trace index does. */
const scanLimit = 64;

/**
 * A manifest's traced fields in the trace index's order (rootsOf in trace-index.ts): the object root (its
 * source, field []), then the traces shortest field first, a later trace of a field already traced taking
 * its place. Defaults stay in, since a default may replace a Compose trace of the same field.
 */
function tracedInOrder(manifest: Manifest): FieldTrace[] {
  const traced: FieldTrace[] = [{ field: [], source: manifest.source }];
  const traces = manifest.traces ?? [];
  const sorted = byFieldLength(traces);
  if (traces.length > scanLimit) {
    const tree: FieldNode = { position: 0 };
    for (const trace of sorted) fileInTraceOrder(tree, traced, trace.field, trace);
    return traced;
  }
  for (let index = 0; index < sorted.length; index++) {
    const trace = sorted[index]!;
    // Sorted by length, the fields of this one's length are the last ones filed.
    let at = traced.length - 1;
    while (at >= 0 && traced[at]!.field.length === trace.field.length && !samePath(traced[at]!.field, trace.field)) at--;
    if (at >= 0 && traced[at]!.field.length === trace.field.length) traced[at] = trace;
    else traced.push(trace);
  }
  return traced;
}

/** The traces shortest field first, in their order within a length; half the objects list them so already, and keep their list. */
function byFieldLength(traces: readonly FieldTrace[]): readonly FieldTrace[] {
  for (let index = 1; index < traces.length; index++) {
    if (traces[index]!.field.length < traces[index - 1]!.field.length) return [...traces].sort((a, b) => a.field.length - b.field.length);
  }
  return traces;
}
