import { formatPath, type Path } from "../diagnostics/types.js";
import { findExplanation } from "../explain/catalogue.js";
import { wrapWords } from "../explain/wrap.js";
import { relativeTo } from "../emit/comments.js";
import { alignRows, withGroupEnds } from "./align.js";
import { entryStartingAt } from "./compose-outline.js";
import { explanationFor, sideBySide, type Block, type SideBySide, type ViewInput } from "./side-by-side.js";

export interface CompareTextOptions {
  /** Total columns; below 40 the columns would be unreadable, so 40 is the floor. */
  width: number;
  color: boolean;
  /** Compose file names are shown relative to this directory. */
  baseDir?: string;
}

const ansi = { bold: "\x1b[1m", dim: "\x1b[2m", cyan: "\x1b[36m", reset: "\x1b[0m" } as const;

/** One right-hand line: a manifest line, or the separator that starts an object. */
interface RightLine {
  text: string;
  anchor: number | undefined;
  manifest: number;
}

/**
 * `kubepose compare`: for each Compose definition, its block on the left with line numbers, the
 * objects made from it on the right, rows aligned by source line, and under each aligned group the
 * summary of the explanation for that mapping (each explanation once per block).
 *
 *    6  vote:                     ◀ --- # Deployment vote
 *    7    image: …                │ apiVersion: apps/v1
 */
export function renderCompareText(input: ViewInput, options: CompareTextOptions): string {
  const view = sideBySide(input);
  const width = Math.max(40, Math.floor(options.width));
  const paint = (code: keyof typeof ansi, text: string) => (options.color && text !== "" ? `${ansi[code]}${text}${ansi.reset}` : text);
  const out: string[] = [];
  for (const block of view.blocks) {
    if (out.length > 0) out.push("");
    out.push(...renderBlock(view, input, block, width, paint, options.baseDir));
  }
  return out.length === 0 ? "" : `${out.join("\n")}\n`;
}

type Paint = (code: keyof typeof ansi, text: string) => string;

function renderBlock(view: SideBySide, input: ViewInput, block: Block, width: number, paint: Paint, baseDir: string | undefined): string[] {
  const file = block.file;
  const where = file && block.start !== undefined ? ` (${relativeTo(baseDir, file)}:${block.start}-${block.end ?? block.start})` : "";
  // Objects traced to no Compose definition (a Namespace made from -n) are grouped under a plain title.
  const title = block.path.length === 0 ? "objects kubepose adds" : formatPath(block.path);
  const lines = [paint("bold", fit(`${title}${where}`, width)), paint("dim", "─".repeat(width))];

  const right: RightLine[] = [];
  for (const manifestIndex of block.manifests) {
    const manifest = view.manifests[manifestIndex];
    if (!manifest) continue;
    const anchorOf = (origin: (typeof manifest.lines)[number]["origin"]) =>
      origin.location && origin.location.file === file ? origin.location.line : undefined;
    right.push({ text: `--- # ${manifest.kind} ${manifest.name}`, anchor: anchorOf(view.index.originOf(manifestIndex, [])), manifest: manifestIndex });
    for (const line of manifest.lines) right.push({ text: line.text, anchor: anchorOf(line.origin), manifest: manifestIndex });
  }

  const start = block.start ?? 1;
  const end = file && block.start !== undefined ? (block.end ?? block.start) : 0;
  const numberWidth = String(Math.max(end, 1)).length;
  const leftWidth = Math.floor((width - 3) / 2);
  const rightWidth = width - 3 - leftWidth;
  const shown = new Set<string>();
  let previousAnchor: number | undefined;

  for (const item of withGroupEnds(alignRows(start, end, right.map((r) => r.anchor)))) {
    if (item.kind === "group-end") {
      const manifest = right.find((r) => r.anchor === item.line)?.manifest;
      const id = explanationFor(composePathAt(view, block, item.line), manifest === undefined ? undefined : input.manifests[manifest]);
      const explanation = id === undefined ? undefined : findExplanation(id);
      if (!explanation || shown.has(explanation.id)) continue;
      shown.add(explanation.id);
      const text = `${explanation.title}. ${explanation.summary} (kubepose explain ${explanation.id})`;
      wrapWords(text, width - 4).forEach((line, i) => lines.push(paint("dim", `${i === 0 ? "  ↳ " : "    "}${line}`)));
      continue;
    }
    const { row } = item;
    const leftText = row.left === undefined || !file ? "" : (view.sources?.lineText(file, row.left) ?? "");
    const leftNumber = row.left === undefined ? "" : String(row.left);
    const left = `${leftNumber.padStart(numberWidth)}  ${clean(leftText)}`;
    const rightLine = row.right === undefined ? undefined : right[row.right];
    // A right line not level with its Compose line shows where it came from, once per run.
    const showOrigin = rightLine?.anchor !== undefined && !row.aligned && rightLine.anchor !== row.left && rightLine.anchor !== previousAnchor;
    const gutter = showOrigin ? String(rightLine.anchor) : "";
    if (rightLine) previousAnchor = rightLine.anchor;
    const rightCell = rightLine ? `${gutter.padStart(numberWidth)} ${clean(rightLine.text)}` : "";
    const marker = row.aligned ? paint("cyan", " ◀ ") : paint("dim", " │ ");
    const leftCell = fit(left, leftWidth).padEnd(leftWidth);
    const leftPainted = row.left === undefined ? leftCell : paint("dim", leftCell.slice(0, numberWidth)) + leftCell.slice(numberWidth);
    lines.push(`${leftPainted}${marker}${fit(rightCell, rightWidth)}`.trimEnd());
  }
  return lines;
}

/** The project path written on a line of the block: the file's path below the block's own key, re-rooted at block.path. */
function composePathAt(view: SideBySide, block: Block, line: number): Path {
  const outline = block.file ? view.outlines.get(block.file) : undefined;
  const entry = outline && entryStartingAt(outline, line);
  if (!entry || line === block.start) return block.path;
  return [...block.path, ...entry.path.slice(block.path.length)];
}

/** Tabs and control characters would break the columns. */
const clean = (text: string): string => text.replace(/\t/g, "  ").replace(/[\x00-\x1F\x7F-\x9F]/g, " ");

/** Cuts a cell to its column, marking the cut with "…". */
function fit(text: string, width: number): string {
  const characters = [...text];
  return characters.length <= width ? text : `${characters.slice(0, Math.max(0, width - 1)).join("")}…`;
}
