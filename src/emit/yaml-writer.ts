import { checkNotesHaveFields, noteTreeOf } from "./note-tree.js";
import { commentBlock, type YamlNote } from "./yaml-comments.js";
import { scalarText } from "./yaml-scalars.js";
import { ValueWriter } from "./yaml-value-writer.js";

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
  /**
   * `count` documents, asked for one at a time, with `separator` between them: the texts write()
   * gives them, joined by it. `chunkPieces` is for tests.
   */
  writeStream(count: number, documentAt: (index: number) => YamlDocument, separator: string, chunkPieces?: number): string;
}

/** Writes one document's pieces after what the writer holds. */
function writeInto(writer: ValueWriter, document: YamlDocument): void {
  const notes = document.notes ?? [];
  const tree = noteTreeOf(notes);
  writer.put(document.headerBlock ?? commentBlock(document.header ?? []));
  const value = document.value;
  try {
    if (typeof value === "string" && value.includes("\n")) {
      writer.put(scalarText(value));
      writer.put("\n");
    } else writer.value(value, writer.count, "root", 0, tree?.root, tree?.root.text, true);
  } catch (error) {
    // A missing note's field is the error to report first, as when the notes were checked before writing.
    checkNotesHaveFields(value, notes, undefined);
    throw error;
  }
  checkNotesHaveFields(value, notes, tree);
}

/**
 * The writer of single documents, kept so that its array keeps its room from one document to the
 * next (the views write 6000 documents one by one); a write that starts while another is under way
 * (a value's getter writing YAML) gets its own.
 */
const documentWriter = new ValueWriter();
let writing = false;

function writeDocument(document: YamlDocument): string {
  if (writing) {
    const writer = new ValueWriter();
    writeInto(writer, document);
    return writer.flush();
  }
  writing = true;
  try {
    writeInto(documentWriter, document);
    return documentWriter.flush();
  } finally {
    documentWriter.count = 0;
    writing = false;
  }
}

/**
 * A stream is joined every this many pieces (about ten documents), not document by document: the
 * pieces' array keeps its room instead of growing anew for each document (1000 services: 6.6 MB of
 * arrays), and there are a tenth as many joins, each with its own buffer. Much larger chunks (16,384
 * pieces, ~300 KB) cost more than they saved: their texts and the join's buffers go to fresh pages of
 * the large-object space. 1000 services: emit allocates 30.8 -> 22.7 MB, one scavenge instead of two.
 */
const streamChunkPieces = 512;

function writeStream(count: number, documentAt: (index: number) => YamlDocument, separator: string, chunkPieces = streamChunkPieces): string {
  const writer = new ValueWriter();
  const chunks: string[] = [];
  for (let index = 0; index < count; index++) {
    if (index > 0) writer.put(separator);
    writeInto(writer, documentAt(index));
    if (writer.count >= chunkPieces) chunks.push(writer.flush());
  }
  chunks.push(writer.flush());
  return chunks.join("");
}

export const yamlWriter: YamlWriter = { write: writeDocument, writeStream };
