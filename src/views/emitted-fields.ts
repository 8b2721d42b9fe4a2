import type { Path } from "../diagnostics/types.js";
import { composeOutline, entryStartingAt } from "./compose-outline.js";
import { indentOf } from "./line-indent.js";
import { PartTree, type PartNode } from "../model/part-tree.js";

/**
 * Per line of one YAML document kubepose emitted (src/emit/yaml-writer.ts: block style, two-space steps,
 * keys plain or JSON-quoted, literal block scalars, no comments), the deepest field that starts on it,
 * or [] for a line that starts none (the text of a block scalar): what
 * `entryStartingAt(composeOutline(text), line)` answers, read from the indentation alone. Parsing 6000
 * documents with `yaml` (a general parser that builds nodes) was two thirds of what `compare` added to
 * the pipeline on 1000 services. A line in any shape the writer does not write (a comment, an explicit
 * `? key`, a flow collection with content, a blank line outside a block scalar) sends the whole document
 * to that parser, so the answer never rests on this scanner knowing all of YAML.
 */
export function emittedFields(text: string): Path[] {
  return emittedFieldsOfText(text);
}

/**
 * emittedFields through a tree of shared paths: the paths the scanner reads are values of `paths`, one
 * array per distinct field: one tree for all the documents of a view shares them across documents (6000
 * documents, 125,000 lines, a few hundred fields), so readers must not change them.
 */
export function emittedFieldsOfText(text: string, paths: PartTree<Path> = new PartTree()): Path[] {
  return scanEmittedText(text, paths) ?? parsedFields(text);
}

/** The node of `parent`'s path and `part`, its path made the first time (concat: the exact length, where a spread leaves room for ~16 more parts). */
function childPath(paths: PartTree<Path>, parent: PartNode<Path>, part: string | number): PartNode<Path> {
  const kid = paths.child(parent, part);
  kid.value ??= (parent.value ?? []).concat(part);
  return kid;
}

/** The general answer, through the YAML parser's outline. */
export function parsedFields(text: string): Path[] {
  const outline = composeOutline(text);
  return text.split("\n").map((_, i) => entryStartingAt(outline, i + 1)?.path ?? []);
}

/** A collection open at the current line: the column its keys or dashes stand at, its path, and what it turned out to be. */
interface Open {
  column: number;
  node: PartNode<Path>;
  kind: "unknown" | "mapping" | "sequence";
  items: number;
}

/** `key: value` or `key:` (a collection follows); the key plain (as isPlainSafe allows) or double-quoted. */
const keyLine = /^("(?:[^"\\]|\\.)*"|[^\s"#?&*!|>'%@`[\]{},:-][^\n]*?):(?: (.*))?$/;
const blockHeader = /^\|[0-9]?[-+]?$/;
/** What keyLine's `(.*)` does not match: a value holding one can move where keyLine ends a plain key. */
export const lineBreaks = /[\r\u2028\u2029]/;
/** The printable ASCII characters keyLine does not let start a plain key (1 by character code). */
const notKeyStart = new Uint8Array(128);
for (const character of `"#?&*!|>'%@\`[]{},:-`) notKeyStart[character.charCodeAt(0)] = 1;

/** The fields per line read from the indentation, or undefined when a line is in a shape the writer does not write. */
export function scanEmitted(text: string): Path[] | undefined {
  return scanEmittedText(text, new PartTree());
}

/**
 * The scanner reads each line where it stands in the text, from its start to its line feed, by position:
 * no array of 125,000 line strings (1000 services) to split off first, nor a sliced rest per line.
 */
