import type { Path } from "../diagnostics/types.js";
import { FileText } from "./line-starts.js";
import type { Found, Locator } from "./yaml-locate.js";

/** Mappings with more keys than this get a Map on their first search; smaller ones are scanned. */
const indexedKeys = 16;

/**
 * Where the entries of every collection of one file were written, as yaml-fast.ts records them while it
 * reads: for a mapping the offset of each KEY (`ports:`), for a sequence that of each item (-1 for an
 * empty item, which js-yaml's events do not place either), and the collection below each entry, if any.
 *
 * Flat, in typed arrays for the whole file, rather than one object with three arrays per collection: a
 * 20,000-line file has ~11,000 collections, most of one to three entries, and arrays grown by push() keep
 * 17 slots each. Those 3.7 MB were all alive through the read, so every scavenge copied them.
 *
 * A collection is numbered when it ends. Its entries are stored together, from its first on, so while it
 * is read they wait on a stack (`add` pushes, `close` moves them out): the entries of the collections
 * inside it end, and are stored, first.
 */
export class SpotTable {
  /** The collection the file is; set by the reader once it ends. */
  root = -1;
  private collections = 0;
  /** Per collection: where it starts (its first key or "-", its "[" or "{"), its first entry, how many it has, whether a mapping. */
  private starts: Int32Array;
  private firsts: Int32Array;
  private counts: Int32Array;
  private mappings: Uint8Array;
  private entries = 0;
  /** Per entry: where it was written, the collection below it (-1 for none), its key (undefined in a sequence). */
  private offsets: Int32Array;
  private kids: Int32Array;
  private readonly keys: (string | undefined)[];
  /** Entries of the collections still being read, innermost last. */
  private readonly pendingKeys: (string | undefined)[] = [];
  private readonly pendingOffsets: number[] = [];
  private readonly pendingKids: number[] = [];
  private pending = 0;
  /** Keys of the large mappings searched so far, by collection. */
  private readonly indexes = new Map<number, Map<string, number>>();

  /**
   * Guesses at the numbers of entries and collections, for arrays that rarely grow: growing in the
   * middle of a read runs code TurboFan compiled without it, and throws that code away.
   */
  constructor(entries: number, collections: number) {
    entries = Math.max(16, entries);
    collections = Math.max(16, collections);
    this.offsets = new Int32Array(entries);
    this.kids = new Int32Array(entries);
    // As long as the guess too: grown by assignment, it would be copied at every half again as long, and
    // end with up to half its slots empty (68,000 for 27,000 keys), kept with the file's places to the end.
    this.keys = new Array(entries);
    this.starts = new Int32Array(collections);
    this.firsts = new Int32Array(collections);
    this.counts = new Int32Array(collections);
    this.mappings = new Uint8Array(collections);
  }

  /** Where the entries of a collection that starts now begin on the stack: pass it to `close`. */
  mark(): number {
    return this.pending;
  }

  /** An entry of the innermost collection being read: a key and where it was written, or an item; `kid` is a closed collection, -1 for none. */
  add(key: string | undefined, at: number, kid: number): void {
    const top = this.pending++;
    this.pendingKeys[top] = key;
    this.pendingOffsets[top] = at;
    this.pendingKids[top] = kid;
  }

  /** Ends the collection whose entries were added since `mark`; returns its number. */
  close(mark: number, start: number, mapping: boolean): number {
    const count = this.pending - mark;
    if (this.entries + count > this.offsets.length) this.growEntries(this.entries + count);
    if (this.collections === this.starts.length) this.growCollections();
    const first = this.entries;
    const { keys, offsets, kids, pendingKeys, pendingOffsets, pendingKids } = this;
    for (let from = mark, to = first; from < this.pending; from++, to++) {
      keys[to] = pendingKeys[from];
      offsets[to] = pendingOffsets[from] as number;
      kids[to] = pendingKids[from] as number;
    }
    this.entries += count;
    this.pending = mark;
    const id = this.collections++;
    this.starts[id] = start;
    this.firsts[id] = first;
    this.counts[id] = count;
    this.mappings[id] = mapping ? 1 : 0;
    return id;
  }

  /** Where a collection starts. */
  start(collection: number): number {
    return this.starts[collection] as number;
  }

  /** Where an entry was written (-1 for an empty item). */
  offset(entry: number): number {
    return this.offsets[entry] as number;
  }

  /** The collection below an entry, -1 for none. */
  kid(entry: number): number {
    return this.kids[entry] as number;
  }

  /** The entry of a collection a path segment names, -1 for none: keys by their text, items by their index. */
  entry(collection: number, segment: string | number): number {
    const first = this.firsts[collection] as number;
    const count = this.counts[collection] as number;
    if (this.mappings[collection] === 0) return typeof segment === "number" && Number.isInteger(segment) && segment >= 0 && segment < count ? first + segment : -1;
    const name = String(segment);
    if (count <= indexedKeys) {
      for (let entry = first; entry < first + count; entry++) if (this.keys[entry] === name) return entry;
      return -1;
    }
    let index = this.indexes.get(collection);
    if (!index) {
      index = new Map();
      for (let entry = first; entry < first + count; entry++) index.set(this.keys[entry] as string, entry);
      this.indexes.set(collection, index);
    }
    return index.get(name) ?? -1;
  }

  private growEntries(needed: number): void {
    const size = Math.max(needed, this.offsets.length * 2);
    this.offsets = grown(this.offsets, new Int32Array(size));
    this.kids = grown(this.kids, new Int32Array(size));
  }

  private growCollections(): void {
    const size = this.starts.length * 2;
    this.starts = grown(this.starts, new Int32Array(size));
    this.firsts = grown(this.firsts, new Int32Array(size));
    this.counts = grown(this.counts, new Int32Array(size));
    this.mappings = grown(this.mappings, new Uint8Array(size));
  }
}

function grown<T extends Int32Array | Uint8Array>(old: T, larger: T): T {
  larger.set(old);
  return larger;
}

/** Finds paths in a file yaml-fast.ts read, with the same answers YamlLocator gives from js-yaml's events. */
export class SpotsLocator extends FileText implements Locator {
  constructor(
    private readonly table: SpotTable,
    text: string,
    file: string,
  ) {
    super(text, file);
  }

  find(path: Path): Found {
    const table = this.table;
    let node = table.root;
    let offset = table.start(node);
    let depth = 0;
    // By index: a for-of allocates a result object per step until this is optimized.
    for (let index = 0; index < path.length; index++) {
      const segment = path[index]!;
      const entry = node >= 0 ? table.entry(node, segment) : -1;
      const at = entry >= 0 ? table.offset(entry) : -1;
      if (at < 0) break;
      offset = at;
      node = table.kid(entry);
      depth++;
    }
    return { location: this.location(offset), depth };
  }
}
