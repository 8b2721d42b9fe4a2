import { composeLine, forEachGroupLine, linesOf, manifestLine, type PageData } from "./page-data.js";
import { byId, clearMarks, composeId, el, manifestId, mark, reveal } from "./dom.js";
import { explain } from "./panel.js";
import { drawGraph, wireGraph } from "./graph.js";

/*
 * The script of `kubepose compare --html` (bundled by scripts/report-page.mjs and inlined in the page;
 * no modules, no network). It reads the embedded JSON (page-data.ts) and builds the page.
 * Clicking a Compose line highlights the manifest lines it produced and explains the mapping; clicking
 * a manifest line highlights the Compose lines it came from.
 */

const data = JSON.parse(byId("report-data").textContent ?? "{}") as PageData;
const files = data.files.map((file) => ({ name: file.name, lines: linesOf(file.text) }));
const manifests = data.manifests.map((manifest) => ({ kind: manifest.kind, name: manifest.name, lines: linesOf(manifest.text) }));

const diagnosticLines = new Set(data.diagnostics.flatMap((d) => (d.file === undefined ? [] : [`${d.file}:${d.line}`])));

function renderDiagnostics(): void {
  const list = byId("diagnostics-list");
  for (const d of data.diagnostics) {
    const item = el("li", `severity-${d.severity}`);
    if (d.file !== undefined) {
      const file = d.file;
      const line = d.line ?? 1;
      const link = el("a", "diagnostic-link", `${files[file]?.name ?? ""}:${line}`);
      link.setAttribute("href", `#${composeId(file, line)}`);
      link.dataset["file"] = String(file);
      link.dataset["line"] = String(d.line);
      link.addEventListener("click", (event) => {
        event.preventDefault();
        selectCompose(file, line);
      });
      item.appendChild(link);
      item.appendChild(document.createTextNode(" "));
    }
    item.appendChild(el("strong", null, `${d.severity}[${d.code}]`));
    item.appendChild(document.createTextNode(`: ${d.message}`));
    list.appendChild(item);
  }
  if (data.diagnostics.length === 0) list.appendChild(el("li", null, "None."));
}

function renderCompose(): void {
  const column = byId("compose-code");
  files.forEach((file, f) => {
    column.appendChild(el("h3", null, file.name));
    const code = el("div", "code");
    file.lines.forEach((text, i) => {
      const line = i + 1;
      const key = `${f}:${line}`;
      const row = el("div", "line");
      row.id = composeId(f, line);
      row.dataset["file"] = String(f);
      row.dataset["line"] = String(line);
      const info = composeLine(data, f, line);
      if (info && info.groups.length > 0) row.classList.add("traced");
      if (diagnosticLines.has(key)) row.classList.add("has-diagnostic");
      row.appendChild(el("span", "num", String(line)));
      row.appendChild(el("span", "text", text));
      row.addEventListener("click", () => selectCompose(f, line));
      code.appendChild(row);
    });
    column.appendChild(code);
  });
}

function renderManifests(): void {
  const column = byId("kubernetes-code");
  manifests.forEach((manifest, m) => {
    const box = el("div", "manifest");
    box.dataset["kind"] = manifest.kind;
    box.dataset["name"] = manifest.name;
    box.appendChild(el("h3", null, `${manifest.kind} ${manifest.name}`));
    const code = el("div", "code");
    manifest.lines.forEach((text, l) => {
      const row = el("div", "line traced");
      row.id = manifestId(m, l);
      row.dataset["manifest"] = String(m);
      row.dataset["field"] = manifestLine(data, m, l)?.field ?? "";
      row.appendChild(el("span", "text", text));
      row.addEventListener("click", () => selectManifest(m, l));
      code.appendChild(row);
    });
    box.appendChild(code);
    column.appendChild(box);
  });
}

function selectCompose(f: number, line: number): void {
  clearMarks();
  const info = composeLine(data, f, line);
  reveal(mark(composeId(f, line), "selected"));
  let first: HTMLElement | null = null;
  let produced = false;
  forEachGroupLine(data, info?.groups ?? [], (manifest, manifestLine) => {
    produced = true;
    const node = mark(manifestId(manifest, manifestLine), "highlight");
    if (!first) first = node;
  });
  reveal(first);
  const lineText = files[f] ? `${files[f].name}:${line}` : "";
  const note = info && !produced ? "Nothing in the manifests comes from this line." : null;
  explain(info ? info.path : lineText, info?.fate, info?.explanation, note);
}

function selectManifest(m: number, l: number): void {
  clearMarks();
  mark(manifestId(m, l), "selected");
  const info = manifestLine(data, m, l);
  if (!info) return;
  const origin = info.origin;
  const reason = info.default;
  if (origin) {
    for (let line = origin.start; line <= origin.end; line++) mark(composeId(origin.file, line), "highlight");
    reveal(mark(composeId(origin.file, origin.line), "selected"));
  }
  const note = reason ? `A default kubepose chose: ${reason}` : origin ? null : "Not traced to a Compose line.";
  const from = origin ? ` ← ${files[origin.file]?.name ?? ""}:${origin.line}` : "";
  const manifest = manifests[m];
  explain(`${manifest?.kind ?? ""} ${manifest?.name ?? ""} ${info.field}${from}`, null, info.explanation, note);
}

drawGraph(data);
renderDiagnostics();
renderCompose();
renderManifests();
wireGraph(data, manifests);
const target = /^#c-(\d+)-(\d+)$/.exec(location.hash);
if (target) selectCompose(Number(target[1]), Number(target[2]));
