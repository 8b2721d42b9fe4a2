/** What clicking a node of the picture highlights: Compose line ranges [file, start, end] and whole manifests. */
export interface GraphNodeLinks {
  compose: [number, number, number][];
  manifests: number[];
}

/**
 * The links of every node as the HTML page embeds them: each definition's once (a service, its objects
 * and their ReplicaSets and Pods come from one), and per node its definition and its own manifest. 1000
 * services are 9000 nodes, whose links written out per node were 0.67 MB of the page.
 */
export interface GraphLinkTable {
  /** Per definition: its Compose line ranges and the manifests made from it; entry 0 is "none" (no ranges, no manifests). */
  definitions: GraphNodeLinks[];
  /** NODE_LINKS.size numbers per node of the graph, in graph order: its definition and its manifest (-1 for none). */
  nodes: number[];
}

/** The positions of a node's numbers in GraphLinkTable.nodes. */
export const NODE_LINKS = { definition: 0, manifest: 1, size: 2 } as const;

/** The links of node `node` (its index in the graph): its own manifest if it has one, else its definition's. */
export function nodeLinks(table: GraphLinkTable, node: number): GraphNodeLinks | undefined {
  const definition = table.definitions[table.nodes[node * NODE_LINKS.size + NODE_LINKS.definition] ?? -1];
  const manifest = table.nodes[node * NODE_LINKS.size + NODE_LINKS.manifest] ?? -1;
  if (!definition) return undefined;
  return { compose: definition.compose, manifests: manifest >= 0 ? [manifest] : definition.manifests };
}
