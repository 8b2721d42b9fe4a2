import { formatPath } from "../diagnostics/types.js";
import { findExplanation } from "../explain/catalogue.js";
import { wrapWords } from "../explain/wrap.js";
import { relativeTo } from "../emit/comments.js";
import { fateText, keyGroups, type KeyGroup } from "./compare-groups.js";
import { explanationFor, sideBySide, type Block, type SideBySide } from "./side-by-side.js";
import type { SideBySideInput } from "./view-input.js";
import { disabledServices, type Stub } from "./compare-stubs.js";
import { connectionRows } from "./connections.js";
import { serviceFooters } from "./compare-footer.js";

export interface CompareTextOptions {
  /** Total columns; below 40 the columns would be unreadable, so 40 is the floor. */
  width: number;
  color: boolean;
  /** Compose file names are shown relative to this directory. */
  baseDir?: string;
}

const ansi = { bold: "\x1b[1m", dim: "\x1b[2m", cyan: "\x1b[36m", reset: "\x1b[0m" } as const;

/**
 * `kubepose compare`: for each Compose definition, one row group per key it writes (compare-groups.ts):
 * the key's lines on the left, the manifest lines it produced on the right under the object and field
 * they sit in, or the key's fate when it produced nothing; under each group the summary of the
 * explanation of that mapping (each explanation once per block). Services that profiles disable get a
 * stub saying so. The order of keys in Compose and of fields in Kubernetes does not matter.
 *
 *   11    healthcheck:              ◀ Deployment vote · spec.template.spec.containers[0]
 *   12      test: [CMD, curl, …]    │ livenessProbe:
 */
export function renderCompareText(input: SideBySideInput, options: CompareTextOptions): string {
  const view = sideBySide(input);
  const width = Math.max(40, Math.floor(options.width));
  const paint = (code: keyof typeof ansi, text: string) => (options.color && text !== "" ? `${ansi[code]}${text}${ansi.reset}` : text);
  const out: string[] = [];
  const footerOf = serviceFooters(connectionRows(input.connections, input.sources, options.baseDir), input.manifests, width, (text) => paint("dim", text));
  for (const block of view.blocks) {
    if (out.length > 0) out.push("");
    out.push(...renderBlock(view, input, block, width, paint, options.baseDir));
    const service = block.path.length === 2 && block.path[0] === "services" ? String(block.path[1]) : undefined;
    if (service !== undefined) out.push(...footerOf(service));
  }
  for (const stub of disabledServices(view, input.project)) {
    if (out.length > 0) out.push("");
    out.push(...renderStub(view, stub, width, paint, options.baseDir));
  }
  return out.length === 0 ? "" : `${out.join("\n")}\n`;
}

type Paint = (code: keyof typeof ansi, text: string) => string;

/** A left-hand cell: a line of a Compose file, the name of the next file, or nothing. */
type LeftCell = { file: string; line: number } | { header: string } | undefined;
/** A right-hand cell; `title` rows name the object and field the lines below sit in. */
type RightCell = { text: string; style?: "dim" | "bold" } | undefined;

interface Columns {
  width: number;
  numberWidth: number;
  leftWidth: number;
  rightWidth: number;
  /** An empty left cell, made once per block instead of once per row. */
  blank: string;
}

function renderBlock(view: SideBySide, input: SideBySideInput, block: Block, width: number, paint: Paint, baseDir: string | undefined): string[] {
  const [primary] = block.segments;
  const where = primary ? ` (${relativeTo(baseDir, primary.file)}:${primary.start}-${primary.end})` : "";
  // Objects traced to no Compose definition (a Namespace made from -n) are grouped under a plain title.
  const title = block.path.length === 0 ? "objects kubepose adds" : formatPath(block.path);
  const lines = [paint("bold", fit(`${title}${where}`, width)), paint("dim", "─".repeat(width))];
  const columns = columnsOf(width, Math.max(1, ...block.segments.map((s) => s.end)));
  const row = (left: LeftCell, right: RightCell, marker: string) => lines.push(renderRow(view, columns, paint, left, right, marker));
  const objects = block.manifests.map((m) => view.manifests[m]).filter((m) => m !== undefined);

  if (block.path[0] !== "services" || !primary) {
    // A volume, config or secret is short: its lines beside the whole objects made from it.
    const left: LeftCell[] = primary ? range(primary.start, primary.end).map((line) => ({ file: primary.file, line })) : [];
    const right: RightCell[] = objects.flatMap((m) => [{ text: `--- # ${m.kind} ${m.name}`, style: "dim" as const }, ...m.lines.map((l) => ({ text: l.text }))]);
    for (let i = 0; i < Math.max(left.length, right.length); i++) row(left[i], right[i], i === 0 && primary ? "◀" : "│");
    return lines;
  }

  // The definition's own line names every object it became.
  const made = wrapWords(`→ ${objects.map((m) => `${m.kind} ${m.name}`).join(", ")}`, columns.rightWidth);
  made.forEach((text, i) => row(i === 0 ? { file: primary.file, line: primary.start } : undefined, { text, style: "bold" }, i === 0 ? "◀" : "│"));

  const shown = new Set<string>();
  let file = primary.file;
  for (const group of keyGroups(view, block)) {
    if (group.file !== file) {
      file = group.file;
      row({ header: `${relativeTo(baseDir, file)}:` }, undefined, "│");
    }
    const left: LeftCell[] = range(group.start, group.end).map((line) => ({ file: group.file, line }));
    const right = rightCells(group, columns.rightWidth);
    const marker = group.chunks.length > 0 ? "◀" : group.fate?.fate === "not-converted" ? "✗" : "·";
    for (let i = 0; i < Math.max(left.length, right.length); i++) row(left[i], right[i], i === 0 ? marker : "│");
    const first = group.chunks[0];
    const id = explanationFor(group.path, first === undefined ? undefined : input.manifests[first.manifest]);
    const explanation = id === undefined || group.fate?.fate === "not-converted" ? undefined : findExplanation(id);
    if (!explanation || shown.has(explanation.id)) continue;
    shown.add(explanation.id);
    const text = `${explanation.title}. ${explanation.summary} (kubepose explain ${explanation.id})`;
    wrapWords(text, width - 4).forEach((line, i) => lines.push(paint("dim", `${i === 0 ? "  ↳ " : "    "}${line}`)));
  }
  return lines;
}

