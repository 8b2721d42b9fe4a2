import { hasField, isObject, type JsonObject, notJson } from "./json-shape.js";
import { topLevelKeys } from "./key-order.js";
import type { NoteNode } from "./note-tree.js";
import { dashOf, indentOf, keyLinesAt, keyTextOf, knownValueLines, valueLineOf } from "./yaml-lines.js";
import { blockScalar, numberText, scalarText } from "./yaml-scalars.js";

/** What the value's line already holds: "  key:" after a key, "  -" after a dash (or "  :" after "? key"), or nothing. */
type LeadKind = "key" | "item" | "root";

/**
 * Writes each value once, on one walk, as pieces of text into one array that is joined once per
 * chunk (a document, or many documents of a stream). A line is its start ("    key:", "    -", made
 * once per key and depth by yaml-lines.ts) and its rest (" value\n", or the line feed before a
 * collection's entries); every piece is a string that already exists or is made once: a string per
 * line was one more copy of the output for the garbage collector (150,000 lines for 1000 services),
 * and each piece is a step of the join.
 */
export class ValueWriter {
  /**
   * The current chunk's pieces are its first `count` entries, written by index, so that the array
   * keeps its room from one chunk to the next (see writeStream).
   */
  private readonly parts: string[] = [];
  count = 0;

  put(piece: string): void {
    this.parts[this.count++] = piece;
  }

  /** A line's start and, when known, its rest; returns where the start is (a lead, when the rest is not known). */
  line(start: string, rest: string | undefined): number {
    const at = this.count;
    this.parts[at] = start;
    if (rest === undefined) this.count = at + 1;
    else {
      this.parts[at + 1] = rest;
      this.count = at + 2;
    }
    return at;
  }

  /** A comment after a value on its line: " # text" and the line's end. */
  trailing(text: string): void {
    this.put(" # ");
    this.put(text);
    this.put("\n");
  }

  /**
   * The chunk's text; the next chunk starts in the same array. Its length is cut to the chunk's, past
   * a longer chunk's pieces: V8 keeps the room, as it trims an array only below half of it.
   */
  flush(): string {
    this.parts.length = this.count;
    this.count = 0;
    return this.parts.join("");
  }

  /**
   * Writes the rest of the line the lead began at `leadAt` (a scalar, or the line's end and then the
   * entries of a collection). `depth` is the lead's own indentation. `note` is the value's branch of the
   * note tree; `text` the note written on the value's own line, if any.
   */
  value(value: unknown, leadAt: number, kind: LeadKind, depth: number, note: NoteNode | undefined, text: string | undefined, topLevel = false): void {
    const space = kind === "root" ? "" : " ";
    switch (typeof value) {
      case "string":
        if (value.includes("\n")) this.block(value, depth, text);
        else if (kind === "root" || text) this.scalar(space, scalarText(value), text);
        else this.put(valueLineOf(value));
        return;
      case "number":
        this.scalar(space, numberText(value), text);
        return;
      case "boolean":
        this.scalar(space, value ? "true" : "false", text);
        return;
      case "undefined":
        this.scalar(space, "null", text);
        return;
      case "object":
        if (value === null) this.scalar(space, "null", text);
        else this.collection(value, leadAt, kind, depth, note, text, topLevel);
        return;
    }
    throw notJson(value);
  }

  /**
   * An array or a plain object; apart from value() so that value() stays small enough (bytecode) for
   * the optimizing compiler to inline it into mapping(), which calls it for every value not met before.
   */
  collection(value: object, leadAt: number, kind: LeadKind, depth: number, note: NoteNode | undefined, text: string | undefined, topLevel: boolean): void {
    const space = kind === "root" ? "" : " ";
    if (Array.isArray(value)) {
      if (value.length === 0) this.scalar(space, "[]", text);
      else this.sequence(value, leadAt, kind, depth, note, text);
    } else if (isObject(value)) {
      const keys = topLevel ? topLevelKeys(value) : Object.keys(value);
      if (hasField(value, keys)) this.mapping(value, keys, leadAt, kind, depth, note, text);
      else this.scalar(space, "{}", text);
    } else throw notJson(value);
  }

