import type { Path } from "../diagnostics/types.js";
import type { OutlineEntry } from "./outline-entry.js";
import { lineShape, type LineShape, type ValueShape } from "./outline-line.js";
import { bail, childPath, joinedPath, unknownShape } from "./outline-scalars.js";

/**
 * The outline of a YAML text in the block style people write Compose files in, read line by line from
 * the indentation: the same entries, in the same order with the same extents, as the `yaml` parser's
 * (compose-outline.ts), or undefined as soon as a line is in a shape this reader does not know (a tag,
 * a scalar over several lines, a key that is not a plain string, `|+`…), and the caller parses instead.
 * Parsing a 20,000-line Compose file with `yaml` was about a quarter of what compare added to the
 * pipeline (1000 services); tests/views/outline-scan.test.ts holds the two readers to the same answers.
 */
export function scanOutline(text: string): OutlineEntry[] | undefined {
  try {
    return new Scan().run(text);
  } catch (error) {
    if (error === unknownShape) return undefined;
    throw error;
  }
}

/** A block collection being read: the column of its keys or dashes and the entry whose value it is. */
interface Open {
  column: number;
  kind: "mapping" | "sequence";
  path: Path;
  entry?: OutlineEntry;
  items: number;
  /** A sequence written at its key's own column ("ports:\n- 80"): a key at that column ends it. */
  compact: boolean;
  /** The last line holding content of the collection (the comments the parser counts in included). */
  last: number;
}

class Scan {
  entries: OutlineEntry[] = [];
  open: Open[] = [{ column: 0, kind: "mapping", path: [], items: 0, compact: false, last: 0 }];
  /** A key whose value starts on a later line, with the column of that key. */
  pending: { entry: OutlineEntry; column: number; comments: boolean } | undefined;
  /** Inside a block scalar: its entry, the column its text must pass, the text's column once known, its last text line. */
  block: { entry: OutlineEntry; owner: number; indent: number; last: number } | undefined;
  /**
   * Which collection a comment line is weighed against, from the last content line to the next: the
   * innermost (undefined), the one a comment moved to, none ("ended") or unknown ("unsure": a further
   * comment goes to the parser). Found by comparing with the parser (tests/views/outline-scan.test.ts).
   */
  commentContext: Open | "ended" | "unsure" | undefined;
  started = false;
  /** The shape of each distinct content line read so far, by its text (indentation included). */
  shapes = new Map<string, LineShape>();

  run(text: string): OutlineEntry[] {
    // A line ending in "\r" goes to the parser (most texts hold none). Lines are sliced as read, not split
    // first, so those met before die at once instead of being copied by the collector through the scan.
    const returns = text.includes("\r");
    for (let start = 0, end = 0, number = 1; end >= 0; start = end + 1, number++) {
      end = text.indexOf("\n", start);
      const line = text.slice(start, end < 0 ? text.length : end);
      this.line(returns && line.endsWith("\r") ? bail() : line, number);
    }
    this.endBlock();
    if (this.pending) this.resolveNull();
    while (this.open.length > 1) this.pop();
    return this.entries;
  }

  line(text: string, number: number): void {
    // A content line met before: its shape (outline-line.ts) holds its content and indentation.
    let shape = this.shapes.get(text);
    const content = shape ? shape.content : text.trimStart();
    const indent = shape ? shape.indent : text.length - content.length;
    if (!shape && /^ *\t/.test(text)) bail();
    if (this.block) {
      // A line of spaces is an empty line of the text, unless it is longer than the text's indentation (then it holds spaces).
      if (content === "" && text !== "" && this.block.indent < 0) bail();
      if (content === "") {
        if (text.length > this.block.indent) this.block.last = number;
        return;
      }
      if (this.block.indent < 0 && indent > this.block.owner) this.block.indent = indent;
      if (this.block.indent < 0) bail(); // an empty block scalar
      if (indent >= this.block.indent) {
        this.block.last = number;
        return;
      }
      this.endBlock();
    }
    if (content === "") {
      // After a comment moved to the mapping around a sequence, the parser counts blank lines into it too.
      if (typeof this.commentContext === "object") this.commentContext.last = number;
      return;
    }
    if (content.startsWith("#")) return this.comment(indent, number);
    this.commentContext = undefined;
    if (!this.started && content === "---" && indent === 0) return void (this.started = true);
    this.started = true;
    if (!shape) {
      if (/^(---|\.\.\.|%)/.test(content)) bail();
      shape = lineShape(content, indent);
      this.shapes.set(text, shape);
    }
    if (this.pending) this.resolve(indent, content);
    // Calls are few per line (this.top() written out, no value() for a scalar): most lines run before the scan is optimized.
    let top = this.open[this.open.length - 1]!;
    while (this.open.length > 1 && (top.column > indent || (top.compact && top.column === indent && !content.startsWith("- ")))) top = this.pop();
    if (top.column !== indent) bail();
    top.last = number;
    this.items(top, shape, number);
  }

