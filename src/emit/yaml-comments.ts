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

/**
 * commentText of a note, made once per distinct text: thousands of objects share a few dozen notes
 * (1000 services: 16,000 notes, 20 texts), and a look-up costs less than the test for cleaning.
 * Bounded, for a long-lived process; a full table starts again.
 */
const noteTexts = new Map<string, string>();
function noteText(text: string): string {
  let clean = noteTexts.get(text);
  if (clean === undefined) {
    if (noteTexts.size >= 10_000) noteTexts.clear();
    noteTexts.set(text, (clean = commentText(text)));
  }
  return clean;
}

/** Notes arranged as a tree along their paths, so the writer only follows branches that hold one. */
export interface NoteNode {
  text?: string;
  /**
   * Undefined on a leaf, which nearly every node is: a Map per node was a third of what emit allocates
   * (1000 services: 16,000 notes, 5 MB of Maps).
   */
  children: Map<string | number, NoteNode> | undefined;
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
  const root: NoteNode = { children: undefined, reached: true };
  const ends: NoteNode[] = [];
  // Loops by index: a for-of in code that is not yet optimized allocates a result object per step.
  for (let index = 0; index < notes.length; index++) {
    const note = notes[index]!;
    const field = note.field;
    let node = root;
    for (let depth = 0; depth < field.length; depth++) {
      const part = field[depth]!;
      let child = node.children?.get(part);
      if (child === undefined) (node.children ??= new Map()).set(part, (child = { children: undefined, reached: false }));
      node = child;
    }
    const text = noteText(note.text);
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
