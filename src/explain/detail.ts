import { wrapWords } from "./wrap.js";

/**
 * The `detail` text of an explanation, split into blocks so it can be re-wrapped to any width:
 *
 *   A paragraph of prose, over one or more lines.      → prose (lines joined, re-wrapped)
 *
 *   - A list item, whose continuation lines            → item (re-wrapped with a hanging indent)
 *     are indented.
 *
 *     services:                                        → code (kept verbatim); must follow a blank
 *       web: {}                                           line, since indented lines right after
 *                                                         an item continue the item
 */
export type DetailBlock =
  | { kind: "prose"; text: string }
  | { kind: "item"; text: string }
  | { kind: "code"; lines: string[] };

export function parseDetail(detail: string): DetailBlock[] {
  const blocks: DetailBlock[] = [];
  let current: DetailBlock | undefined;
  let blankLines = 0;
  for (const line of detail.split("\n")) {
    if (line.trim() === "") {
      blankLines += 1;
      if (current?.kind !== "code") current = undefined;
      continue;
    }
    const indented = /^\s/.test(line);
    if (indented && current?.kind === "code") {
      // Blank lines inside a code block belong to it ("services:\n\n  db:").
      for (; blankLines > 0; blankLines -= 1) current.lines.push("");
      current.lines.push(line);
    } else if (indented && blankLines === 0 && current !== undefined && current.kind !== "code") {
      current.text += ` ${line.trim()}`;
    } else if (indented) {
      current = { kind: "code", lines: [line] };
      blocks.push(current);
    } else if (line.startsWith("- ")) {
      current = { kind: "item", text: line.slice(2).trim() };
      blocks.push(current);
    } else if (blankLines === 0 && current !== undefined && current.kind !== "code") {
      current.text += ` ${line.trim()}`;
    } else {
      current = { kind: "prose", text: line.trim() };
      blocks.push(current);
    }
    blankLines = 0;
  }
  return blocks.map((block) => (block.kind === "code" ? { kind: "code", lines: dedent(block.lines) } : block));
}

/**
 * How code is shown: `code` paints a line of a code block (kept verbatim); `inline`, when given,
 * paints a `span` of prose, whose backticks are then dropped (a terminal shows colour instead).
 */
export interface DetailPaint {
  code(text: string): string;
  inline?(text: string): string;
}

/** Lines of the detail wrapped to `width`, with one blank line between blocks except between list items. */
export function renderDetail(detail: string, width: number, paint: DetailPaint = { code: (text) => text }): string[] {
  const out: string[] = [];
  let previous: DetailBlock["kind"] | undefined;
  for (const block of parseDetail(detail)) {
    if (previous !== undefined && !(previous === "item" && block.kind === "item")) out.push("");
    if (block.kind === "prose") out.push(...paintSpans(wrapProse(block.text, width), paint.inline));
    else if (block.kind === "item") out.push(...paintSpans(wrapProse(`- ${block.text}`, width, "  "), paint.inline));
    else out.push(...block.lines.map((line) => (line === "" ? "" : paint.code(`    ${line}`))));
    previous = block.kind;
  }
  return out;
}

/** Stands for a space inside a short code span while wrapping; not whitespace, so never a break. */
const KEEP = "\u{E000}";

/**
 * Wraps prose without breaking a short `code span` ("`base64 -d`" stays on one line): spans of at
 * most half the width keep their spaces; longer ones may break like prose.
 */
function wrapProse(text: string, width: number, indent = ""): string[] {
  const kept = text.replace(/`[^`]+`/g, (span) => (span.length <= width / 2 ? span.replace(/ /g, KEEP) : span));
  return wrapWords(kept, width, indent).map((line) => line.replaceAll(KEEP, " "));
}

/**
 * Paints the `code` spans of wrapped lines, after wrapping so that colour codes never count
 * towards the width. A span may continue on the next line ("`kubectl rollout` / `restart`"):
 * each line's part is painted on its own, so no colour leaks past the end of a line.
 */
function paintSpans(lines: string[], inline: ((text: string) => string) | undefined): string[] {
  if (inline === undefined) return lines;
  let open = false;
  return lines.map((line) => {
    const parts = line.split("`");
    const painted = parts.map((part, index) => {
      const inCode = index === 0 ? open : index % 2 === 1 ? !open : open;
      return inCode && part !== "" ? inline(part) : part;
    });
    if ((parts.length - 1) % 2 === 1) open = !open;
    return painted.join("");
  });
}

function dedent(lines: string[]): string[] {
  const indents = lines.filter((line) => line.trim() !== "").map((line) => /^\s*/.exec(line)?.[0].length ?? 0);
  const common = Math.min(...indents);
  return lines.map((line) => line.slice(common));
}
