import { describe, expect, it } from "vitest";
import { PathTrie } from "../../src/views/path-trie.js";
import { emittedFieldsOfLines } from "../../src/views/emitted-fields.js";

describe("PathTrie", () => {
  it("gives one array per distinct path, keeping an item index apart from a key", () => {
    const trie = new PathTrie();
    const spec = trie.child(trie.root, "spec");
    const item = trie.child(trie.child(spec, "ports"), 0);
    expect(item.path).toEqual(["spec", "ports", 0]);
    expect(trie.child(trie.child(trie.child(trie.root, "spec"), "ports"), 0)).toBe(item);
    const key = trie.child(trie.child(spec, "ports"), "0");
    expect(key.path).toEqual(["spec", "ports", "0"]);
    expect(key).not.toBe(item);
    expect(trie.root.path).toEqual([]);
  });

  it("shares the fields of the same line across documents read through one trie", () => {
    // As side-by-side.ts reads a document: without its last line break (a blank line sends it to the parser).
    const document = "apiVersion: v1\nkind: Service\nspec:\n  ports:\n    - port: 80\n      name: http";
    const lines = document.split("\n");
    const trie = new PathTrie();
    const first = emittedFieldsOfLines(document, lines, trie);
    const second = emittedFieldsOfLines(document, lines, trie);
    expect(first[4]).toEqual(["spec", "ports", 0, "port"]);
    expect(second[4]).toBe(first[4]);
    // Without a shared trie, equal but not the same.
    expect(emittedFieldsOfLines(document, lines)[4]).not.toBe(first[4]);
    expect(emittedFieldsOfLines(document, lines)[4]).toEqual(first[4]);
  });
});
