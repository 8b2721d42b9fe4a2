import type { SideBySide } from "../side-by-side.js";
import { isPrefix } from "../trace-index.js";
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
  // Blocks by path, so each node finds its definition by lookup (the first block that is a prefix of its source).
  const blocks = new Map<string, SideBySide["blocks"][number]>();
  for (const block of view.blocks) if (!blocks.has(JSON.stringify(block.path))) blocks.set(JSON.stringify(block.path), block);
  const blockOf = (source: readonly (string | number)[]) => {
    for (let length = 1; length <= source.length; length++) {
      const block = blocks.get(JSON.stringify(source.slice(0, length)));
      if (block !== undefined && isPrefix(block.path, [...source])) return block;
    }
    return undefined;
  };
  for (const node of graph.nodes) {
    const block = node.source && node.source.length > 0 ? blockOf(node.source) : undefined;
    const compose = (block?.segments ?? []).flatMap((s): [number, number, number][] => (fileIndex(s.file) >= 0 ? [[fileIndex(s.file), s.start, s.end]] : []));
    const manifests = node.manifest !== undefined ? [node.manifest] : (block?.manifests ?? []);
    links[node.id] = { compose, manifests };
  }
  return links;
}
