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
  return emittedFieldsOfLines(text, text.split("\n"));
}

/**
 * emittedFields for a caller that has split the text into its lines already. The paths the scanner reads
 * are values of `paths`, one array per distinct field: one tree for all the documents of a view shares
 * them across documents (6000 documents, 125,000 lines, a few hundred fields), so readers must not
 * change them.
 */
export function emittedFieldsOfLines(text: string, lines: readonly string[], paths: PartTree<Path> = new PartTree()): Path[] {
  return scanEmittedLines(lines, paths) ?? parsedFields(text);
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

/** The fields per line read from the indentation, or undefined when a line is in a shape the writer does not write. */
export function scanEmitted(text: string): Path[] | undefined {
  return scanEmittedLines(text.split("\n"), new PartTree());
}

function scanEmittedLines(lines: readonly string[], paths: PartTree<Path>): Path[] | undefined {
  const fields: Path[] = [];
  const root = paths.root;
  const none = (root.value ??= []);
  const open: Open[] = [{ column: 0, node: root, kind: "unknown", items: -1 }];
  // Inside a block scalar: empty lines and lines indented at least this far are its text.
  let blockColumn = -1;
  for (const line of lines) {
    const indent = indentOf(line);
    if (blockColumn >= 0 && (line === "" || indent >= blockColumn)) {
      fields.push(none);
      continue;
    }
    blockColumn = -1;
    // A sibling stands at its collection's column; deeper collections have ended.
    while (open.length > 1 && open[open.length - 1]!.column > indent) open.pop();
    let parent = open[open.length - 1]!;
    if (parent.column !== indent || line === "") return undefined;
    let column = indent;
    let rest = line.slice(indent);
    let field: PartNode<Path> | undefined;
    // Each dash starts an item; what follows on the line ("- name: web", "- - a") sits two columns further.
    while (rest.startsWith("- ")) {
      if (parent.kind === "mapping") return undefined;
      parent.kind = "sequence";
      parent.items += 1;
      field = childPath(paths, parent.node, parent.items);
      rest = rest.slice(2);
      column += 2;
      open.push((parent = { column, node: field, kind: "unknown", items: -1 }));
    }
    const key = keyLine.exec(rest);
    let value: string;
    if (key) {
      if (parent.kind === "sequence") return undefined;
      parent.kind = "mapping";
      const name = keyName(key[1]!);
      if (name === undefined) return undefined;
      field = childPath(paths, parent.node, name);
      value = key[2] ?? "";
      if (value === "") open.push({ column: column + 2, node: field, kind: "unknown", items: -1 });
    } else {
      // A scalar item: the collection the dash opened holds nothing. (A bare "- " is a null item the parser gives no entry.)
      if (field === undefined || rest === "") return undefined;
      open.pop();
      value = rest;
    }
    if (value.startsWith("|")) {
      if (!blockHeader.test(value)) return undefined;
      // The text is indented one step past the key, or past the dash of an item.
      blockColumn = key ? column + 2 : column;
    } else if ((value.startsWith("[") || value.startsWith("{")) && value !== "[]" && value !== "{}") return undefined;
    fields.push(field.value as Path);
  }
  return fields;
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
