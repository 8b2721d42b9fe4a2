import type { AppGraph, EdgeKind, GraphEdge, GraphNode } from "../graph/app-graph.js";

/*
 * The picture of the app as the HTML page embeds it: what graph/layout.ts and graph/svg.ts read of the
 * AppGraph, and no more. The page's script lays it out and draws it (report-page/graph.ts), with the same
 * code as the playground and renderGraphSvg, so the picture is the one kubepose drew before; 1000 services
 * are 9000 nodes, which embedded as SVG markup were 6 MB of the page, and as this ~0.6 MB.
 */
export interface PagePicture {
  /** [id, side (0 Compose, 1 Kubernetes), kind, label, derived (0 or 1)] per node, in graph order. */
  nodes: [id: string, side: 0 | 1, kind: string, label: string, derived: 0 | 1][];
  /** [from, to (indexes into nodes: the first node of that id), kind, label?] per edge, in graph order. */
  edges: ([from: number, to: number, kind: EdgeKind] | [from: number, to: number, kind: EdgeKind, label: string])[];
}

/** The page's form of a graph (kubepose side). */
export function pictureOf(graph: AppGraph): PagePicture {
  const indexOf = new Map<string, number>();
  const nodes = graph.nodes.map((node, i): PagePicture["nodes"][number] => {
    if (!indexOf.has(node.id)) indexOf.set(node.id, i);
    return [node.id, node.side === "compose" ? 0 : 1, node.kind, node.label, node.derived ? 1 : 0];
  });
  // An edge names its ends by id; an id no node has (none today) would have no index, so it is kept as -1.
  const at = (id: string): number => indexOf.get(id) ?? -1;
  const edges = graph.edges.map((edge): PagePicture["edges"][number] =>
    edge.label === undefined ? [at(edge.from), at(edge.to), edge.kind] : [at(edge.from), at(edge.to), edge.kind, edge.label],
  );
  return { nodes, edges };
}

/** The graph again, with what the layout and the drawing read (the page's side). */
export function graphOfPicture(picture: PagePicture): AppGraph {
  const nodes = picture.nodes.map(([id, side, kind, label, derived]): GraphNode => ({ id, side: side === 0 ? "compose" : "kubernetes", kind, label, ...(derived ? { derived: true } : {}) }));
  const idAt = (index: number): string => nodes[index]?.id ?? "";
  const edges = picture.edges.map(([from, to, kind, label]): GraphEdge => ({ from: idAt(from), to: idAt(to), kind, ...(label === undefined ? {} : { label }) }));
  return { nodes, edges };
}
