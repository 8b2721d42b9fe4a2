import { element } from "./dom.js";
import { colouredLine } from "./colour.js";
import type { LineRange, ManifestView } from "./session.js";

/**
 * The right-hand side: each object's YAML, one row per line, so a field's lines can be highlighted.
 * Rows carry data-manifest and data-line; a click on one is reported with both.
 */
export function renderManifests(container: HTMLElement, views: readonly ManifestView[], onLineClick: (manifest: number, line: number) => void): void {
  const articles = views.map((view, index) => {
    const rows = view.lines.map((text, lineIndex) =>
      element(
        "div",
        { className: text.trimStart().startsWith("#") ? "row comment" : "row", attributes: { "data-manifest": String(index), "data-line": String(lineIndex + 1) } },
        colouredLine(text),
      ),
    );
    const body = element("div", { className: "yaml" }, rows);
    body.addEventListener("click", (event) => {
      const row = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>(".row") : null;
      if (row) onLineClick(index, Number(row.dataset["line"]));
    });
    return element("article", { className: "manifest", attributes: { "data-manifest": String(index), "data-title": view.title } }, [
      element("h3", { text: view.title }),
      body,
    ]);
  });
  container.replaceChildren(...articles);
}

/** Shows a message instead of manifests (the project has errors). */
export function renderNoManifests(container: HTMLElement, message: string): void {
  container.replaceChildren(element("p", { className: "empty", text: message }));
}

/** Highlights these line ranges (and only these) and scrolls the first into view. */
export function highlightManifestLines(container: HTMLElement, ranges: readonly LineRange[]): void {
  container.querySelectorAll(".row.highlight").forEach((row) => row.classList.remove("highlight"));
  let first: HTMLElement | undefined;
  for (const range of ranges) {
    const rows = container.querySelectorAll<HTMLElement>(`article[data-manifest="${range.manifest}"] .row`);
    for (let line = range.start; line <= range.end; line += 1) {
      const row = rows[line - 1];
      if (!row) continue;
      row.classList.add("highlight");
      first ??= row;
    }
  }
  // Bring the start of the first highlighted block near the top of the pane (the pane is position: relative,
  // so offsetTop is measured from it), unless it is already in view.
  if (first && (first.offsetTop < container.scrollTop || first.offsetTop > container.scrollTop + container.clientHeight - first.offsetHeight)) {
    container.scrollTop = Math.max(first.offsetTop - 24, 0);
  }
}