/** The right-hand cells of one key group: each chunk's title and lines, or the key's fate in words. */
function rightCells(group: KeyGroup, width: number): RightCell[] {
  if (group.chunks.length === 0) return wrapWords(fateText(group), width).map((text) => ({ text, style: "dim" as const }));
  return group.chunks.flatMap((chunk) => [{ text: chunkTitle(chunk.object, chunk.field, width), style: "dim" as const }, ...chunk.lines.map((text) => ({ text }))]);
}

/** "Deployment web · spec.template.spec.containers[0]"; a field too long loses its start, the specific end stays. */
function chunkTitle(object: string, field: string, width: number): string {
  if (field === "") return object;
  // As in fit: when the UTF-16 lengths fit, the code points do, and neither string is split.
  if (object.length + 3 + field.length <= width) return `${object} · ${field}`;
  const room = width - [...object].length - 3;
  const characters = [...field];
  return `${object} · ${characters.length <= room ? field : `…${characters.slice(characters.length - Math.max(1, room - 1)).join("")}`}`;
}

function columnsOf(width: number, lastLine: number): Columns {
  const leftWidth = Math.floor((width - 3) / 2);
  return { width, numberWidth: String(lastLine).length, leftWidth, rightWidth: width - 3 - leftWidth, blank: " ".repeat(leftWidth) };
}

function renderRow(view: SideBySide, columns: Columns, paint: Paint, left: LeftCell, right: RightCell, marker: string): string {
  const { leftWidth, rightWidth, numberWidth } = columns;
  let leftCell: string;
  if (left === undefined) leftCell = columns.blank;
  else if ("header" in left) leftCell = paint("bold", fit(left.header, leftWidth).padEnd(leftWidth));
  else {
    const text = fit(`${String(left.line).padStart(numberWidth)}  ${clean(view.sources?.lineText(left.file, left.line) ?? "")}`, leftWidth).padEnd(leftWidth);
    leftCell = paint("dim", text.slice(0, numberWidth)) + text.slice(numberWidth);
  }
  const rightText = right === undefined ? "" : fit(clean(right.text), rightWidth);
  const rightCell = right?.style === undefined ? rightText : paint(right.style, rightText);
  const mark = marker === "│" ? paint("dim", " │ ") : paint("cyan", ` ${marker} `);
  return `${leftCell}${mark}${rightCell}`.trimEnd();
}

function renderStub(view: SideBySide, stub: Stub, width: number, paint: Paint, baseDir: string | undefined): string[] {
  const columns = columnsOf(width, stub.end);
  const profiles = stub.profilesLine === undefined ? undefined : view.sources?.lineText(stub.file, stub.profilesLine)?.trim();
  const reason = `not converted: disabled by ${profiles ?? "its profiles"}; enable one with --profile NAME (or COMPOSE_PROFILES) to convert it`;
  const right = wrapWords(reason, columns.rightWidth);
  const lines = [paint("bold", fit(`services.${stub.name} (${relativeTo(baseDir, stub.file)}:${stub.start}-${stub.end})`, width)), paint("dim", "─".repeat(width))];
  const left = [stub.start, ...(stub.profilesLine !== undefined && stub.profilesLine !== stub.start ? [stub.profilesLine] : [])];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const line = left[i];
    lines.push(renderRow(view, columns, paint, line === undefined ? undefined : { file: stub.file, line }, right[i] === undefined ? undefined : { text: right[i]!, style: "dim" }, i === 0 ? "✗" : "│"));
  }
  return lines;
}

const range = (start: number, end: number): number[] => Array.from({ length: end - start + 1 }, (_, i) => start + i);

/** Tabs and control characters would break the columns. */
const unclean = /[\x00-\x1F\x7F-\x9F]/;
// One test first: nearly every cell is clean, and two replaces per cell of 125,000 rows were measurable.
const clean = (text: string): string => (unclean.test(text) ? text.replace(/\t/g, "  ").replace(/[\x00-\x1F\x7F-\x9F]/g, " ") : text);

/** Cuts a cell to its column, marking the cut with "…". */
function fit(text: string, width: number): string {
  // A string has at most as many code points as UTF-16 units: a short one fits without being split into
  // characters (an array per cell was a large part of compare's garbage).
  if (text.length <= width) return text;
  const characters = [...text];
  return characters.length <= width ? text : `${characters.slice(0, Math.max(0, width - 1)).join("")}…`;
}
