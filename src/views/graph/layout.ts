import type { AppGraph, GraphEdge, GraphNode, GraphSide } from "./app-graph.js";

/*
 * A simple, deterministic layered layout, left to right: each node's column is the longest path that
 * reaches it (edges that close a cycle are ignored), nodes in a column are ordered by the mean row of
 * their predecessors, then by graph order. No randomness, no measuring: text width is estimated per
 * character, so the same project always gives the same picture.
 */

export interface PlacedNode {
  node: GraphNode;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Panel {
  side: GraphSide;
  width: number;
  height: number;
  nodes: PlacedNode[];
  /** Edges between nodes of this panel. */
  edges: GraphEdge[];
}

export const NODE_HEIGHT = 38;
const ROW_GAP = 14;
const COLUMN_GAP = 70;
const MARGIN = 12;
/** Width of a character of the 12px sans-serif label, estimated. */
const CHAR_WIDTH = 7.4;

export const nodeWidth = (node: GraphNode): number => Math.max(90, Math.ceil(Math.max(node.label.length, node.kind.length) * CHAR_WIDTH) + 20);

/** `minWidth`: room for the panel's title. */
export function layoutPanel(graph: AppGraph, side: GraphSide, minWidth = 0): Panel {
  const nodes = graph.nodes.filter((n) => n.side === side);
  const ids = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => ids.has(e.from) && ids.has(e.to) && e.from !== e.to);
  const { incoming, outgoing } = adjacency(edges);
  const columns = columnsOf(nodes, edges, incoming, outgoing);

  const byColumn: GraphNode[][] = [];
  for (const node of nodes) (byColumn[columns.get(node.id) ?? 0] ??= []).push(node);
  const row = new Map<string, number>();
  const order = new Map(nodes.map((n, i) => [n.id, i]));
  const mean = (values: number[]): number | undefined => (values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : undefined);
  // Two sweeps: a node sits at the mean row of its predecessors; a node without any (a Service) at the
  // mean row of its successors, so it lands beside what it points at. Ties keep graph order.
  for (let sweep = 0; sweep < 2; sweep += 1) {
    byColumn.forEach((column) => {
      const weight = (node: GraphNode): number => {
        const before = mean((incoming.get(node.id) ?? []).filter((e) => row.has(e.from)).map((e) => row.get(e.from) ?? 0));
        const after = sweep > 0 ? mean((outgoing.get(node.id) ?? []).filter((e) => row.has(e.to)).map((e) => row.get(e.to) ?? 0)) : undefined;
        return before ?? (after !== undefined ? after - 0.5 : (order.get(node.id) ?? 0));
      };
      const weights = new Map(column.map((node) => [node.id, weight(node)]));
      column.sort((a, b) => (weights.get(a.id) ?? 0) - (weights.get(b.id) ?? 0) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
      column.forEach((node, r) => row.set(node.id, r));
    });
  }

  const placed: PlacedNode[] = [];
  let x = MARGIN;
  let height = 0;
  for (const column of byColumn) {
    if (!column) continue;
    const width = Math.max(...column.map(nodeWidth));
    column.forEach((node, r) => placed.push({ node, x, y: MARGIN + r * (NODE_HEIGHT + ROW_GAP), width, height: NODE_HEIGHT }));
    height = Math.max(height, MARGIN * 2 + column.length * (NODE_HEIGHT + ROW_GAP) - ROW_GAP);
    x += width + COLUMN_GAP;
  }
  placed.sort((a, b) => (order.get(a.node.id) ?? 0) - (order.get(b.node.id) ?? 0));
  return { side, width: Math.max(x - COLUMN_GAP + MARGIN, 2 * MARGIN, minWidth), height: Math.max(height, 2 * MARGIN), nodes: placed, edges };
}

type Adjacency = ReadonlyMap<string, readonly GraphEdge[]>;

/** Each node's incoming and outgoing edges, found once (a scan of all edges per node would be quadratic). */
function adjacency(edges: readonly GraphEdge[]): { incoming: Adjacency; outgoing: Adjacency } {
  const incoming = new Map<string, GraphEdge[]>();
  const outgoing = new Map<string, GraphEdge[]>();
  for (const edge of edges) {
    (incoming.get(edge.to) ?? incoming.set(edge.to, []).get(edge.to)!).push(edge);
    (outgoing.get(edge.from) ?? outgoing.set(edge.from, []).get(edge.from)!).push(edge);
  }
  return { incoming, outgoing };
}

/** The column of each node: the longest path from a node nothing points to; edges closing a cycle are skipped. */
function columnsOf(nodes: readonly GraphNode[], edges: readonly GraphEdge[], incoming: Adjacency, outgoing: Adjacency): Map<string, number> {
  const column = new Map<string, number>();
  const visiting = new Set<string>();
  const acyclic: GraphEdge[] = [];
  const done = new Set<string>();
  const visit = (id: string): void => {
    if (done.has(id)) return;
    visiting.add(id);
    for (const edge of outgoing.get(id) ?? []) {
      if (visiting.has(edge.to)) continue;
      acyclic.push(edge);
      visit(edge.to);
    }
    visiting.delete(id);
    done.add(id);
  };
  const hasIncoming = (id: string) => incoming.has(id);
  for (const node of nodes) if (!hasIncoming(node.id)) visit(node.id);
  for (const node of nodes) visit(node.id);
  // Longest path over the acyclic edges, relaxed until nothing changes (at most one pass per node).
  for (const node of nodes) column.set(node.id, 0);
  for (let pass = 0; pass < nodes.length; pass += 1) {
    let changed = false;
    for (const edge of acyclic) {
      const next = (column.get(edge.from) ?? 0) + 1;
      if (next > (column.get(edge.to) ?? 0)) {
        column.set(edge.to, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  // A node nothing points at sits one column before the nearest node it points at (a Service beside the
  // ReplicaSets, right before the Pods it selects), not at the far left.
  const acyclicOut = adjacency(acyclic).outgoing;
  for (const node of nodes) {
    const targets = (acyclicOut.get(node.id) ?? []).map((e) => column.get(e.to) ?? 0);
    if (targets.length > 0 && !incoming.has(node.id)) column.set(node.id, Math.max(0, Math.min(...targets) - 1));
  }
  return column;
}
