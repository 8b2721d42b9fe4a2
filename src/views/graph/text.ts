import type { AppGraph, GraphNode, GraphSide } from "./app-graph.js";

/*
 * `kubepose graph`: the picture of the app as text people paste into their docs — Mermaid (GitHub,
 * GitLab and most wikis draw it) or Graphviz DOT. Two clusters, Compose and Kubernetes; dashed
 * "becomes" edges from each service to the workload that replaces it.
 */

export type GraphFormat = "mermaid" | "dot";

const sideTitles: Record<GraphSide, string> = { compose: "Compose", kubernetes: "Kubernetes" };

/** "Deployment web" on the Kubernetes side, the service name on the Compose side. */
export const nodeCaption = (node: GraphNode): string => (node.side === "compose" ? node.label : `${node.kind} ${node.label}`);

/** Node ids the formats accept whatever the names are: n0, n1… in graph order. */
const textIds = (graph: AppGraph): Map<string, string> => new Map(graph.nodes.map((node, i) => [node.id, `n${i}`]));

export function renderGraphText(graph: AppGraph, format: GraphFormat): string {
  return format === "mermaid" ? mermaid(graph) : dot(graph);
}

function mermaid(graph: AppGraph): string {
  const ids = textIds(graph);
  const lines = ["flowchart LR"];
  for (const side of ["compose", "kubernetes"] as const) {
    const nodes = graph.nodes.filter((n) => n.side === side);
    if (nodes.length === 0) continue;
    lines.push(`  subgraph ${side}["${sideTitles[side]}"]`);
    for (const node of nodes) lines.push(`    ${ids.get(node.id) ?? ""}${mermaidShape(node, mermaidText(nodeCaption(node)))}`);
    lines.push("  end");
  }
  for (const edge of graph.edges) {
    const arrow = edge.kind === "becomes" ? "-.->" : "-->";
    const label = edge.kind === "connects" ? edge.label : edge.kind;
    lines.push(`  ${ids.get(edge.from) ?? ""} ${arrow}${label ? `|"${mermaidText(label)}"|` : ""} ${ids.get(edge.to) ?? ""}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Services and workloads are boxes, objects the cluster makes are rounded, storage is a cylinder. */
function mermaidShape(node: GraphNode, text: string): string {
  if (node.kind === "PersistentVolumeClaim") return `[("${text}")]`;
  if (node.derived) return `("${text}")`;
  return `["${text}"]`;
}

/** Mermaid strings in double quotes take entity codes for quotes and angle brackets. */
const mermaidText = (text: string): string => text.replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;");

function dot(graph: AppGraph): string {
  const ids = textIds(graph);
  const lines = ["digraph kubepose {", "  rankdir=LR;", '  node [shape=box, fontname="Helvetica"];', '  edge [fontname="Helvetica", fontsize=10];'];
  for (const side of ["compose", "kubernetes"] as const) {
    const nodes = graph.nodes.filter((n) => n.side === side);
    if (nodes.length === 0) continue;
    lines.push(`  subgraph cluster_${side} {`, `    label=${dotString(sideTitles[side])};`);
    for (const node of nodes) {
      const style = node.kind === "PersistentVolumeClaim" ? ", shape=cylinder" : node.derived ? ", style=rounded" : "";
      lines.push(`    ${ids.get(node.id) ?? ""} [label=${dotString(nodeCaption(node))}${style}];`);
    }
    lines.push("  }");
  }
  for (const edge of graph.edges) {
    const label = edge.kind === "connects" ? edge.label : edge.kind;
    const attributes = [...(label ? [`label=${dotString(label)}`] : []), ...(edge.kind === "becomes" ? ["style=dashed"] : [])];
    lines.push(`  ${ids.get(edge.from) ?? ""} -> ${ids.get(edge.to) ?? ""}${attributes.length > 0 ? ` [${attributes.join(", ")}]` : ""};`);
  }
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

/** A DOT quoted string: backslashes and quotes escaped, newlines as \n. */
const dotString = (text: string): string => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
