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
  for (const node of graph.nodes) {
    const block = node.source && node.source.length > 0 ? view.blocks.find((b) => node.source !== undefined && isPrefix(b.path, node.source)) : undefined;
    const compose = (block?.segments ?? []).flatMap((s): [number, number, number][] => (fileIndex(s.file) >= 0 ? [[fileIndex(s.file), s.start, s.end]] : []));
    const manifests = node.manifest !== undefined ? [node.manifest] : (block?.manifests ?? []);
    links[node.id] = { compose, manifests };
  }
  return links;
}
