import type { AppGraph, GraphSide } from "./app-graph.js";
import { layoutPanel, type Panel, type PlacedNode } from "./layout.js";

/*
 * The picture of the app as inline SVG, drawn by kubepose (no script, no font, no network): one panel
 * for the Compose services and their connections, one for the Kubernetes objects. Every node is a
 * <g class="graph-node" data-node="ID"> the page's script makes clickable.
 */

const fills: Record<string, string> = {
  service: "#e0ecff",
  Deployment: "#dcfce7",
  StatefulSet: "#dcfce7",
  DaemonSet: "#dcfce7",
  Job: "#dcfce7",
  CronJob: "#dcfce7",
  ReplicaSet: "#f0fdf4",
  Pod: "#f0fdf4",
  Service: "#fef3c7",
  ConfigMap: "#f3e8ff",
  Secret: "#fee2e2",
  PersistentVolumeClaim: "#e0f2fe",
};

const titles: Record<GraphSide, string> = { compose: "Compose: services and who reaches whom", kubernetes: "Kubernetes: the objects that replace them" };

/** Text in an attribute or element; names rarely hold a special character, so most are kept as they are (9000 nodes of 1000 services). */
const xml = (text: string): string => (/[&<>"]/.test(text) ? text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;") : text);

/** Both panels, Compose first, in one <figure>; each panel an <svg> sized by its layout. */
export function renderGraphSvg(graph: AppGraph): string {
  const panels = (["compose", "kubernetes"] as const).map((side) => layoutPanel(graph, side, titles[side].length * 7.8 + 24)).filter((panel) => panel.nodes.length > 0);
  return `<figure class="app-graph">${panels.map(panelSvg).join("")}</figure>`;
}

function panelSvg(panel: Panel): string {
  const byId = new Map(panel.nodes.map((placed) => [placed.node.id, placed]));
  const arrow = `kp-arrow-${panel.side}`;
  const edges = panel.edges.flatMap((edge) => {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to) return [];
    const label = edge.kind === "connects" ? (edge.label ?? "") : edge.kind;
    return [edgeSvg(from, to, label, arrow, edge.kind)];
  });
  return [
    `<svg class="graph-panel" data-side="${panel.side}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${panel.width} ${panel.height + 22}" width="${panel.width}" height="${panel.height + 22}" role="img" aria-label="${xml(titles[panel.side])}">`,
    `<defs><marker id="${arrow}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#475467"/></marker></defs>`,
    `<text x="12" y="15" font-size="12" font-weight="600" fill="#1d2330">${xml(titles[panel.side])}</text>`,
    `<g transform="translate(0,22)">`,
    ...edges,
    ...panel.nodes.map(nodeSvg),
    `</g></svg>`,
  ].join("");
}

function nodeSvg(placed: PlacedNode): string {
  const { node, x, y, width, height } = placed;
  const fill = fills[node.kind] ?? "#f2f4f7";
  const dash = node.derived ? ` stroke-dasharray="4 3"` : "";
  const kind = node.side === "compose" ? "service" : node.kind;
  return [
    `<g class="graph-node" data-node="${xml(node.id)}" data-kind="${xml(node.kind)}" tabindex="0" role="button">`,
    `<title>${xml(node.derived ? `${kind} ${node.label} (created by the cluster)` : `${kind} ${node.label}`)}</title>`,
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="${node.derived ? 12 : 4}" fill="${fill}" stroke="#667085"${dash}/>`,
    `<text x="${x + 8}" y="${y + 14}" font-size="10" fill="#667085">${xml(kind)}</text>`,
    `<text x="${x + 8}" y="${y + 30}" font-size="12" fill="#1d2330">${xml(node.label)}</text>`,
    `</g>`,
  ].join("");
}

/** A curve from the right side of `from` to the left side of `to` (or below and back, for an edge to an earlier column), labelled at its middle. */
function edgeSvg(from: PlacedNode, to: PlacedNode, label: string, arrow: string, kind: string): string {
  const forward = to.x > from.x;
  const x1 = forward ? from.x + from.width : from.x + from.width / 2;
  const y1 = forward ? from.y + from.height / 2 : from.y + from.height;
  const x2 = forward ? to.x : to.x + to.width / 2;
  const y2 = forward ? to.y + to.height / 2 : to.y + (to.y >= from.y ? 0 : to.height);
  const bend = forward ? Math.max(20, (x2 - x1) / 2) : 30;
  const d = forward
    ? `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`
    : `M${x1},${y1} C${x1},${y1 + bend} ${x2},${y2 + (to.y >= from.y ? -bend : bend)} ${x2},${y2}`;
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2 - 4;
  const text = label ? `<text x="${mx}" y="${my}" font-size="10" text-anchor="middle" fill="#475467" paint-order="stroke" stroke="#fff" stroke-width="3">${xml(label)}</text>` : "";
  return `<g class="graph-edge" data-kind="${xml(kind)}"><path d="${d}" fill="none" stroke="#98a2b3" stroke-width="1.3" marker-end="url(#${arrow})"/>${text}</g>`;
}
