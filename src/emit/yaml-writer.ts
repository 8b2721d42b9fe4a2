import type { Path } from "../diagnostics/types.js";
import { topLevelKeys } from "./key-order.js";
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
  /** Short comments attached to fields: `ports: # note`, or on the line before a sequence item. */
  notes?: readonly { field: Path; text: string }[];
}

export interface YamlWriter {
  /** One document, ending with a newline, without a "---" separator. */
  write(document: YamlDocument): string;
}

const step = "  ";
const maxImplicitKeyLength = 1000;

/** How the line holding a value starts: after a key ("key: "), a dash ("- ") or nothing (the document). */
interface Lead {
  kind: "key" | "item" | "root";
  text: string;
}

/** Notes arranged as a tree along their paths, so the writer only follows branches that hold one. */
interface NoteNode {
  text?: string;
  children: Map<string | number, NoteNode>;
}

function noteTree(notes: readonly { field: Path; text: string }[]): NoteNode | undefined {
  if (notes.length === 0) return undefined;
  const root: NoteNode = { children: new Map() };
  for (const note of notes) {
    let node = root;
    for (const part of note.field) {
      let child = node.children.get(part);
      if (!child) node.children.set(part, (child = { children: new Map() }));
      node = child;
    }
    const text = commentText(note.text);
    node.text = node.text === undefined ? text : `${node.text}; ${text}`;
  }
  return root;
}

/**
 * A comment must stay on its line: line breaks (including U+2028/2029 and NEL, which YAML 1.1 counts as
 * line breaks) and control characters become spaces, so a comment can never turn into content.
 */
const commentText = (text: string): string =>
  text.replace(/[\s\x00-\x1F\x7F-\x9F\u2028\u2029\uFEFF]+/g, " ").trim();

const noteSuffix = (node: NoteNode | undefined): string => (node?.text ? ` # ${node.text}` : "");

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** A value that fits on the key's line, or undefined for a non-empty collection or a block scalar. */
function inlineText(value: unknown): string | undefined {
  switch (typeof value) {
    case "string":
      return value.includes("\n") ? undefined : scalarText(value);
    case "number":
      return numberText(value);
    case "boolean":
      return value ? "true" : "false";
    case "undefined":
      return "null";
    case "object":
      if (value === null) return "null";
      if (Array.isArray(value)) return value.length === 0 ? "[]" : undefined;
      if (isObject(value)) return Object.values(value).every((field) => field === undefined) ? "{}" : undefined;
  }
  throw new Error(`emit: a ${typeof value} cannot be written as YAML (only JSON-shaped data)`);
}

class Writer {
  /** Output lines without their line feeds; joined once at the end, which is cheaper than growing one string. */
  readonly lines: string[] = [];

  /**
   * `lead` is what the value's line starts with: "  key: " after a key, "  - " for a sequence item
   * (or ": " after an explicit key), "" for the document itself. `indent` is the lead's own column.
   */
  value(value: unknown, lead: Lead, indent: string, note: NoteNode | undefined, topLevel = false): void {
    const inline = inlineText(value);
    if (inline !== undefined) {
      this.lines.push(`${lead.text}${inline}${noteSuffix(note)}`);
    } else if (typeof value === "string") {
      const block = blockScalar(value, indent + step, step.length);
      if (block === undefined) {
        this.lines.push(`${lead.text}${scalarText(value)}${noteSuffix(note)}`);
      } else {
        // A comment may follow the block header: "command: |- # note".
        const headerEnd = block.indexOf("\n");
        this.lines.push(`${lead.text}${block.slice(0, headerEnd)}${noteSuffix(note)}${block.slice(headerEnd)}`);
      }
    } else if (Array.isArray(value)) {
      this.sequence(value, lead, indent, note);
    } else {
      this.mapping(value as JsonObject, lead, indent, note, topLevel);
    }
  }

  /** A mapping whose first key goes on the lead line when the lead is a dash ("- name: web"). */
  mapping(object: JsonObject, lead: Lead, indent: string, note: NoteNode | undefined, topLevel: boolean): void {
    const inner = lead.kind === "root" ? indent : indent + step;
    let pending = this.open(lead, indent, note);
    for (const key of topLevel ? topLevelKeys(object) : Object.keys(object)) {
      const child = object[key];
      if (child === undefined) continue;
      const start = pending ?? inner;
      pending = undefined;
      const keyText = scalarText(key);
      const childNote = note?.children.get(key);
      if (keyText.length <= maxImplicitKeyLength) {
        this.value(child, { kind: "key", text: `${start}${keyText}: ` }, inner, childNote);
      } else {
        // YAML limits implicit keys to 1024 characters; longer ones need the explicit "? key" form.
        this.lines.push(`${start}? ${keyText}`);
        this.value(child, { kind: "item", text: `${inner}: ` }, inner, childNote);
      }
    }
  }

  /**
   * Writes what a collection needs before its entries and returns the text its first entry starts
   * with when that entry shares the lead's line ("- name: web", "- - a").
   */
  open(lead: Lead, indent: string, note: NoteNode | undefined): string | undefined {
    if (lead.kind === "key") {
      this.lines.push(`${lead.text.slice(0, -1)}${noteSuffix(note)}`);
      return undefined;
    }
    if (lead.kind === "root") return undefined;
    if (note?.text) this.lines.push(`${indent}# ${note.text}`);
    return lead.text;
  }

  /** A sequence, indented one step under its key; a note on an item goes on the line before it. */
  sequence(items: readonly unknown[], lead: Lead, indent: string, note: NoteNode | undefined): void {
    const inner = lead.kind === "root" ? indent : indent + step;
    let pending = this.open(lead, indent, note);
    items.forEach((item, index) => {
      const itemNote = note?.children.get(index);
      // An item sharing the lead's line ("- - a") has no line before it for a note; it gets none.
      if (itemNote?.text && pending === undefined) this.lines.push(`${inner}# ${itemNote.text}`);
      const start = pending ?? inner;
      pending = undefined;
      const withoutOwnText = itemNote ? { children: itemNote.children } : undefined;
      this.value(item, { kind: "item", text: `${start}- ` }, inner, withoutOwnText);
    });
  }
}

/**
 * A note whose field the document does not have would vanish from the output: that is a converter bug,
 * so it is thrown (the CLI reports it as an internal error) rather than dropped.
 */
function checkNotesHaveFields(document: YamlDocument): void {
  for (const note of document.notes ?? []) {
    let current: unknown = document.value;
    for (const part of note.field) {
      current = current !== null && typeof current === "object" ? (current as Record<string | number, unknown>)[part] : undefined;
      if (current === undefined) throw new Error(`a field note names ${note.field.join(".")}, which the object does not have: "${note.text}"`);
    }
  }
}

function writeDocument(document: YamlDocument): string {
  checkNotesHaveFields(document);
  const writer = new Writer();
  for (const line of document.header ?? []) {
    const text = commentText(line);
    writer.lines.push(text === "" ? "#" : `# ${text}`);
  }
  const notes = noteTree(document.notes ?? []);
  const value = document.value;
  if (typeof value === "string" && value.includes("\n")) writer.lines.push(scalarText(value));
  else writer.value(value, { kind: "root", text: "" }, "", notes, true);
  writer.lines.push("");
  return writer.lines.join("\n");
}

export const yamlWriter: YamlWriter = { write: writeDocument };
