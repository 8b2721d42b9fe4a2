import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Path } from "../../src/diagnostics/types.js";
import type { YamlNote } from "../../src/emit/yaml-comments.js";
import { yamlWriter, type YamlDocument } from "../../src/emit/yaml-writer.js";

/** Every field path of a value, the value itself first. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [at];
  const children = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [at, ...children.flatMap(([part, child]) => pathsOf(child, [...at, part]))];
}

/** A stream as the writer wrote it before it joined chunks: each document on its own, joined by the separator. */
const oneByOne = (documents: readonly YamlDocument[], separator: string): string => documents.map((document) => yamlWriter.write(document)).join(separator);

const outcome = (write: () => string): { text?: string; error?: string } => {
  try {
    return { text: write() };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

describe("yamlWriter.writeStream", () => {
  // Long keys ("? key") carry their notes on the line before their value: the one place the writer
  // inserts into what it wrote, which must stay within the chunk being written.
  const key = fc.oneof(fc.constantFrom("name", "on", "a: b", "x".repeat(1200)), fc.string({ maxLength: 5 }));
  const scalar = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("a\nb", "yes", "80", ""), fc.integer(), fc.boolean(), fc.constant(null));
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: "small" }, scalar, fc.array(tie("value"), { maxLength: 4 }), fc.dictionary(key, tie("value"), { maxKeys: 5 })),
  }));
  /** A document with notes on some of its fields (and, now and then, on one it lacks) and a header. */
  const document = fc
    .tuple(fc.oneof(fc.dictionary(key, value, { maxKeys: 6 }), value), fc.array(fc.nat(), { maxLength: 4 }), fc.boolean(), fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 }))
    .map(([value, picks, lost, header]): YamlDocument => {
      const paths = pathsOf(value);
      const notes: YamlNote[] = picks.map((pick, index) => ({ field: paths[pick % paths.length]!, text: `note ${index}` }));
      if (lost && picks.length > 0) notes.push({ field: ["missing", "field"], text: "lost" });
      return header.length > 0 ? { value, notes, header } : { value, notes };
    });

  it("writes what the documents written one by one and joined give, in chunks of any size", () => {
    fc.assert(
      fc.property(fc.array(document, { maxLength: 8 }), fc.constantFrom(1, 2, 3, 7, 40, undefined), fc.constantFrom("---\n", ""), (documents, chunkPieces, separator) => {
        const stream = outcome(() => yamlWriter.writeStream(documents.length, (index) => documents[index]!, separator, chunkPieces));
        expect(stream).toEqual(outcome(() => oneByOne(documents, separator)));
      }),
      { numRuns: 1000 },
    );
  });

  it("writes a short chunk after a longer one without the longer one's pieces", () => {
    const long: YamlDocument = { value: { list: Array.from({ length: 50 }, (_, index) => `item-${index}`) } };
    const short: YamlDocument = { value: { ["k".repeat(1100)]: { a: 1 } }, notes: [{ field: ["k".repeat(1100)], text: "on a long key" }] };
    const documents = [long, short, long, short];
    expect(yamlWriter.writeStream(documents.length, (index) => documents[index]!, "---\n", 1)).toBe(oneByOne(documents, "---\n"));
  });

  it("writes a document whose value writes another while it is written", () => {
    // write() keeps one writer for single documents; a write under way must not share it.
    const inner = { b: "x", c: [1, 2] };
    const outer = { a: 1 } as Record<string, unknown>;
    Object.defineProperty(outer, "nested", { enumerable: true, get: () => yamlWriter.write({ value: inner }) });
    expect(yamlWriter.write({ value: outer })).toBe('a: 1\nnested: |\n  b: x\n  c:\n    - 1\n    - 2\n');
    expect(yamlWriter.write({ value: inner })).toBe("b: x\nc:\n  - 1\n  - 2\n");
  });
});
