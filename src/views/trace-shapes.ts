import type { Path } from "../diagnostics/types.js";
import type { FieldTrace } from "../model/manifest.js";
import type { FieldTrie, TrieNode } from "./field-trie.js";

/**
 * How a manifest's traces are filed into its list of traced fields (trace-index.ts rootsOf), which
 * depends only on their field arrays: the order to file them in (shortest field first, otherwise as
 * given), the place each one takes in the list (the object root is place 0; a field traced again keeps
 * its place and takes the later trace, "most specific last"), and the place of each traced trie node.
 */
export interface TraceShape {
  /** Indexes into the traces, in the order they are filed. */
  order: readonly number[];
  /** Per entry of `order`, its place in the list; places are first taken in increasing order. */
  places: readonly number[];
  /** Trie node → place, shared by every manifest of this shape: read only. */
  nodes: ReadonlyMap<TrieNode, number>;
  /**
   * The place of the longest traced prefix of each field array asked (the trace index's originOf fills it):
   * it depends only on the shape's nodes, all traced when the shape is made, and on the field's parts, so
   * the manifests of one shape (1000 services: 6000 manifests, 7 shapes) find a line's place in one look-up
   * instead of one per traced node along its field.
   */
  placeOf: Map<Path, number>;
}

/** A step of the shapes' tree: the next trace's field array, or the shape of traces that end here. */
interface ShapeNode {
  next?: Map<Path, ShapeNode>;
  shape?: TraceShape;
}

/**
 * The shapes of the trace lists of a FieldTrie's manifests, by the identity of each trace's field array.
 * Convert shares field arrays (1000 services: 44,000 traces of 36 arrays) and its 6000 manifests have 7
 * shapes, so the trace index finds a manifest's filing in one look-up per trace, where it sorted the
 * traces and filed each in a Map of its own (6000 Maps, two look-ups per trace).
 */
export class TraceShapes {
  private readonly root: ShapeNode = {};

  constructor(readonly fields: FieldTrie) {}

  of(traces: readonly FieldTrace[]): TraceShape {
    let node = this.root;
    for (let t = 0; t < traces.length; t++) {
      const field = traces[t]!.field;
      let next = node.next?.get(field);
      if (!next) (node.next ??= new Map()).set(field, (next = {}));
      node = next;
    }
    return (node.shape ??= this.shapeOf(traces));
  }

  private shapeOf(traces: readonly FieldTrace[]): TraceShape {
    const order = shortestFirst(traces);
    const nodes = new Map<TrieNode, number>([[this.fields.root, 0]]);
    const places = new Array<number>(order.length);
    for (let i = 0; i < order.length; i++) {
      const node = this.fields.nodeOf(traces[order[i]!]!.field);
      this.fields.trace(node);
      let place = nodes.get(node);
      if (place === undefined) nodes.set(node, (place = nodes.size));
      places[i] = place;
    }
    return { order, places, nodes, placeOf: new Map() };
  }
}

/** The traces' indexes, shortest field first, otherwise in their order (a stable sort). */
function shortestFirst(traces: readonly FieldTrace[]): number[] {
  const order = new Array<number>(traces.length);
  let sorted = true;
  for (let index = 0; index < traces.length; index++) {
    order[index] = index;
    if (index > 0 && traces[index]!.field.length < traces[index - 1]!.field.length) sorted = false;
  }
  // Most come so already (a shape of its own per manifest is sorted for that one manifest).
  return sorted ? order : order.sort((a, b) => traces[a]!.field.length - traces[b]!.field.length || a - b);
}
