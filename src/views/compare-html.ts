import type { Diagnostic } from "../diagnostics/types.js";
import { pageData } from "./report-page-data.js";
import type { PageData } from "./report-page/page-data.js";
import { reportScript } from "./report-page/script.generated.js";
import { graphStyle, reportStyle } from "./report-style.js";
import type { SideBySideInput } from "./view-input.js";

/**
 * `kubepose compare --html`: one self-contained page. Styles and script are inline, the data is JSON
 * in a non-executable script element, and a Content-Security-Policy forbids every request, so the
 * page works from a file:// URL and never reaches the network.
 */
export function renderCompareHtml(input: SideBySideInput, diagnostics: readonly Diagnostic[], options: { title: string; baseDir?: string }): string {
  return renderCompareHtmlPieces(input, diagnostics, options).join("");
}

/**
 * renderCompareHtml in pieces, which written one after another (transaction.ts writePieces) are the page,
 * without the one flat string of 8 MB on 1000 services that writing it whole makes first (16 MB: the
 * template's "—" makes the whole page two-byte text) and then encodes again as UTF-8.
 */
export function renderCompareHtmlPieces(input: SideBySideInput, diagnostics: readonly Diagnostic[], options: { title: string; baseDir?: string }): string[] {
  return htmlPagePieces(pageData(input, diagnostics, options.title, options.baseDir));
}

/**
 * The page for the data in pieces: the markup before the data, the data's (pageJsonPieces), and the markup
 * after it. Its script draws the picture of the app into #graph (report-page/graph.ts).
 */
export function htmlPagePieces(data: PageData): string[] {
  const pieces = [pageHead(data)];
  pageJsonPieces(data, pieces);
  pieces.push(pageTail);
  return pieces;
}

const pageHead = (data: PageData): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(data.title)} — kubepose compare</title>
<style>${reportStyle}${graphStyle}</style>
</head>
<body>
<header><h1>${escapeHtml(data.title)}: Compose and Kubernetes side by side</h1>
<p>Click a Compose line to see the Kubernetes fields it became and why; click a Kubernetes line to see where it came from.</p></header>
<section id="graph"><h2>The app: what talks to what, and what replaces it</h2>
<p class="hint">Click a service or an object to highlight its lines on both sides.</p>
</section>
<section id="diagnostics"><h2>Warnings and notes</h2><ul id="diagnostics-list"></ul></section>
<div class="layout">
<section class="column" id="compose-column"><h2>Compose</h2><div id="compose-code"></div></section>
<section class="column" id="kubernetes-column"><h2>Kubernetes</h2><div id="kubernetes-code"></div></section>
<aside id="panel" aria-live="polite"><h2>Explanation</h2><div id="panel-body"><p>Select a line.</p></div></aside>
</div>
<script type="application/json" id="report-data">`;

const pageTail = `</script>
<script>${reportScript}</script>
</body>
</html>
`;

const htmlEntities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => htmlEntities[c] ?? c);

/**
 * JSON that cannot end its script element or open a comment: "<", ">" and "&" become \\u escapes
 * (`"</script>"` in a value stays a string), as do the line separators JavaScript once rejected.
 */
export const scriptJson = (value: unknown): string => scriptSafe(JSON.stringify(value));

/** The escapes of scriptJson, in one pass over the text (five replaces each copied the whole page's data), and none when nothing needs one. */
const scriptSafe = (json: string): string => (unsafeInScript.test(json) ? json.replace(/[<>&\u2028\u2029]/g, (c) => scriptEscapes[c] ?? c) : json);
const unsafeInScript = /[<>&\u2028\u2029]/;
const scriptEscapes: Record<string, string> = { "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029" };

/** The fields of the page's data that hold only numbers (and fixed keys): their JSON has nothing to escape. */
const numbersOnly = new Set<string>(["manifestLines", "groups", "origins", "graph"]);

/** scriptJson(data), written field by field (pageJsonPieces). */
export const pageJson = (data: PageData): string => pageJsonPieces(data, []).join("");

/**
 * Manifests are written this many characters of text at a time (a chunk's JSON string is longer): past
 * V8's 128 KB, a string is made in its large-object space, which the young generation's collections never
 * copy, where 6000 JSON strings of one manifest each (~600 characters) lived until the page was written
 * and were copied twice each, to the survivor space and to the old one.
 */
const MANIFEST_CHUNK = 1 << 17;

/**
 * scriptJson(data) in pieces added to `pieces`, field by field: the tables of numbers, a quarter of the
 * page's data, are written as they are instead of scanned and copied again, and the manifests (their texts
 * are 40% of it, one in six holds a character to escape) a chunk at a time, so that only the chunks with
 * such a text are escaped and no copy of all of them is made (3.5 million characters, two bytes each once
 * one text is not Latin-1). A field's key is a piece of its own: one concatenated with its value would be
 * copied again, whole, when written (transaction.ts writePieces).
 */
export function pageJsonPieces(data: PageData, pieces: string[]): string[] {
  let opened = false;
  for (const [key, value] of Object.entries(data)) {
    if (key === "manifests") {
      pieces.push(`${opened ? "," : "{"}"manifests":[`);
      manifestPieces(value as PageData["manifests"], pieces);
      pieces.push("]");
    } else {
      const text = numbersOnly.has(key) ? flat(JSON.stringify(value) as string | undefined) : scriptJson(value);
      if (text === undefined) continue;
      pieces.push(`${opened ? "," : "{"}${JSON.stringify(key)}:`, text);
    }
    opened = true;
  }
  pieces.push(opened ? "}" : "{}");
  return pieces;
}

/**
 * The text itself: V8's JSON.stringify answers a large value with a tree of 8 KB parts, which lived (and
 * were copied by every young collection) until the page was written, as one string; reading a character
 * joins them at once into one large string (which a young collection does not copy) and the parts die.
 */
function flat(text: string | undefined): string | undefined {
  if (text !== undefined) text.charCodeAt(text.length >> 1);
  return text;
}

/** The manifests' JSON without its brackets, a chunk of MANIFEST_CHUNK characters of text at a time (each chunk's items and commas, between them a comma). */
function manifestPieces(items: PageData["manifests"], pieces: string[]): void {
  for (let start = 0; start < items.length; ) {
    let end = start;
    for (let length = 0; end < items.length && length < MANIFEST_CHUNK; end++) length += items[end]!.text.length;
    const json = scriptJson(items.slice(start, end));
    if (start > 0) pieces.push(",");
    // Without its brackets: a slice of the chunk's string, not a copy.
    pieces.push(json.slice(1, -1));
    start = end;
  }
}
