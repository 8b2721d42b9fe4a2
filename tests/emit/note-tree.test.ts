import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Path } from "../../src/diagnostics/types.js";
import { noteTree, noteTreeOf, type NoteNode, type NoteTree } from "../../src/emit/note-tree.js";
import type { YamlNote } from "../../src/emit/yaml-comments.js";
import { yamlWriter } from "../../src/emit/yaml-writer.js";

/** A tree as plain data: texts and children by part, and which note ends where. */
function shape(tree: NoteTree | undefined): unknown {
  if (tree === undefined) return undefined;
  const nodes = new Map<NoteNode, number>();
  const node = (at: NoteNode): unknown => {
    nodes.set(at, nodes.size);
    return { text: at.text, children: at.children && [...at.children].map(([part, child]) => [part, node(child)]) };
  };
  return { root: node(tree.root), ends: tree.ends.map((end) => nodes.get(end)), reached: tree.ends.map((end) => end.reached) };
}

describe("noteTreeOf", () => {
  // A few shared paths, as the converter shares them between objects, and fresh copies of them.
  const paths: Path[] = [[], ["spec"], ["spec", "template"], ["spec", "ports", 0], ["spec", "ports", 1], ["data", "a"], ["list", 0]];
  const path = fc.oneof(fc.constantFrom(...paths), fc.constantFrom(...paths).map((shared) => [...shared]));
  const note = fc.record({ field: path, text: fc.constantFrom("one", "two", "three\nlines", "one") });

  it("gives the tree noteTree makes, its notes' marks cleared, for any list met before or not", () => {
    fc.assert(
      fc.property(fc.array(fc.array(note, { maxLength: 4 }), { minLength: 1, maxLength: 6 }), (lists: YamlNote[][]) => {
        for (const notes of lists) {
          const tree = noteTreeOf(notes);
          expect(shape(tree)).toEqual(shape(noteTree(notes)));
          // The writer marks what it reaches; the next list that is the same starts unmarked again.
          for (const end of tree?.ends ?? []) end.reached = true;
        }
      }),
      { numRuns: 500 },
    );
  });

  it("still refuses a note on a missing field when its list was met on an object that had it", () => {
    const notes: YamlNote[] = [{ field: ["spec", "replicas"], text: "from deploy.replicas" }];
    expect(yamlWriter.write({ value: { spec: { replicas: 1 } }, notes })).toBe("spec:\n  replicas: 1 # from deploy.replicas\n");
    expect(() => yamlWriter.write({ value: { spec: {} }, notes })).toThrow(/does not have/);
    expect(yamlWriter.write({ value: { spec: { replicas: 2 } }, notes })).toBe("spec:\n  replicas: 2 # from deploy.replicas\n");
  });
});
