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
  // Everything below is per node id, each id named by a small number (a shared id would share it), so
  // the sweeps read arrays rather than maps of strings: 1000 services are 9000 nodes.
  const keyOf = new Map<string, number>();
  for (const node of nodes) if (!keyOf.has(node.id)) keyOf.set(node.id, keyOf.size);
  const keys = nodes.map((node) => keyOf.get(node.id)!);
  const edges = graph.edges.filter((e) => keyOf.has(e.from) && keyOf.has(e.to) && e.from !== e.to);
  const links: Link[] = edges.map((e) => [keyOf.get(e.from)!, keyOf.get(e.to)!]);
  const { incoming, outgoing } = adjacency(links, keyOf.size);
  const columns = columnsOf(keys, links, incoming, outgoing);

  const byColumn: number[][] = [];
  nodes.forEach((_, i) => (byColumn[columns[keys[i]!]!] ??= []).push(i));
  const row = new Array<number>(keyOf.size).fill(-1);
  const order = new Array<number>(keyOf.size);
  keys.forEach((key, i) => (order[key] = i));
  /** The mean row of the nodes placed so far among these, undefined when none is. */
  const meanRow = (others: readonly number[]): number | undefined => {
    let sum = 0;
    let count = 0;
    for (const other of others) {
      if (row[other]! < 0) continue;
      sum += row[other]!;
      count += 1;
    }
    return count > 0 ? sum / count : undefined;
  };
  const weights = new Array<number>(keyOf.size);
  // Two sweeps: a node sits at the mean row of its predecessors; a node without any (a Service) at the
  // mean row of its successors, so it lands beside what it points at. Ties keep graph order.
  for (let sweep = 0; sweep < 2; sweep += 1) {
    byColumn.forEach((column) => {
      for (const i of column) {
        const key = keys[i]!;
        const before = meanRow(incoming[key]!);
        const after = sweep > 0 ? meanRow(outgoing[key]!) : undefined;
        weights[key] = before ?? (after !== undefined ? after - 0.5 : order[key]!);
      }
      column.sort((a, b) => weights[keys[a]!]! - weights[keys[b]!]! || order[keys[a]!]! - order[keys[b]!]!);
      column.forEach((i, r) => (row[keys[i]!] = r));
    });
  }

  const placed: PlacedNode[] = [];
  let x = MARGIN;
  let height = 0;
  for (const column of byColumn) {
    if (!column) continue;
    const width = Math.max(...column.map((i) => nodeWidth(nodes[i]!)));
    column.forEach((i, r) => placed.push({ node: nodes[i]!, x, y: MARGIN + r * (NODE_HEIGHT + ROW_GAP), width, height: NODE_HEIGHT }));
    height = Math.max(height, MARGIN * 2 + column.length * (NODE_HEIGHT + ROW_GAP) - ROW_GAP);
    x += width + COLUMN_GAP;
  }
  placed.sort((a, b) => order[keyOf.get(a.node.id)!]! - order[keyOf.get(b.node.id)!]!);
  return { side, width: Math.max(x - COLUMN_GAP + MARGIN, 2 * MARGIN, minWidth), height: Math.max(height, 2 * MARGIN), nodes: placed, edges };
}

/** An edge between two node keys: [from, to]. */
type Link = [from: number, to: number];
type Adjacency = readonly (readonly number[])[];

/** Per node key, the keys its edges come from and go to, in edge order (a scan of all edges per node would be quadratic). */
function adjacency(links: readonly Link[], size: number): { incoming: Adjacency; outgoing: Adjacency } {
  const incoming = Array.from({ length: size }, (): number[] => []);
  const outgoing = Array.from({ length: size }, (): number[] => []);
  for (const [from, to] of links) {
    incoming[to]!.push(from);
    outgoing[from]!.push(to);
  }
  return { incoming, outgoing };
}

/** The column of each node key: the longest path from a node nothing points to; edges closing a cycle are skipped. */
function columnsOf(keys: readonly number[], links: readonly Link[], incoming: Adjacency, outgoing: Adjacency): number[] {
  const size = incoming.length;
  const visiting = new Uint8Array(size);
  const done = new Uint8Array(size);
  const acyclic: Link[] = [];
  const visit = (key: number): void => {
    if (done[key]) return;
    visiting[key] = 1;
    for (const to of outgoing[key]!) {
      if (visiting[to]) continue;
      acyclic.push([key, to]);
      visit(to);
    }
    visiting[key] = 0;
    done[key] = 1;
  };
  for (const key of keys) if (incoming[key]!.length === 0) visit(key);
  for (const key of keys) visit(key);
  // Longest path over the acyclic edges, relaxed until nothing changes (at most one pass per node).
  const column = new Array<number>(size).fill(0);
  for (let pass = 0; pass < keys.length; pass += 1) {
    let changed = false;
    for (const [from, to] of acyclic) {
      const next = column[from]! + 1;
      if (next > column[to]!) {
        column[to] = next;
        changed = true;
      }
    }
    if (!changed) break;
  }
  // A node nothing points at sits one column before the nearest node it points at (a Service beside the
  // ReplicaSets, right before the Pods it selects), not at the far left.
  const acyclicOut = adjacency(acyclic, size).outgoing;
  for (const key of keys) {
    const targets = acyclicOut[key]!.map((to) => column[to]!);
    if (targets.length > 0 && incoming[key]!.length === 0) column[key] = Math.max(0, Math.min(...targets) - 1);
  }
  return column;
}
