import type { PageData } from "./page-data.js";
import { byId, clearMarks, composeId, manifestId, mark, reveal } from "./dom.js";
import { explain } from "./panel.js";
import { graphOfPicture } from "./picture.js";
import { renderGraphSvg } from "../graph/svg.js";
import { nodeLinks, type GraphNodeLinks } from "../graph/node-links.js";

/*
 * The picture of the app (drawn by kubepose into the page): clicking a node, or Enter on it, highlights
 * the Compose lines and the manifests it stands for, and says so in the panel. Connected nodes of the
 * other panel (a service and its objects) are highlighted too.
 */

/**
 * Draws the picture into its section: kubepose's own markup (renderGraphSvg escapes every name), parsed as
 * XML, never as HTML, like the playground's.
 */
export function drawGraph(data: PageData): void {
  const markup = renderGraphSvg(graphOfPicture(data.picture));
  const parsed = new DOMParser().parseFromString(`<div xmlns="http://www.w3.org/1999/xhtml">${markup}</div>`, "application/xhtml+xml");
  const figure = parsed.documentElement.firstElementChild;
  if (figure) byId("graph").appendChild(document.importNode(figure, true));
}

/** `manifests`: the lines of each manifest, as the page shows them. */
export function wireGraph(data: PageData, manifests: readonly { lines: readonly string[] }[]): void {
  // A node's links by its id; of nodes sharing an id, the last one's (as a record keyed by id would say).
  const nodeOfId = new Map<string, number>();
  data.picture.nodes.forEach(([id], i) => nodeOfId.set(id, i));
  const linksOf = (id: string): GraphNodeLinks | undefined => {
    const index = nodeOfId.get(id);
    return index === undefined ? undefined : nodeLinks(data.graph, index);
  };
  for (const node of Array.from(document.querySelectorAll<SVGGElement>(".graph-node"))) {
    const id = node.dataset["node"] ?? "";
    node.addEventListener("click", () => selectNode(linksOf, manifests, id, node));
    node.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        selectNode(linksOf, manifests, id, node);
      }
    });
  }
}

function selectNode(linksOf: (id: string) => GraphNodeLinks | undefined, manifests: readonly { lines: readonly string[] }[], id: string, node: SVGGElement): void {
  clearMarks();
  node.classList.add("selected");
  const links = linksOf(id);
  if (!links) return;
  let firstCompose: HTMLElement | null = null;
  for (const [file, start, end] of links.compose) {
    for (let line = start; line <= end; line += 1) {
      const row = mark(composeId(file, line), "highlight");
      firstCompose ??= row;
    }
  }
  let firstManifest: HTMLElement | null = null;
  for (const m of links.manifests) {
    (manifests[m]?.lines ?? []).forEach((_, l) => {
      const row = mark(manifestId(m, l), "highlight");
      firstManifest ??= row;
    });
  }
  // The nodes that share these manifests (a service and the objects made from it) light up too.
  for (const other of Array.from(document.querySelectorAll<SVGGElement>(".graph-node"))) {
    const otherLinks = linksOf(other.dataset["node"] ?? "");
    if (other !== node && otherLinks && otherLinks.manifests.some((m) => links.manifests.includes(m)) && (id.startsWith("service:") || other.dataset["node"]?.startsWith("service:"))) {
      other.classList.add("highlight");
    }
  }
  // The code columns sit below the picture: bring them into view, then each column to its first highlighted line.
  document.querySelector(".layout")?.scrollIntoView?.({ block: "start" });
  reveal(firstCompose);
  reveal(firstManifest);
  const title = node.querySelector("title")?.textContent ?? id;
  const lines = links.compose.reduce((sum, [, start, end]) => sum + end - start + 1, 0);
  const note = `${lines} Compose line${lines === 1 ? "" : "s"} and ${links.manifests.length} manifest${links.manifests.length === 1 ? "" : "s"} highlighted.`;
  explain(title, null, null, note);
}
