import type { Path } from "../diagnostics/types.js";

/** A short comment attached to a field: `ports: # note`, or on the line before a sequence item. */
export interface YamlNote {
  field: Path;
  text: string;
}

/** Whitespace and control characters that commentText turns into spaces. */
const commentBreaks = /[\s\x00-\x1F\x7F-\x9F\u2028\u2029\uFEFF]+/g;

/** Characters commentText replaces: control characters and every whitespace character but the space. */
const commentBreak = /[\x00-\x1F\x7F-\x9F\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]/;

/**
 * Whether commentText changes the text. Most comments are words between single spaces; testing for that
 * is cheaper than rebuilding the text, because `replace` above matches, and rewrites, every single space
 * (1000 services: 6000 origin lines and 10,000 notes).
 */
const commentNeedsCleaning = (text: string): boolean =>
  commentBreak.test(text) || text.includes("  ") || text.startsWith(" ") || text.endsWith(" ");

/**
 * A comment must stay on its line: line breaks (including U+2028/2029 and NEL, which YAML 1.1 counts as
 * line breaks) and control characters become spaces, so a comment can never turn into content.
 */
export const commentText = (text: string): string =>
  commentNeedsCleaning(text) ? text.replace(commentBreaks, " ").trim() : text;

/** Comment lines as written above a document: "# text", or "#" for an empty line; each ends with a line feed. */
export function commentBlock(lines: readonly string[]): string {
  let block = "";
  for (const line of lines) {
    const text = commentText(line);
    block += text === "" ? "#\n" : `# ${text}\n`;
  }
  return block;
}

/** Notes arranged as a tree along their paths, so the writer only follows branches that hold one. */
export interface NoteNode {
  text?: string;
  children: Map<string | number, NoteNode>;
  /** Set by the writer when it meets a defined value at this path. */
  reached: boolean;
}

/** The tree of a document's notes, and the node each note ends at (in the notes' order). */
export interface NoteTree {
  root: NoteNode;
  ends: NoteNode[];
}

export function noteTree(notes: readonly YamlNote[]): NoteTree | undefined {
  if (notes.length === 0) return undefined;
  // The document itself is always there: a note on it (field []) is never missing.
  const root: NoteNode = { children: new Map(), reached: true };
  const ends: NoteNode[] = [];
  for (const note of notes) {
    let node = root;
    for (const part of note.field) {
      let child = node.children.get(part);
      if (!child) node.children.set(part, (child = { children: new Map(), reached: false }));
      node = child;
    }
    const text = commentText(note.text);
    node.text = node.text === undefined ? text : `${node.text}; ${text}`;
    ends.push(node);
  }
  return { root, ends };
}

/**
 * A note whose field the document does not have would vanish from the output: that is a converter bug,
 * so it is thrown (the CLI reports it as an internal error) rather than dropped. The writer marks each
 * node it reaches on its one walk, so only a note it did not reach is looked up here, the way it always
 * was (looking up every note's path in the object cost more than writing the notes).
 */
export function checkNotesHaveFields(value: unknown, notes: readonly YamlNote[], tree: NoteTree | undefined): void {
  notes.forEach((note, index) => {
    if (tree?.ends[index]?.reached === true) return;
    let current = value;
    for (const part of note.field) {
      current = current !== null && typeof current === "object" ? (current as Record<string | number, unknown>)[part] : undefined;
      if (current === undefined) throw new Error(`a field note names ${note.field.join(".")}, which the object does not have: "${note.text}"`);
    }
  });
}
