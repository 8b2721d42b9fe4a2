import type { Block, SideBySide } from "../side-by-side.js";
import { PartTree, type PartNode } from "../../model/part-tree.js";
import type { AppGraph } from "./app-graph.js";

/** What clicking a node of the picture highlights: Compose line ranges [file, start, end] and whole manifests. */
export interface GraphNodeLinks {
  compose: [number, number, number][];
  manifests: number[];
}

/**
 * For each node, the lines it stands for: a service its definition and every object made from it; an
 * object (or the ReplicaSet and Pods of a workload) its manifest and the definition it came from.
 */
export function graphLinks(graph: AppGraph, view: SideBySide, fileIndex: (file: string) => number): Record<string, GraphNodeLinks> {
  const links: Record<string, GraphNodeLinks> = {};
  // Blocks by path in a tree of parts, so each node finds its definition (the first block whose path is a
  // prefix of its source) by walking its source: a JSON key per prefix per node was most of this.
  const blocks = new PartTree<Block>();
  for (const block of view.blocks) blocks.at(block.path).value ??= block;
  const blockOf = (source: readonly (string | number)[]): Block | undefined => {
    let node: PartNode<Block> | undefined = blocks.root;
    for (const part of source) {
      node = node.next?.get(part);
      if (node === undefined) return undefined;
      if (node.value !== undefined) return node.value;
    }
    return undefined;
  };
  // The nodes of one definition (a service, its objects, their ReplicaSets and Pods) share its line ranges.
  const composeOf = new Map<Block | undefined, [number, number, number][]>();
  for (const node of graph.nodes) {
    const block = node.source && node.source.length > 0 ? blockOf(node.source) : undefined;
    let compose = composeOf.get(block);
    if (compose === undefined) {
      compose = (block?.segments ?? []).flatMap((s): [number, number, number][] => (fileIndex(s.file) >= 0 ? [[fileIndex(s.file), s.start, s.end]] : []));
      composeOf.set(block, compose);
    }
    const manifests = node.manifest !== undefined ? [node.manifest] : (block?.manifests ?? []);
    links[node.id] = { compose, manifests };
  }
  return links;
}