  /**
   * Whether the parser counts a comment line into a collection's lines: a mapping's when it is indented
   * past the mapping's keys; a sequence's when past its dashes, and the mapping around it when at its
   * dashes. Any other place (inside an item's mapping, a compact sequence) is left to the parser.
   */
  comment(indent: number, number: number): void {
    if (this.pending) return void (this.pending.comments = true);
    if (this.commentContext === "unsure") return bail();
    if (this.commentContext === "ended") return;
    // Once a comment moved to the mapping around a sequence, the parser counts every line up to the next content into it.
    if (this.commentContext) return void (this.commentContext.last = number);
    const context = this.top();
    const around = this.open.slice(0, -1);
    const parent = around[around.length - 1];
    if (!parent) return; // the document's own mapping: no entry to extend
    // Below a sequence item the parser's choice depends on more than these columns.
    if (!around.every((open) => open.kind === "mapping")) return bail();
    if (context.kind === "mapping") {
      if (indent > context.column) context.last = number;
      else this.commentContext = "ended";
    } else if (!context.compact) {
      if (indent > context.column) context.last = number;
      else if (indent === context.column) {
        parent.last = number;
        this.commentContext = parent;
      } else this.commentContext = "unsure";
    } else bail();
  }

  /** Dashes, then a key or a value: "- - a", "- name: web", "image: nginx", where the line stands. */
  items(container: Open, shape: LineShape, number: number): void {
    for (let d = 0; d < shape.dashes.length; d++) {
      const dash = shape.dashes[d]!;
      if (container.kind !== "sequence") return bail();
      const entry = this.add(childPath(container.path, container.items++), number);
      if (dash.opens) {
        container = { column: dash.after, kind: dash.opens, path: entry.path, entry, items: 0, compact: false, last: number };
        this.open.push(container);
        continue;
      }
      return this.value(entry, shape.value, dash.column, number);
    }
    if (shape.key === undefined || container.kind !== "mapping") return bail();
    const entry = this.add(childPath(container.path, shape.key), number);
    if (shape.value !== "scalar") this.value(entry, shape.value, shape.dashes.length === 0 ? shape.indent : shape.dashes[shape.dashes.length - 1]!.after, number);
  }

  /** What follows a key or a dash on its line; `owner` is the key's or the dash's column. */
  value(entry: OutlineEntry, value: ValueShape, owner: number, number: number): void {
    if (value === "none") this.pending = { entry, column: owner, comments: false };
    else if (value === "block") this.block = { entry, owner, indent: -1, last: number };
    else if (value !== "scalar") for (let e = 0; e < value.length; e++) this.add(joinedPath(entry.path, value[e]!), number);
  }

  /** The line after a key with nothing on its line: its value is the collection below, or null. */
  resolve(indent: number, content: string): void {
    const pending = this.pending!;
    this.pending = undefined;
    const sequence = content.startsWith("- ");
    if (indent > pending.column || (indent === pending.column && sequence)) {
      const entry = pending.entry;
      this.open.push({ column: indent, kind: sequence ? "sequence" : "mapping", path: entry.path, entry, items: 0, compact: indent === pending.column, last: entry.start });
    } else {
      this.pending = pending;
      this.resolveNull();
    }
  }

  resolveNull(): void {
    if (this.pending?.comments) bail();
    this.pending = undefined;
  }

  endBlock(): void {
    if (!this.block) return;
    if (this.block.indent < 0) bail();
    this.block.entry.end = this.block.last;
    this.top().last = Math.max(this.top().last, this.block.last);
    this.block = undefined;
    this.commentContext = this.open.every((open) => open.kind === "mapping") ? "ended" : "unsure";
  }

  top(): Open {
    return this.open[this.open.length - 1]!;
  }

  /** Closes the innermost collection: its entry ends at its last line; returns the one around it. */
  pop(): Open {
    const closed = this.open.pop()!;
    if (closed.entry) closed.entry.end = Math.max(closed.entry.start, closed.last);
    const top = this.top();
    top.last = Math.max(top.last, closed.last);
    return top;
  }

  add(path: Path, line: number): OutlineEntry {
    const entry = { path, start: line, end: line };
    this.entries.push(entry);
    return entry;
  }
}
