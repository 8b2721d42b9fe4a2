import { BoundedMap } from "../model/bounded-map.js";
import { decline } from "./yaml-fast-inline.js";
import { plainValue } from "./yaml-plain.js";

// The commonest lines of a Compose file — "key: word", "key: 'quoted'", "key:", "- word" — read by one
// native regular expression each, instead of yaml-fast-inline.ts's character loops. The CLI runs once,
// so the reader runs cold: interpreted, every JavaScript operation per character counts, and the
// loops TurboFan compiled on a helper thread competed for the machine's second core. On /tmp/b1000
// (20,000 lines, most of them of these shapes) readSimpleYaml cold: see the commit message.
//
// Each pattern matches a subset of what the general path reads, and gives the same value: anything
// else (escapes, "#", ": " or a trailing ":" in a value, flow collections, keys that are not words…)
// does not match, and the general path reads the line as before.

/**
 * A value filling the rest of a line, then only spaces: "double" or 'single' quoted without escapes,
 * or plain. A plain one starts with no indicator and holds no "#", no ": " and no trailing ":" (which
 * would be a comment, a key, or an error); its spaces are followed by more of it. Written as runs of
 * ordinary characters between the ":" and " " that need a look-ahead: one alternation per character
 * made irregexp backtrack through every character of the value.
 */
const value = String.raw`(?:"([^"\\\n]*)"|'([^'\n]*)'|([^\s&*!|>%@\x60?:,[\]{}#'"-][^\s#:]*(?:(?::(?=\S)| +(?=[^\s#]))[^\s#:]*)*))`;

/**
 * "key:" at the regex's lastIndex, the key a word of at most 1000 characters, and maybe a value: groups 1
 * (key), 2–4 (value); or "key: " before a flow collection ("[" or "{"), where the match ends.
 */
const keyLine = new RegExp(String.raw`([A-Za-z_][\w./-]{0,999}):(?:(?: +${value})? *$| +(?=[[{]))`, "my");
/** "- value" at the regex's lastIndex: groups 1–3 (value). */
const itemLine = new RegExp(String.raw`- +${value} *$`, "my");

/** A "key: value" line read: its key, its scalar (`itemMissing` when none: the value is below, null, or a flow collection), and how far from the key its value starts. */
export type KeyLine = { key: string; value: unknown; rest: number };

/**
 * Key lines read before, by their text from the key to the end of the line. Generated files repeat most
 * of theirs (the bench's services share 12 of their 20 lines: "interval: 10s", "ports:"…): a repeated
 * line is one look-up instead of a match, its result array and strings, and the key's and value's
 * resolution. Only lines whose value is a primitive (or none) are kept; the table starts over past
 * 2000 lines.
 */
const knownLines = new BoundedMap<string, KeyLine>(2000);

/**
 * The "key: value" line starting at `at` and ending at `end`, or null when the line has another shape.
 * "key: [...]" and "key: {...}" are read up to the collection, which the caller reads.
 */
export function readKeyLine(text: string, at: number, end: number): KeyLine | null {
  const source = text.slice(at, end);
  const known = knownLines.get(source);
  if (known !== undefined) return known;
  keyLine.lastIndex = at;
  const match = keyLine.exec(text);
  if (match === null) return null;
  const line: KeyLine = { key: keyOf(match), value: keyLineValue(match), rest: match.index + (match[0] as string).length - at };
  if (line.value === null || typeof line.value !== "object") {
    knownLines.remember(source, line);
  }
  return line;
}

/** The key of a line keyLine matched, as the mapping names it (keys are String(value)). */
function keyOf(match: RegExpExecArray): string {
  const read = plainValue(match[1] as string);
  return typeof read === "string" ? read : String(read);
}

/** The scalar written after the key of a line keyLine matched; `itemMissing` when there is none. */
function keyLineValue(match: RegExpExecArray): unknown {
  return match[2] === undefined && match[3] === undefined && match[4] === undefined ? itemMissing : lineValue(match, 2);
}

/** The value of a "- value" line whose "-" is at `at`, or `itemMissing` when the line has another shape. */
export function readItemLine(text: string, at: number): unknown {
  itemLine.lastIndex = at;
  const match = itemLine.exec(text);
  return match === null ? itemMissing : lineValue(match, 1);
}

/** No item (readItemLine) or no value after the key (keyLineValue) on the line. */
export const itemMissing: unique symbol = Symbol("no item");

/** The value in groups first (double-quoted), first + 1 (single-quoted) and first + 2 (plain); null when none matched. */
function lineValue(match: RegExpExecArray, first: number): unknown {
  const double = match[first];
  if (double !== undefined) return double;
  const single = match[first + 1];
  if (single !== undefined) return single;
  const plain = match[first + 2];
  return plain === undefined ? null : plainValue(plain);
}

/** The current content line (blank and comment-only lines are skipped): its indent (-1 past the end), where its content starts and ends. */
export class Lines {
  indent = -1;
  content = 0;
  end = 0;

  constructor(readonly text: string) {
    // The line before the first "ends" just before the text.
    this.end = -1;
    this.next();
  }

  /** Whether the line holds a "-" item indicator at `at`. */
  dash(at: number): boolean {
    return this.text.charCodeAt(at) === 45 && (at + 1 === this.end || this.text.charCodeAt(at + 1) === 32);
  }

  /** Moves to the next content line, from where the current one ends: one call per line (cold, each call counts). */
  next(): void {
    const text = this.text;
    const from = this.end + 1;
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
