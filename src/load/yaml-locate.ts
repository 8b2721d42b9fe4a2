import { EVENT_ID, type Event } from "js-yaml";
import type { Location, Path } from "../diagnostics/types.js";
import { FileText } from "./line-starts.js";
import { isMergeKey, sameKey, scalarKey, scalarStart } from "./yaml-scalars.js";

/** The deepest prefix of a path that exists in one file, and where it was written. */
export type Found = { location: Location; depth: number };

/** Where paths of one parsed file were written (YamlLocator from js-yaml's events, SpotsLocator from yaml-fast.ts). */
export interface Locator {
  find(path: Path): Found;
  /** 1-based line and column of an offset; the file's start for -1. */
  location(offset: number): Location;
}

/** A key written in a mapping: the index of its event and of its value's. */
type Entry = { key: number; value: number };
/** Keys of one mapping by name, and its merge sources. */
type MapIndex = { keys: Map<string, Entry>; merges: number[] };
/** Mappings spanning more events than this get an index; smaller ones are scanned. */
const indexedSpan = 128;

/** Merge keys ("<<: *defaults") may chain; more hops than this is a cycle. */
const maxMergeHops = 32;

/**
 * Finds where a path of the parsed value was written, by walking the parser's events. Nothing is
 * indexed up front: a mapping's keys are indexed when it is first searched, and `links` (from
 * scanEvents) lets the walk step over a whole node at once. In a mapping the location is that of
 * the KEY (`ports:`), in a sequence that of the item. Aliases are followed to their anchor, and keys
 * brought in by a merge key (`<<: *defaults`) are found where the anchor wrote them.
 */
export class YamlLocator extends FileText implements Locator {
  private readonly maps = new Map<number, MapIndex>();
  private readonly sequences = new Map<number, number[]>();

  constructor(
    private readonly events: readonly Event[],
    /** From scanEvents over the same events, which must have found them "ok". */
    private readonly links: Int32Array,
    text: string,
    file: string,
  ) {
    super(text, file);
  }

  find(path: Path): Found {
    // events[0] opens the first document, events[1] is its top node.
    let node = this.events[0]?.type === EVENT_ID.DOCUMENT && this.events.length > 2 ? 1 : -1;
    let offset = node < 0 ? -1 : this.start(node);
    let depth = 0;
    for (const segment of path) {
      node = this.resolve(node);
      const event = this.events[node];
      let at = -1;
      let next = -1;
      if (event?.type === EVENT_ID.MAPPING) {
        const entry = this.findKey(node, String(segment), 0);
        if (entry) [at, next] = [this.start(entry.key), entry.value];
      } else if (event?.type === EVENT_ID.SEQUENCE && typeof segment === "number") {
        next = this.items(node)[segment] ?? -1;
        if (next >= 0) at = this.start(next);
      }
      if (at < 0) break;
      offset = at;
      node = next;
      depth++;
    }
    return { location: this.location(offset), depth };
  }

  /** An alias's anchored node (-1 if unknown); any other node itself. */
  private resolve(node: number): number {
    return this.events[node]?.type === EVENT_ID.ALIAS ? (this.links[node] ?? -1) : node;
  }

  /** The event after a node and everything inside it. */
  private after(node: number): number {
    const type = this.events[node]?.type;
    return type === EVENT_ID.MAPPING || type === EVENT_ID.SEQUENCE ? (this.links[node] ?? node) + 1 : node + 1;
  }

  /** Explicit keys win over merged ones; among merged maps the first listed wins, as in YAML 1.1. */
  private findKey(map: number, key: string, hops: number): Entry | undefined {
    const { entry, merges } = this.lookUp(map, key);
    if (entry || hops >= maxMergeHops) return entry;
    for (const source of merges.map((merge) => this.resolve(merge))) {
      const sources = this.events[source]?.type === EVENT_ID.SEQUENCE ? this.items(source).map((item) => this.resolve(item)) : [source];
      for (const candidate of sources) {
        if (this.events[candidate]?.type !== EVENT_ID.MAPPING) continue;
        const found = this.findKey(candidate, key, hops + 1);
        if (found) return found;
      }
    }
    return undefined;
  }

  /**
   * A key written in the mapping itself, and its merge sources. Small mappings (a service, its
   * deploy:) are scanned in place; large ones (services:) get an index on their first search.
   */
  private lookUp(map: number, key: string): { entry: Entry | undefined; merges: readonly number[] } {
    const end = this.links[map] ?? map;
    if (end - map > indexedSpan) {
      const index = this.mapIndex(map, end);
      return { entry: index.keys.get(key), merges: index.merges };
    }
    const merges: number[] = [];
    for (let at = map + 1; at < end; ) {
      const value = this.after(at);
      const event = this.events[at];
      if (event?.type === EVENT_ID.SCALAR) {
        if (isMergeKey(event, this.text)) merges.push(value);
        else if (sameKey(event, key, this.text, this.events[0])) return { entry: { key: at, value }, merges };
      }
      at = this.after(value);
    }
    return { entry: undefined, merges };
  }

  private mapIndex(map: number, end: number): MapIndex {
    let index = this.maps.get(map);
    if (index) return index;
    index = { keys: new Map(), merges: [] };
    for (let at = map + 1; at < end; ) {
      const value = this.after(at);
      const event = this.events[at];
      if (event?.type === EVENT_ID.SCALAR) {
        const name = isMergeKey(event, this.text) ? undefined : scalarKey(event, this.text, this.events[0]);
        if (name === undefined) index.merges.push(value);
        // A repeated key is an error reported by the constructor; the first is kept.
        else if (!index.keys.has(name)) index.keys.set(name, { key: at, value });
      }
      at = this.after(value);
    }
    this.maps.set(map, index);
    return index;
  }

  private items(sequence: number): number[] {
    let items = this.sequences.get(sequence);
    if (items) return items;
    items = [];
    const end = this.links[sequence] ?? sequence;
    for (let item = sequence + 1; item < end; item = this.after(item)) items.push(item);
    this.sequences.set(sequence, items);
    return items;
  }

  /** Where a node was written: a collection's start, an alias's "*", a scalar's quote or indicator. */
  private start(node: number): number {
    const event = this.events[node];
    switch (event?.type) {
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        return event.start;
      case EVENT_ID.ALIAS:
        // The offsets are those of the name.
        return event.anchorStart - 1;
      case EVENT_ID.SCALAR:
        return scalarStart(event, this.text);
      default:
        return -1;
    }
  }
}
