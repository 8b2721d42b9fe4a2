import type { Path } from "../diagnostics/types.js";
import { FileText } from "./line-starts.js";
import type { Found, Locator } from "./yaml-locate.js";

/** Mappings with more keys than this get a Map on their first search; smaller ones are scanned. */
const indexedKeys = 16;

/**
 * Where the entries of one collection were written, as yaml-fast.ts records them while it reads: for a
 * mapping the offset of each KEY (`ports:`), for a sequence that of each item (-1 for an empty item,
 * which js-yaml's events do not place either), and the collection below each entry, if any.
 */
export class Spots {
  readonly at: number[] = [];
  /** Created with the first entry that holds a collection: most mappings of a Compose file hold scalars only. */
  kids: (Spots | undefined)[] | undefined;
  private index: Map<string, number> | undefined;

  constructor(
    /** Where the collection starts: its first key or "-" (block), its "[" or "{" (flow). */
    readonly start: number,
    /** The keys of a mapping in written order; undefined for a sequence. */
    readonly keys: string[] | undefined,
  ) {}

  add(key: string | undefined, at: number, kid: Spots | undefined): void {
    if (key !== undefined) this.keys?.push(key);
    if (kid) (this.kids ??= [])[this.at.length] = kid;
    this.at.push(at);
  }

  /** The entry a path segment names, -1 for none: keys by their text, items by their index. */
  entry(segment: string | number): number {
    const keys = this.keys;
    if (!keys) return typeof segment === "number" && Number.isInteger(segment) && segment >= 0 && segment < this.at.length ? segment : -1;
    const name = String(segment);
    if (keys.length <= indexedKeys) return keys.indexOf(name);
    if (!this.index) {
      this.index = new Map();
      for (const [index, key] of keys.entries()) this.index.set(key, index);
    }
    return this.index.get(name) ?? -1;
  }
}

/** Finds paths in a file yaml-fast.ts read, with the same answers YamlLocator gives from js-yaml's events. */
export class SpotsLocator extends FileText implements Locator {
  constructor(
    private readonly root: Spots,
    text: string,
    file: string,
  ) {
    super(text, file);
  }

  find(path: Path): Found {
    let node: Spots | undefined = this.root;
    let offset = node.start;
    let depth = 0;
    for (const segment of path) {
      const index: number = node ? node.entry(segment) : -1;
      const at = node && index >= 0 ? (node.at[index] ?? -1) : -1;
      if (at < 0) break;
      offset = at;
      node = node?.kids?.[index];
      depth++;
    }
    return { location: this.location(offset), depth };
  }
}
