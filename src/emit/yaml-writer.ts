import { hasField, isObject, type JsonObject, notJson } from "./json-shape.js";
import { topLevelKeys } from "./key-order.js";
import { checkNotesHaveFields, noteTreeOf, type NoteNode } from "./note-tree.js";
import { commentBlock, type YamlNote } from "./yaml-comments.js";
import { dashOf, indentOf, keyLinesAt, keyTextOf, knownValueLines, valueLineOf } from "./yaml-lines.js";
import { blockScalar, numberText, scalarText } from "./yaml-scalars.js";

/**
 * A small YAML writer for JSON-shaped data (objects, arrays, strings, numbers, booleans, null).
 * `yaml.stringify` is general and about three times too slow for a thousand services; this one only
 * writes block style with two-space steps, and the same data always gives the same bytes.
 */
export interface YamlDocument {
  value: unknown;
  /** Comment lines written above the document, without the leading "# ". */
  header?: readonly string[];
  /** The same lines already rendered by commentBlock(): emit renders each repeated summary once. */
  headerBlock?: string;
  /** Short comments attached to fields: `ports: # note`, or on the line before a sequence item. */
  notes?: readonly YamlNote[];
}

export interface YamlWriter {
  /** One document, ending with a newline, without a "---" separator. */
  write(document: YamlDocument): string;
}

/** What the value's line already holds: "  key:" after a key, "  -" after a dash (or "  :" after "? key"), or nothing. */
type LeadKind = "key" | "item" | "root";

/**
 * Writes each value once, on one walk, as pieces of text into one array that is joined once per
 * document. A line is its start ("    key:", "    -", made once per key and depth by yaml-lines.ts)
 * and its rest (" value\n", or the line feed before a collection's entries); every piece is a string
 * that already exists or is made once: a string per line was one more copy of the output for the
 * garbage collector (150,000 lines for 1000 services), and each piece is a step of the join.
 */
class Writer {
  readonly parts: string[] = [];

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
        else this.parts.push(valueLineOf(value));
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
    if (note) this.parts.push(space, text, " # ", note, "\n");
    else this.parts.push(space, `${text}\n`);
  }

  /** A multi-line string as a block scalar, or double-quoted when a block cannot hold it exactly. */
  block(value: string, depth: number, text: string | undefined): void {
    const block = blockScalar(value, indentOf(depth + 1), 2);
    if (block === undefined) return this.scalar(" ", scalarText(value), text);
    // A comment may follow the block header: "command: |- # note".
    const headerEnd = block.indexOf("\n");
    this.parts.push(" ", block.slice(0, headerEnd), text ? ` # ${text}` : "", block.slice(headerEnd), "\n");
  }

  /** A mapping with at least one defined field; its first key goes on the lead line when the lead is a dash ("- name: web"). */
  mapping(object: JsonObject, keys: readonly string[], leadAt: number, kind: LeadKind, depth: number, note: NoteNode | undefined, text: string | undefined): void {
    const inner = kind === "root" ? depth : depth + 1;
    let shared = this.open(leadAt, kind, depth, text);
    const parts = this.parts;
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
          parts.push(shared ? " " : indentOf(inner), "? ", keyText.text, "\n");
          shared = false;
          const valueAt = parts.length;
          parts.push(indentOf(inner), ":");
          this.value(child, valueAt, "item", inner, childNote, childNote?.text);
          continue;
        }
        start = shared ? keyText.shared : keyText.lineAt(inner);
      }
      shared = false;
      const rest = childNote === undefined && typeof child === "string" ? knownValueLines.get(child) : undefined;
      if (rest !== undefined) parts.push(start, rest);
      else this.value(child, parts.push(start) - 1, "key", inner, childNote, childNote?.text);
    }
  }

  /**
   * Ends the lead's line when a collection's entries start below it ("key:", with its note), or tells
   * that the first entry shares the lead's line ("- name: web", "- - a", true).
   */
  open(leadAt: number, kind: LeadKind, depth: number, text: string | undefined): boolean {
    if (kind === "key") {
      if (text) this.parts.push(" # ", text, "\n");
      else this.parts.push("\n");
      return false;
    }
    if (kind === "root") return false;
    // Only a long key's value (": ") carries its note here: the comment goes on the line before.
    if (text) this.parts.splice(leadAt, 0, indentOf(depth), "# ", text, "\n");
    return true;
  }

  /** A non-empty sequence, indented one step under its key; a note on an item goes on the line before it. */
  sequence(items: readonly unknown[], leadAt: number, kind: LeadKind, depth: number, note: NoteNode | undefined, text: string | undefined): void {
    const inner = kind === "root" ? depth : depth + 1;
    let shared = this.open(leadAt, kind, depth, text);
    const parts = this.parts;
    const dash = dashOf(inner);
    // A loop, not forEach and its closure; a hole is skipped as forEach skips it.
    for (let index = 0; index < items.length; index++) {
      const item = items[index];
      if (item === undefined && !(index in items)) continue;
      const itemNote = note?.children?.get(index);
      if (itemNote !== undefined && item !== undefined) itemNote.reached = true;
      // An item sharing the lead's line ("- - a") has no line before it for a note; it gets none.
      if (itemNote?.text && !shared) parts.push(indentOf(inner), "# ", itemNote.text, "\n");
      const start = shared ? " -" : dash;
      shared = false;
      // A string met before, as in mapping(); an item's note is never on its own line.
      const rest = typeof item === "string" ? knownValueLines.get(item) : undefined;
      if (rest !== undefined) parts.push(start, rest);
      else this.value(item, parts.push(start) - 1, "item", inner, itemNote, undefined);
    }
  }
}

function writeDocument(document: YamlDocument): string {
  const notes = document.notes ?? [];
  const tree = noteTreeOf(notes);
  const writer = new Writer();
  writer.parts.push(document.headerBlock ?? commentBlock(document.header ?? []));
  const value = document.value;
  try {
    if (typeof value === "string" && value.includes("\n")) writer.parts.push(scalarText(value), "\n");
    else writer.value(value, 1, "root", 0, tree?.root, tree?.root.text, true);
  } catch (error) {
    // A missing note's field is the error to report first, as when the notes were checked before writing.
    checkNotesHaveFields(value, notes, undefined);
    throw error;
  }
  checkNotesHaveFields(value, notes, tree);
  return writer.parts.join("");
}

export const yamlWriter: YamlWriter = { write: writeDocument };
