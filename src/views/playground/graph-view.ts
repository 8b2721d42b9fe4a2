import type { Path } from "../../diagnostics/types.js";
import type { AppGraph } from "../graph/app-graph.js";
import { renderGraphSvg } from "../graph/svg.js";
import { isPrefix } from "../trace-index.js";
import { nodeCaption } from "../graph/text.js";

/*
 * The picture of the app in the playground: the same SVG the HTML report shows, drawn again after each
 * conversion. A click (or Enter) on a node reports what it stands for: the Compose definition and the
 * manifests to highlight.
 */

export interface NodeSelection {
  id: string;
  /** "service worker", "Deployment worker", "Pod worker-<hash>-<id> ×2". */
  caption: string;
  /** The Compose definition the node comes from: ["services", "web"]. */
  source?: Path;
  /** Indexes of the manifests the node stands for. */
  manifests: number[];
}

export function renderGraph(container: HTMLElement, graph: AppGraph | undefined, onSelect: (selection: NodeSelection) => void): void {
  if (!graph) return; // A project with errors keeps its last picture, like its last manifests.
  // The markup is kubepose's own (every name escaped by graph/svg.ts), parsed as SVG, never as HTML.
  const parsed = new DOMParser().parseFromString(`<div xmlns="http://www.w3.org/1999/xhtml">${renderGraphSvg(graph)}</div>`, "application/xhtml+xml");
  const figure = parsed.documentElement.firstElementChild;
  container.replaceChildren(...(figure ? [document.importNode(figure, true)] : []));
  for (const node of Array.from(container.querySelectorAll<SVGGElement>(".graph-node"))) {
    const id = node.getAttribute("data-node") ?? "";
    const found = graph.nodes.find((n) => n.id === id);
    if (!found) continue;
    const manifests = found.manifest !== undefined
      ? [found.manifest]
      : graph.nodes.flatMap((n) => (n.side === "kubernetes" && !n.derived && n.manifest !== undefined && found.source && n.source && isPrefix(found.source, n.source) ? [n.manifest] : []));
    const select = (): void => {
      container.querySelectorAll(".graph-node.selected").forEach((other) => other.classList.remove("selected"));
      node.classList.add("selected");
      onSelect({ id, caption: found.side === "compose" ? `service ${found.label}` : nodeCaption(found), ...(found.source ? { source: found.source } : {}), manifests });
    };
    node.addEventListener("click", select);
    node.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        select();
      }
    });
  }
}
