import { formatPath } from "../diagnostics/types.js";
import { findExplanation } from "../explain/catalogue.js";
import { wrapWords } from "../explain/wrap.js";
import { relativeTo } from "../emit/comments.js";
import { alignRows, withGroupEnds } from "./align.js";
import { composePathAt, explanationFor, sideBySide, type Block, type SideBySide } from "./side-by-side.js";
import type { SideBySideInput } from "./view-input.js";
import type { Origin } from "./trace-index.js";
import { connectionRows, peerLines } from "./connections.js";
import { podSecurityLine, podSecurityOf } from "./pod-security.js";

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
  /** Position in the left column of the Compose line it came from, when that line is shown. */
  anchor: number | undefined;
  /** The Compose line number it came from, shown when the line cannot sit level with it. */
  origin: number | undefined;
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
export function renderCompareText(input: SideBySideInput, options: CompareTextOptions): string {
  const view = sideBySide(input);
  const width = Math.max(40, Math.floor(options.width));
  const paint = (code: keyof typeof ansi, text: string) => (options.color && text !== "" ? `${ansi[code]}${text}${ansi.reset}` : text);
  const out: string[] = [];
  const rows = connectionRows(input.connections, input.sources, options.baseDir);
  for (const block of view.blocks) {
    if (out.length > 0) out.push("");
    out.push(...renderBlock(view, input, block, width, paint, options.baseDir));
    // Each service's peers under its block: who it reaches and who reaches it, with the line that says so.
    const service = block.path.length === 2 && block.path[0] === "services" ? String(block.path[1]) : undefined;
    const peers = service === undefined ? [] : peerLines(rows, service);
    for (const peer of peers) wrapWords(peer, width - 4).forEach((line, i) => out.push(paint("dim", `${i === 0 ? "  ⇄ " : "    "}${line}`)));
    const security = service === undefined ? undefined : podSecurityOf(input.manifests, service);
    if (security !== undefined) wrapWords(podSecurityLine(security), width - 4).forEach((line, i) => out.push(paint("dim", `${i === 0 ? "  ⛨ " : "    "}${line}`)));
  }
  return out.length === 0 ? "" : `${out.join("\n")}\n`;
}

type Paint = (code: keyof typeof ansi, text: string) => string;

/** A left-hand row: a line of a Compose file, or the name of the next file a definition continues in. */
type LeftLine = { file: string; line: number } | { header: string };

function renderBlock(view: SideBySide, input: SideBySideInput, block: Block, width: number, paint: Paint, baseDir: string | undefined): string[] {
  const [primary] = block.segments;
  const where = primary ? ` (${relativeTo(baseDir, primary.file)}:${primary.start}-${primary.end})` : "";
  // Objects traced to no Compose definition (a Namespace made from -n) are grouped under a plain title.
  const title = block.path.length === 0 ? "objects kubepose adds" : formatPath(block.path);
  const lines = [paint("bold", fit(`${title}${where}`, width)), paint("dim", "─".repeat(width))];

  // The left column: each segment's lines, later files after a header row; rows align on positions in it.
  const left: LeftLine[] = [];
  block.segments.forEach((segment, i) => {
    if (i > 0) left.push({ header: `${relativeTo(baseDir, segment.file)}:` });
    for (let line = segment.start; line <= segment.end; line += 1) left.push({ file: segment.file, line });
  });
  const positions = new Map<string, number>();
  left.forEach((l, position) => {
    if ("file" in l && !positions.has(`${l.file}\u0000${l.line}`)) positions.set(`${l.file}\u0000${l.line}`, position);
  });
  const positionOf = (origin: Origin): number | undefined => origin.location && positions.get(`${origin.location.file}\u0000${origin.location.line}`);

  const right: RightLine[] = [];
  for (const manifestIndex of block.manifests) {
    const manifest = view.manifests[manifestIndex];
    if (!manifest) continue;
    const root = view.index.originOf(manifestIndex, []);
    right.push({ text: `--- # ${manifest.kind} ${manifest.name}`, anchor: positionOf(root), origin: root.location?.line, manifest: manifestIndex });
    for (const line of manifest.lines) right.push({ text: line.text, anchor: positionOf(line.origin), origin: line.origin.location?.line, manifest: manifestIndex });
  }

  const numberWidth = String(Math.max(1, ...block.segments.map((s) => s.end))).length;
  const leftWidth = Math.floor((width - 3) / 2);
  const rightWidth = width - 3 - leftWidth;
  const shown = new Set<string>();
  let previousAnchor: number | undefined;

  const manifestAnchoredAt = new Map<number, number>();
  for (const r of right) if (r.anchor !== undefined && !manifestAnchoredAt.has(r.anchor)) manifestAnchoredAt.set(r.anchor, r.manifest);
  for (const item of withGroupEnds(alignRows(0, left.length - 1, right.map((r) => r.anchor)))) {
    if (item.kind === "group-end") {
      const at = left[item.line];
      if (!at || !("file" in at)) continue;
      const manifest = manifestAnchoredAt.get(item.line);
      const id = explanationFor(composePathAt(view, block, at.file, at.line), manifest === undefined ? undefined : input.manifests[manifest]);
      const explanation = id === undefined ? undefined : findExplanation(id);
      if (!explanation || shown.has(explanation.id)) continue;
      shown.add(explanation.id);
      const text = `${explanation.title}. ${explanation.summary} (kubepose explain ${explanation.id})`;
      wrapWords(text, width - 4).forEach((line, i) => lines.push(paint("dim", `${i === 0 ? "  ↳ " : "    "}${line}`)));
      continue;
    }
    const { row } = item;
    const at = row.left === undefined ? undefined : left[row.left];
    let leftCell: string;
    if (at === undefined) leftCell = " ".repeat(leftWidth);
    else if ("header" in at) leftCell = paint("bold", fit(at.header, leftWidth).padEnd(leftWidth));
    else {
      const text = fit(`${String(at.line).padStart(numberWidth)}  ${clean(view.sources?.lineText(at.file, at.line) ?? "")}`, leftWidth).padEnd(leftWidth);
      leftCell = paint("dim", text.slice(0, numberWidth)) + text.slice(numberWidth);
    }
    const rightLine = row.right === undefined ? undefined : right[row.right];
    // A right line not level with its Compose line shows where it came from, once per run.
    const showOrigin = rightLine?.origin !== undefined && !row.aligned && rightLine.anchor !== row.left && rightLine.anchor !== previousAnchor;
    const gutter = showOrigin ? String(rightLine.origin) : "";
    if (rightLine) previousAnchor = rightLine.anchor;
    const rightCell = rightLine ? `${gutter.padStart(numberWidth)} ${clean(rightLine.text)}` : "";
    const marker = row.aligned ? paint("cyan", " ◀ ") : paint("dim", " │ ");
    lines.push(`${leftCell}${marker}${fit(rightCell, rightWidth)}`.trimEnd());
  }
  return lines;
}

/** Tabs and control characters would break the columns. */
const clean = (text: string): string => text.replace(/\t/g, "  ").replace(/[\x00-\x1F\x7F-\x9F]/g, " ");

/** Cuts a cell to its column, marking the cut with "…". */
function fit(text: string, width: number): string {
  const characters = [...text];
  return characters.length <= width ? text : `${characters.slice(0, Math.max(0, width - 1)).join("")}…`;
}