  /** The rest of a line holding a single-line value, and its note. */
  scalar(space: string, text: string, note: string | undefined): void {
    // `${text}\n`, not two pieces: see valueLineOf (1000 services: 1000 Deployments were two-byte, and so the whole stream).
    this.put(space);
    if (note) {
      this.put(text);
      this.trailing(note);
    } else this.put(`${text}\n`);
  }

  /** A multi-line string as a block scalar, or double-quoted when a block cannot hold it exactly. */
  block(value: string, depth: number, text: string | undefined): void {
    const block = blockScalar(value, indentOf(depth + 1), 2);
    if (block === undefined) return this.scalar(" ", scalarText(value), text);
    // A comment may follow the block header: "command: |- # note".
    const headerEnd = block.indexOf("\n");
    this.put(" ");
    this.put(block.slice(0, headerEnd));
    this.put(text ? ` # ${text}` : "");
    this.put(block.slice(headerEnd));
    this.put("\n");
  }

  /** A mapping with at least one defined field; its first key goes on the lead line when the lead is a dash ("- name: web"). */
  mapping(object: JsonObject, keys: readonly string[], leadAt: number, kind: LeadKind, depth: number, note: NoteNode | undefined, text: string | undefined): void {
    const inner = kind === "root" ? depth : depth + 1;
    let shared = this.open(leadAt, kind, depth, text);
    const keyLines = keyLinesAt(inner);
    // By index: a for-of allocates a result object per key until this is optimized (155,000 keys for 1000 services).
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!;
      const child = object[key];
      if (child === undefined) continue;
      const childNote = note?.children?.get(key);
      if (childNote !== undefined) childNote.reached = true;
      // Most lines start with a key met before at this depth, and most of those hold a string met before:
      // two look-ups and no call, in code that runs unoptimized for a good part of a conversion.
      let start = shared ? undefined : keyLines.get(key);
      if (start === undefined) {
        const keyText = keyTextOf(key);
        if (keyText.long) {
          this.line(shared ? " " : indentOf(inner), "? ");
          this.line(keyText.text, "\n");
          shared = false;
          this.value(child, this.line(indentOf(inner), ":"), "item", inner, childNote, childNote?.text);
          continue;
        }
        start = shared ? keyText.shared : keyText.lineAt(inner);
      }
      shared = false;
      const rest = childNote === undefined && typeof child === "string" ? knownValueLines.get(child) : undefined;
      const at = this.line(start, rest);
      if (rest === undefined) this.value(child, at, "key", inner, childNote, childNote?.text);
    }
  }

  /**
   * Ends the lead's line when a collection's entries start below it ("key:", with its note), or tells
   * that the first entry shares the lead's line ("- name: web", "- - a", true).
   */
  open(leadAt: number, kind: LeadKind, depth: number, text: string | undefined): boolean {
    if (kind === "key") {
      if (text) this.trailing(text);
      else this.put("\n");
      return false;
    }
    if (kind === "root") return false;
    // Only a long key's value (": ") carries its note here: the comment goes on the line before.
    if (text) {
      this.parts.splice(leadAt, 0, indentOf(depth), "# ", text, "\n");
      this.count += 4;
    }
    return true;
  }

  /** A non-empty sequence, indented one step under its key; a note on an item goes on the line before it. */
  sequence(items: readonly unknown[], leadAt: number, kind: LeadKind, depth: number, note: NoteNode | undefined, text: string | undefined): void {
    const inner = kind === "root" ? depth : depth + 1;
    let shared = this.open(leadAt, kind, depth, text);
    const dash = dashOf(inner);
    // A loop, not forEach and its closure; a hole is skipped as forEach skips it.
    for (let index = 0; index < items.length; index++) {
      const item = items[index];
      if (item === undefined && !(index in items)) continue;
      const itemNote = note?.children?.get(index);
      if (itemNote !== undefined && item !== undefined) itemNote.reached = true;
      // An item sharing the lead's line ("- - a") has no line before it for a note; it gets none.
      if (itemNote?.text && !shared) {
        this.line(indentOf(inner), "# ");
        this.line(itemNote.text, "\n");
      }
      const start = shared ? " -" : dash;
      shared = false;
      // A string met before, as in mapping(); an item's note is never on its own line.
      const rest = typeof item === "string" ? knownValueLines.get(item) : undefined;
      const at = this.line(start, rest);
      if (rest === undefined) this.value(item, at, "item", inner, itemNote, undefined);
    }
  }
}
