import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from "yaml";
import type { Location, Path } from "../diagnostics/types.js";

/** The deepest prefix of a path that exists in one file, and where it was written. */
export type Found = { location: Location; depth: number };

/** Merge keys ("<<: *defaults") may chain; more hops than this is a cycle. */
const maxMergeHops = 32;

/**
 * Walks one parsed document along `path`, lazily: nothing is indexed up front, so a 1000-service file
 * costs only the scan of the mappings on the way. In a mapping the location is that of the KEY
 * (`ports:`), in a sequence that of the item. Aliases are followed to their anchor, and keys brought in
 * by a merge key (`<<: *defaults`) are found where the anchor wrote them.
 */
export class YamlLocator {
  private anchors: Map<string, Node[]> | undefined;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly lineCounter: LineCounter,
    private readonly file: string,
  ) {}

  find(path: Path): Found {
    let current: unknown = this.doc.contents;
    let location = this.at(current) ?? { file: this.file, line: 1, column: 1 };
    let depth = 0;
    for (const segment of path) {
      const node = this.resolve(current);
      let next: { at: unknown; value: unknown } | undefined;
      if (isMap(node)) {
        const pair = this.findPair(node.items, String(segment), 0);
        if (pair) next = { at: pair.key ?? pair.value, value: pair.value };
      } else if (isSeq(node) && typeof segment === "number") {
        const item: unknown = node.items[segment];
        if (item !== undefined) next = { at: item, value: item };
      }
      const nextLocation = next && this.at(next.at);
      if (!next || !nextLocation) break;
      location = nextLocation;
      current = next.value;
      depth++;
    }
    return { location, depth };
  }

  /** Explicit keys win over merged ones; among merged maps the first listed wins, as in YAML 1.1. */
  private findPair(items: readonly Pair<unknown, unknown>[], key: string, hops: number): Pair<unknown, unknown> | undefined {
    const merges: unknown[] = [];
    for (const pair of items) {
      const pairKey = pair.key;
      if (isScalar(pairKey) && isMergeKey(pairKey.value)) merges.push(pair.value);
      else if (isScalar(pairKey) ? String(pairKey.value) === key : false) return pair;
    }
    if (hops >= maxMergeHops) return undefined;
    for (const merge of merges) {
      const source = this.resolve(merge);
      const sources = isSeq(source) ? source.items.map((item) => this.resolve(item)) : [source];
      for (const map of sources) {
        if (!isMap(map)) continue;
        const pair = this.findPair(map.items, key, hops + 1);
        if (pair) return pair;
      }
    }
    return undefined;
  }

  /** Follows an alias to the last node anchored with its name before it, as YAML defines. */
  private resolve(node: unknown): unknown {
    if (!isAlias(node)) return node;
    const offset = node.range?.[0] ?? Number.MAX_SAFE_INTEGER;
    const candidates = this.anchorIndex().get(node.source) ?? [];
    let found: Node | undefined;
    for (const candidate of candidates) {
      if ((candidate.range?.[0] ?? 0) < offset) found = candidate;
    }
    return found;
  }

  /** Built on the first alias only: most lookups never need it. */
  private anchorIndex(): Map<string, Node[]> {
    if (this.anchors) return this.anchors;
    const anchors = new Map<string, Node[]>();
    const pending: unknown[] = [this.doc.contents];
    while (pending.length > 0) {
      const node = pending.pop();
      if (isScalar(node) || isMap(node) || isSeq(node)) {
        if (node.anchor) anchors.set(node.anchor, [...(anchors.get(node.anchor) ?? []), node]);
      }
      if (isMap(node)) for (const pair of node.items) pending.push(pair.key, pair.value);
      if (isSeq(node)) pending.push(...node.items);
    }
    for (const list of anchors.values()) list.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
    this.anchors = anchors;
    return anchors;
  }

  private at(node: unknown): Location | undefined {
    if (!isAlias(node) && !isScalar(node) && !isMap(node) && !isSeq(node)) return undefined;
    const offset = node.range?.[0];
    if (offset === undefined) return undefined;
    const { line, col } = this.lineCounter.linePos(offset);
    return { file: this.file, line, column: col };
  }
}

/** With `merge: true` the parser gives "<<" keys a symbol value; a plain "<<" string is accepted too. */
function isMergeKey(value: unknown): boolean {
  return value === "<<" || (typeof value === "symbol" && value.description === "<<");
}
