import type { Block, SideBySide } from "../side-by-side.js";
import { PartTree, type PartNode } from "../../model/part-tree.js";
import type { AppGraph } from "./app-graph.js";
import { NODE_LINKS, nodeLinks, type GraphLinkTable, type GraphNodeLinks } from "./node-links.js";

export type { GraphNodeLinks };

/**
 * For each node, the lines it stands for: a service its definition and every object made from it; an
 * object (or the ReplicaSet and Pods of a workload) its manifest and the definition it came from.
 */
export function graphLinks(graph: AppGraph, view: SideBySide, fileIndex: (file: string) => number): Record<string, GraphNodeLinks> {
  const table = graphLinkTable(graph, view, fileIndex);
  const links: Record<string, GraphNodeLinks> = {};
  graph.nodes.forEach((node, i) => (links[node.id] = nodeLinks(table, i)!));
  return links;
}

/** graphLinks as the page embeds them: each definition's links once, and two numbers per node (node-links.ts). */
export function graphLinkTable(graph: AppGraph, view: SideBySide, fileIndex: (file: string) => number): GraphLinkTable {
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
  const definitions: GraphNodeLinks[] = [{ compose: [], manifests: [] }];
  const definitionOf = new Map<Block, number>();
  // Written in order from empty, so packed: JSON.stringify writes a holey array (new Array(n)) element by element through its slow path.
  const nodes: number[] = [];
  graph.nodes.forEach((node, i) => {
    const block = node.source && node.source.length > 0 ? blockOf(node.source) : undefined;
    let definition = block === undefined ? 0 : definitionOf.get(block);
    if (definition === undefined) {
      const compose = block!.segments.flatMap((s): [number, number, number][] => (fileIndex(s.file) >= 0 ? [[fileIndex(s.file), s.start, s.end]] : []));
      definitionOf.set(block!, (definition = definitions.push({ compose, manifests: block!.manifests }) - 1));
    }
    nodes[i * NODE_LINKS.size + NODE_LINKS.definition] = definition;
    nodes[i * NODE_LINKS.size + NODE_LINKS.manifest] = node.manifest ?? -1;
  });
  return { definitions, nodes };
}
