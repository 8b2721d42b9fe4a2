import type { Path } from "../diagnostics/types.js";
import { fieldNode } from "./trace-lookups.js";

/** A node of a FieldTrie. */
export interface TrieNode {
  children?: Map<string | number, TrieNode>;
  /** Some manifest traces this field: only such nodes are looked up in a manifest's places. */
  traced?: true;
}

/** How many field arrays a trie remembers the traced nodes along (the bench's lines share 88). */
const alongLimit = 4096;

/** The traced nodes along one field, as of a version of the trie. */
interface Along {
  version: number;
  nodes: TrieNode[];
}

/**
 * The fields that the traces of a list of manifests name, as one tree for all of them (and for every
 * index built over the same list: compare's text builds one per block). Manifests trace the same few
 * dozen fields (1000 services: 44,000 traces, 36 field arrays), where a tree of its own per manifest made
 * 6000 trees of Maps; a manifest keeps only the places of the nodes it traces (trace-index.ts).
 */
export class FieldTrie {
  readonly root: TrieNode = {};
  /** Traces share their field arrays, so a field is mostly found by its array in one look-up. */
  private readonly byArray = new Map<Path, TrieNode>();
  /** Counts the nodes traced so far: a list of traced nodes along a field made before one more is traced may miss it. */
  version = 0;
  /**
   * The traced nodes along the fields asked for, by the field's array; current while their version is the
   * trie's. Read directly by the trace index's originOf, asked once per emitted line in code mostly not yet
   * optimized, where a call costs as much as the look-up. Filled up to `alongLimit` arrays and then only
   * refreshed: the arrays the emitted lines share are asked first, and the fields a view slices for one
   * question (compare's groups: tens of thousands) are never asked again, so remembering them cost more
   * than it saved.
   */
  readonly along = new Map<Path, Along>();

  nodeOf(field: Path): TrieNode {
    let node = this.byArray.get(field);
    if (!node) this.byArray.set(field, (node = fieldNode(this.root, field)));
    return node;
  }

  /** Marks a node as traced by some manifest. */
  trace(node: TrieNode): void {
    if (node.traced) return;
    node.traced = true;
    this.version++;
  }

  /**
   * The traced nodes along `field`, shortest first: those the trace index's rootOf and originOf look up in
   * a manifest's places. They are asked once per emitted line (125,000 on 1000 services), of fields whose
   * arrays the lines share (part-tree.ts: 88 on 1000 services), so walking the trie one Map look-up per part
   * of every line's field becomes one look-up by the array while no new field is traced.
   */
  tracedAlong(field: Path): readonly TrieNode[] {
    const along = this.along.get(field);
    if (along?.version === this.version) return along.nodes;
    const nodes: TrieNode[] = [];
    let node: TrieNode | undefined = this.root;
    for (let index = 0; index < field.length; index++) {
      node = node.children?.get(field[index]!);
      if (!node) break;
      if (node.traced) nodes.push(node);
    }
    if (along) {
      along.version = this.version;
      along.nodes = nodes;
    } else if (this.along.size < alongLimit) this.along.set(field, { version: this.version, nodes });
    return nodes;
  }
}
