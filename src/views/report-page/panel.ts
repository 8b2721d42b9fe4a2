import { byId, el } from "./dom.js";
import type { Explanation } from "./page-data.js";

/** The explanation panel: what was selected, its fate or a note, then the explanation with its links. */
export function explain(path: string, fate: string | null | undefined, entry: Explanation | null | undefined, note: string | null): void {
  const panel = byId("panel-body");
  while (panel.firstChild) panel.removeChild(panel.firstChild);
  panel.appendChild(el("p", "path", path));
  if (fate) panel.appendChild(el("p", "fate", fate));
  if (note) panel.appendChild(el("p", "note", note));
  if (!entry) return;
  panel.appendChild(el("h3", "explanation-title", entry.title));
  panel.appendChild(el("p", "summary", entry.summary));
  panel.appendChild(detail(entry.detail));
  const links = el("ul", "docs");
  for (const url of entry.docs) {
    const item = el("li");
    const link = el("a", null, url);
    if (/^https:\/\//.test(url)) link.setAttribute("href", url);
    item.appendChild(link);
    links.appendChild(item);
  }
  panel.appendChild(links);
}

/** The detail is paragraphs separated by blank lines: indented blocks are code, "- " lines a list. */
function detail(text: string): HTMLElement {
  const box = el("div", "detail");
  for (const chunk of text.split(/\n\s*\n/)) {
    const lines = chunk.split("\n");
    if (lines.every((line) => /^ {2}/.test(line))) {
      box.appendChild(el("pre", null, lines.map((line) => line.slice(2)).join("\n")));
    } else if (/^- /.test(lines[0] ?? "")) {
      const list = el("ul");
      for (const item of chunk.split(/\n(?=- )/)) list.appendChild(el("li", null, item.replace(/^- /, "").replace(/\s*\n\s*/g, " ")));
      box.appendChild(list);
    } else {
      box.appendChild(el("p", null, chunk.replace(/\s*\n\s*/g, " ")));
    }
  }
  return box;
}
