import { describe, expect, it } from "vitest";
import { PartTree } from "../../src/model/part-tree.js";
import { emittedFieldsOfText } from "../../src/views/emitted-fields.js";

describe("PartTree", () => {
  it("gives one node per distinct sequence of parts, keeping an item index apart from a key", () => {
    const tree = new PartTree<string>();
    const item = tree.at(["spec", "ports", 0]);
    expect(tree.at(["spec", "ports", 0])).toBe(item);
    expect(tree.child(tree.child(tree.child(tree.root, "spec"), "ports"), 0)).toBe(item);
    expect(tree.at(["spec", "ports", "0"])).not.toBe(item);
    expect(tree.at([])).toBe(tree.root);
  });

  it("is full at its limit, counting nodes and the entries its user adds, and starts over when cleared", () => {
    const tree = new PartTree<string>(4);
    const kept = tree.at(["a", "b"]);
    kept.value = "ab";
    expect(tree.full).toBe(false);
    tree.grew();
    expect(tree.full).toBe(false);
    tree.at(["c"]);
    expect(tree.full).toBe(true);
    tree.clear();
    expect(tree.full).toBe(false);
    expect(tree.at(["a", "b"])).not.toBe(kept);
    expect(tree.at(["a", "b"]).value).toBeUndefined();
  });

  it("lets the views share the fields of the same line across documents read through one tree", () => {
    // As side-by-side.ts reads a document: without its last line break (a blank line sends it to the parser).
    const document = "apiVersion: v1\nkind: Service\nspec:\n  ports:\n    - port: 80\n      name: http";
    const paths = new PartTree<(string | number)[]>();
    const first = emittedFieldsOfText(document, paths);
    const second = emittedFieldsOfText(document, paths);
    expect(first[4]).toEqual(["spec", "ports", 0, "port"]);
    expect(second[4]).toBe(first[4]);
    // Without a shared tree, equal but not the same.
    expect(emittedFieldsOfText(document)[4]).not.toBe(first[4]);
    expect(emittedFieldsOfText(document)[4]).toEqual(first[4]);
  });
});
