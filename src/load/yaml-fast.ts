import { put } from "../model/own-keys.js";
import { blockKey, blockValue, decline, declined, keyColon, maxFastDepth, skipSpaces, type Inline } from "./yaml-fast-inline.js";
import { Spots } from "./yaml-spots.js";

/**
 * A reader for the YAML most Compose files are written in — block mappings and sequences, one-line
 * plain and quoted scalars, one-line flow collections, comments — that builds the value and the
 * places of its keys (Spots) in one pass over the lines. js-yaml's events and constructor took ~65 ms
 * cold on a 20,000-line file; this takes a fraction of it.
 *
 * It never reports an error: anything outside that subset (anchors, aliases, tags, block scalars,
 * multi-line scalars and flow collections, "? " keys, "<<", document markers, tabs, "\r", duplicate
 * keys, anything odd) makes it decline, and js-yaml reads the file as before, with its errors and
 * positions. tests/load/yaml-fast.test.ts checks that whatever it accepts gives the same value and the
 * same locations as js-yaml.
 */
export function readSimpleYaml(text: string): { value: Record<string, unknown>; root: Spots } | undefined {
  // Characters js-yaml refuses, treats specially or counts as line breaks, a BOM, tabs and "\r".
  if (/[\t\r\x00-\x08\x0B-\x1F\x7F-\x9F\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/.test(text)) return undefined;
  try {
    const lines = new Lines(text);
    if (lines.indent < 0) return undefined;
    const top = block(lines, 0);
    if (lines.indent >= 0 || top.spots?.keys === undefined) return undefined;
    return { value: top.value as Record<string, unknown>, root: top.spots };
  } catch (error) {
    if (error === declined) return undefined;
    throw error;
  }
}

/** The current content line (blank and comment-only lines are skipped): its indent (-1 past the end), where its content starts and ends. */
class Lines {
  indent = -1;
  content = 0;
  end = 0;

  constructor(readonly text: string) {
    this.seek(0);
  }

  next(): void {
    this.seek(this.end + 1);
  }

  /** Whether the line holds a "-" item indicator at `at`. */
  dash(at: number): boolean {
    return this.text.charCodeAt(at) === 45 && (at + 1 === this.end || this.text.charCodeAt(at + 1) === 32);
  }

  private seek(from: number): void {
    const text = this.text;
    // Natively, not character by character in JavaScript (cold code runs interpreted).
    skipToContent.lastIndex = from;
    // The pattern matches at any offset up to the end (it may match nothing); past it, there is no line.
    const content = from <= text.length && skipToContent.test(text) ? skipToContent.lastIndex : text.length;
    // A "#" here is a last comment line with no line break after it.
    if (content >= text.length || text.charCodeAt(content) === 35) {
      this.indent = -1;
      this.content = this.end = text.length;
      return;
    }
    const start = text.lastIndexOf("\n", content - 1) + 1;
    const end = text.indexOf("\n", content);
    // "---", "..." and "%" directives at the start of a line belong to the document stream.
    if (content === start && /^(?:---|\.\.\.|%)/.test(text.slice(start, start + 3))) decline();
    this.indent = content - start;
    this.content = content;
    this.end = end < 0 ? text.length : end;
  }
}

/** Blank and comment-only lines, then the spaces before the next line's content. */
const skipToContent = /(?: *(?:#[^\n]*)?\n)* */y;

/** The block node that starts on the current line: a sequence when it starts with "-", else a mapping. */
function block(lines: Lines, depth: number): Inline {
  if (depth > maxFastDepth) decline();
  return lines.dash(lines.content) ? sequence(lines, lines.indent, depth) : mapping(lines, lines.indent, lines.content, depth);
}

/** A block mapping whose keys sit at column `indent`; its first key starts at `first` (mid-line after "- "). */
function mapping(lines: Lines, indent: number, first: number, depth: number): Inline {
  const { text } = lines;
  const value: Record<string, unknown> = {};
  const spots = new Spots(first, []);
  for (let at = first; ; at = lines.content) {
    const colon = keyColon(text, at, lines.end);
    if (colon < 0) decline();
    const key = blockKey(text, at, colon);
    if (Object.hasOwn(value, key)) decline();
    const start = skipSpaces(text, colon + 1, lines.end);
    let node: Inline | undefined;
    if (start < lines.end && !(text.charCodeAt(start) === 35 && start > colon + 1)) {
      node = blockValue(text, start, lines.end, depth + 1);
      lines.next();
    } else {
      lines.next();
      // The value is on the lines below: more indented, or a sequence at the key's own column.
      if (lines.indent > indent || (lines.indent === indent && lines.dash(lines.content))) node = block(lines, depth + 1);
    }
    put(value, key, node ? node.value : null);
    spots.add(key, at, node?.spots);
    if (lines.indent > indent) decline();
    if (lines.indent < indent || lines.dash(lines.content)) return { value, at: first, spots, next: 0 };
  }
}

/** A block sequence whose "-" sit at column `indent`. */
function sequence(lines: Lines, indent: number, depth: number): Inline {
  const { text } = lines;
  const value: unknown[] = [];
  const spots = new Spots(lines.content, undefined);
  while (lines.indent === indent && lines.dash(lines.content)) {
    const start = skipSpaces(text, lines.content + 1, lines.end);
    let node: Inline | undefined;
    if (start >= lines.end || text.charCodeAt(start) === 35) {
      lines.next();
      if (lines.indent > indent) node = block(lines, depth + 1);
    } else if (lines.dash(start)) {
      decline();
    } else if (keyColon(text, start, lines.end) >= 0) {
      // "- name: x" opens a mapping whose keys sit at the column of "name".
      node = mapping(lines, start - (lines.content - lines.indent), start, depth + 1);
    } else {
      node = blockValue(text, start, lines.end, depth + 1);
      lines.next();
    }
    value.push(node ? node.value : null);
    // An empty item has no place in js-yaml's events either.
    spots.add(undefined, node ? node.at : -1, node?.spots);
    if (lines.indent > indent) decline();
  }
  return { value, at: spots.start, spots, next: 0 };
}