function scanEmittedText(text: string, paths: PartTree<Path>): Path[] | undefined {
  const fields: Path[] = [];
  const root = paths.root;
  const none = (root.value ??= []);
  const open: Open[] = [{ column: 0, node: root, kind: "unknown", items: -1 }];
  const plain = !lineBreaks.test(text);
  // Inside a block scalar: empty lines and lines indented at least this far are its text.
  let blockColumn = -1;
  // The first ": " at or after the last place it was looked for (-1: none in the rest of the text), so
  // that lines without one (a list of scalars) do not each search the rest of the text again.
  let colonAhead = -2;
  for (let start = 0, end = -1; end < text.length; start = end + 1) {
    end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    // Where the line's content starts, `at`; its column is at - start.
    let at = start;
    while (text.charCodeAt(at) === 32) at += 1;
    if (at < end && !(text.charCodeAt(at) > 32 && text.charCodeAt(at) < 127)) at = start + indentOf(text.slice(start, end));
    const indent = at - start;
    if (blockColumn >= 0 && (start === end || indent >= blockColumn)) {
      fields.push(none);
      continue;
    }
    blockColumn = -1;
    // A sibling stands at its collection's column; deeper collections have ended.
    while (open.length > 1 && open[open.length - 1]!.column > indent) open.pop();
    let parent = open[open.length - 1]!;
    if (parent.column !== indent || start === end) return undefined;
    let field: PartNode<Path> | undefined;
    // Each dash starts an item; what follows on the line ("- name: web", "- - a") sits two columns further.
    while (text.startsWith("- ", at)) {
      if (parent.kind === "mapping") return undefined;
      parent.kind = "sequence";
      parent.items += 1;
      field = childPath(paths, parent.node, parent.items);
      at += 2;
      open.push((parent = { column: at - start, node: field, kind: "unknown", items: -1 }));
    }
    if (colonAhead !== -1 && colonAhead < at) colonAhead = text.indexOf(": ", at);
    const colon = keyColonIn(text, start, at, end, plain, colonAhead);
    // Where the value starts: after the key's ": ", or the rest of the line for a scalar item.
    let value: number;
    if (colon >= 0) {
      if (parent.kind === "sequence") return undefined;
      parent.kind = "mapping";
      const name = keyName(text.slice(at, colon));
      if (name === undefined) return undefined;
      field = childPath(paths, parent.node, name);
      value = colon + 2;
      if (value >= end) open.push({ column: at - start + 2, node: field, kind: "unknown", items: -1 });
    } else {
      // A scalar item: the collection the dash opened holds nothing. (A bare "- " is a null item the parser gives no entry.)
      if (field === undefined || at === end) return undefined;
      open.pop();
      value = at;
    }
    // Never past the line: an out-of-bounds read (NaN) would throw the optimized loop back to the interpreter.
    const first = value < end ? text.charCodeAt(value) : -1;
    if (first === 124 /* | */) {
      if (!blockHeader.test(text.slice(value, end))) return undefined;
      // The text is indented one step past the key, or past the dash of an item.
      blockColumn = colon >= 0 ? at - start + 2 : at - start;
    } else if ((first === 91 /* [ */ || first === 123) /* { */ && (end - value !== 2 || text.charCodeAt(value + 1) !== first + 2)) {
      // A flow collection with content; "[]" and "{}" (the closing bracket two code points on) are empty.
      return undefined;
    }
    fields.push(field.value as Path);
  }
  return fields;
}

/** The colon ending the key of a `key: value` or `key:` line whose rest starts at `start`, as keyLine reads `line.slice(start)`; -1 when it is no such line. */
export function keyLineColon(line: string, start: number): number {
  const key = keyLine.exec(line.slice(start));
  return key ? start + key[1]!.length : -1;
}

/**
 * keyLineColon without a regular expression's match and copies for the usual line: a plain key starting
 * with printable ASCII ends at the first ": " or at a colon ending the line, when no line of the document
 * holds a line break keyLine's `(.*)` would not match (`plain`). keyLineColon reads any other line
 * (tests/views/emitted-fields.test.ts holds the two equal).
 */
export function keyColon(line: string, start: number, plain: boolean): number {
  return keyColonIn(line, 0, start, line.length, plain, line.indexOf(": ", start));
}

/** keyColon of the line text[lineStart, end) from `start`, told the first ": " at or after `start` in the text (-1: none). */
function keyColonIn(text: string, lineStart: number, start: number, end: number, plain: boolean, colonAhead: number): number {
  const first = start < end ? text.charCodeAt(start) : -1;
  if (!plain || !(first > 32 && first < 127) || first === 34 /* " */) {
    const colon = keyLineColon(text.slice(lineStart, end), start - lineStart);
    return colon < 0 ? -1 : lineStart + colon;
  }
  if (notKeyStart[first] === 1) return -1;
  if (colonAhead >= 0 && colonAhead < end) return colonAhead;
  return text.charCodeAt(end - 1) === 58 /* : */ && end - 1 > start ? end - 1 : -1;
}

/** A plain key is written as it reads (the writer quotes every other); a quoted one is JSON. */
function keyName(written: string): string | undefined {
  if (!written.startsWith('"')) return written.includes(": ") || written.includes(" #") || written.endsWith(" ") ? undefined : written;
  try {
    const name: unknown = JSON.parse(written);
    return typeof name === "string" ? name : undefined;
  } catch {
    return undefined;
  }
}
