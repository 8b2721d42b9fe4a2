import { BoundedMap } from "../model/bounded-map.js";
import type { Path } from "../diagnostics/types.js";
import { commentText, type YamlNote } from "./yaml-comments.js";

/**
 * commentText of a note, made once per distinct text: thousands of objects share a few dozen notes
 * (1000 services: 16,000 notes, 20 texts), and a look-up costs less than the test for cleaning.
 * Bounded, for a long-lived process; a full table starts again.
 */
const noteTexts = new BoundedMap<string, string>(10_000);
function noteText(text: string): string {
  return noteTexts.get(text) ?? noteTexts.remember(text, commentText(text));
}

/** Notes arranged as a tree along their paths, so the writer only follows branches that hold one. */
export interface NoteNode {
  text?: string;
  /**
   * Undefined on a leaf, which nearly every node is: a Map per node was a third of what emit allocates
   * (1000 services: 16,000 notes, 5 MB of Maps).
   */
  children: Map<string | number, NoteNode> | undefined;
  /** Set by the writer when it meets a defined value at this path; noteTreeOf clears it on each note's node. */
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

/** A tree made before, and the notes it was made from: their field paths (by identity) and texts. */
interface MadeTree {
  fields: readonly Path[];
  texts: readonly string[];
  tree: NoteTree;
}

/** Trees by their first note's field path; bounded, for a long-lived process. */
const madeTrees = new Map<Path, MadeTree[]>();
let madeCount = 0;

/**
 * noteTree(notes), made once per distinct list and cleared of the last write's marks: objects share
 * their notes' field paths and texts (1000 services: 6000 lists of 10,000 notes, 10 distinct notes, a
 * few dozen distinct lists), and a tree per document was a sixth of what emit allocated (its Maps,
 * ~6 MB). Lists are the same when each note has the same field array (shared paths are never changed)
 * and the same text. One tree serves one write at a time, as the writer is synchronous.
 */
export function noteTreeOf(notes: readonly YamlNote[]): NoteTree | undefined {
  if (notes.length === 0) return undefined;
  const first = notes[0]!.field;
  const made = madeTrees.get(first);
  if (made !== undefined) {
    for (let index = 0; index < made.length; index++) {
      const candidate = made[index]!;
      if (!sameNotes(candidate, notes)) continue;
      const tree = candidate.tree;
      for (let end = 0; end < tree.ends.length; end++) tree.ends[end]!.reached = tree.ends[end] === tree.root;
      return tree;
    }
  }
  const tree = noteTree(notes)!;
  if (madeCount >= 1000) {
    madeTrees.clear();
    madeCount = 0;
  }
  const entry = { fields: notes.map((note) => note.field), texts: notes.map((note) => note.text), tree };
  const list = madeTrees.get(first);
  if (list === undefined) madeTrees.set(first, [entry]);
  else list.push(entry);
  madeCount++;
  return tree;
}

function sameNotes(made: MadeTree, notes: readonly YamlNote[]): boolean {
  if (made.fields.length !== notes.length) return false;
  for (let index = 0; index < notes.length; index++) {
    const note = notes[index]!;
    if (made.fields[index] !== note.field || made.texts[index] !== note.text) return false;
  }
  return true;
}

/**
 * A note whose field the document does not have would vanish from the output: that is a converter bug,
 * so it is thrown (the CLI reports it as an internal error) rather than dropped. The writer marks each
 * node it reaches on its one walk, so only a note it did not reach is looked up here, the way it always
 * was (looking up every note's path in the object cost more than writing the notes).
 */
export function checkNotesHaveFields(value: unknown, notes: readonly YamlNote[], tree: NoteTree | undefined): void {
  // By index, not forEach and its closure: once per document.
  for (let index = 0; index < notes.length; index++) {
    if (tree?.ends[index]?.reached === true) continue;
    const note = notes[index]!;
    let current = value;
    for (const part of note.field) {
      current = current !== null && typeof current === "object" ? (current as Record<string | number, unknown>)[part] : undefined;
      if (current === undefined) throw new Error(`a field note names ${note.field.join(".")}, which the object does not have: "${note.text}"`);
    }
  }
}
