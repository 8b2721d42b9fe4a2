/** The report page's stylesheet: two code columns and an explanation panel on screen; both columns side by side on paper. */
export const reportStyle = `
:root { --bg: #fff; --fg: #1d2330; --muted: #667085; --line: #e4e7ec; --hl: #fff3b0; --sel: #ffd166; --traced: #1d4ed8;
  --warning: #b54708; --note: #175cd3; --error: #b42318; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: var(--bg); }
header { padding: .75rem 1.25rem; border-bottom: 1px solid var(--line); }
header h1 { margin: 0; font-size: 1.2rem; }
header p { margin: .25rem 0 0; color: var(--muted); font-size: .9rem; }
h2 { font-size: 1rem; margin: .5rem 0; }
h3 { font-size: .85rem; margin: .75rem 0 .25rem; color: var(--muted); font-weight: 600; }
#diagnostics { padding: 0 1.25rem; }
#diagnostics ul { margin: 0; padding-left: 1.25rem; font-size: .85rem; max-height: 10rem; overflow: auto; }
#diagnostics li { margin: .15rem 0; }
.severity-warning { color: var(--warning); } .severity-note { color: var(--note); } .severity-error { color: var(--error); }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) 22rem; gap: 1rem; padding: 0 1.25rem 1.25rem; }
.column { position: relative; max-height: calc(100vh - 9rem); overflow: auto; border: 1px solid var(--line); border-radius: 6px; padding: 0 .5rem .5rem; }
.code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12.5px; line-height: 1.45; }
.line { display: flex; white-space: pre; border-left: 3px solid transparent; }
.line .num { flex: none; width: 3.5em; padding-right: .75em; text-align: right; color: var(--muted); user-select: none; }
.line .text { flex: 1; }
.line.traced { cursor: pointer; }
.line.traced .num { color: var(--traced); }
.line:hover { background: #f2f4f7; }
.line.highlight { background: var(--hl); border-left-color: #f79009; }
.line.selected { background: var(--sel); border-left-color: #dc6803; }
.line.has-diagnostic .num::before { content: "▲ "; color: var(--warning); }
.manifest + .manifest { border-top: 1px dashed var(--line); }
#panel { position: sticky; top: .5rem; align-self: start; max-height: calc(100vh - 9rem); overflow: auto; border: 1px solid var(--line);
  border-radius: 6px; padding: .5rem .75rem; font-size: .9rem; }
#panel .path { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85rem; }
#panel .fate { color: var(--muted); }
#panel .summary { font-weight: 500; }
#panel pre { white-space: pre-wrap; font-size: .8rem; background: #f9fafb; padding: .5rem; border-radius: 4px; }
#panel ul { padding-left: 1.1rem; }
@media (max-width: 70rem) { .layout { grid-template-columns: 1fr; } .column, #panel { max-height: none; } }
@media print {
  header p, #panel { display: none; }
  .layout { grid-template-columns: 1fr 1fr; gap: .5rem; padding: 0; }
  .column { position: relative; max-height: none; overflow: visible; border: none; padding: 0; }
  .code { font-size: 7.5pt; line-height: 1.3; }
  .line { white-space: pre-wrap; word-break: break-all; break-inside: avoid; }
  .line.highlight, .line.selected { background: none; }
  #diagnostics ul { max-height: none; overflow: visible; }
  h3 { break-after: avoid; }
}
`;

/** The picture of the app: both panels side by side when they fit, each scrolls sideways when it does not. */
export const graphStyle = `
#graph { padding: 0 1.25rem; }
#graph .hint { margin: 0 0 .25rem; color: var(--muted); font-size: .85rem; }
.app-graph { display: flex; flex-wrap: wrap; gap: 1rem; margin: 0 0 .75rem; overflow-x: auto; }
.graph-panel { border: 1px solid var(--line); border-radius: 6px; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; max-width: none; }
.graph-node { cursor: pointer; }
.graph-node:hover rect, .graph-node:focus rect { stroke: #1d4ed8; stroke-width: 2; }
.graph-node.selected rect { stroke: #dc6803; stroke-width: 3; }
.graph-node.highlight rect { stroke: #f79009; stroke-width: 2; }
.graph-node:focus { outline: none; }
@media print { #graph .hint { display: none; } }
`;
