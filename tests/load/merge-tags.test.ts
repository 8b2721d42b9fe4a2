import { describe, expect, it } from "vitest";
import { parseYaml } from "../../src/load/parse.js";
import { MergeTag } from "../../src/load/merge-tags.js";

describe("!reset and !override tags", () => {
  it.each([
    ["a: !reset []", { a: new MergeTag("reset", []) }],
    ["a: !reset null", { a: new MergeTag("reset", null) }],
    ["a: !override\n  - 1", { a: new MergeTag("override", [1]) }],
    ["a: !override 8080", { a: new MergeTag("override", "8080") }],
    ["a: !reset", { a: new MergeTag("reset", null) }],
    ["a: !override '8080'", { a: new MergeTag("override", "8080") }],
    ["a: !override {x: 1}", { a: new MergeTag("override", { x: 1 }) }],
    ["a: !custom hi", { a: "hi" }],
    ["a: !custom [1]", { a: [1] }],
    ["g: &g !override {y: 2}\nh:\n  <<: *g\n  z: 3", { g: new MergeTag("override", { y: 2 }), h: { y: 2, z: 3 } }],
  ])("%j", (text, expected) => {
    const parsed = parseYaml(text, "/p/compose.yaml");
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.value).toEqual(expected);
  });

  it("finds positions inside a tagged sequence", () => {
    const parsed = parseYaml("a: !override\n  - 1\n  - 2", "/p/compose.yaml");
    expect(parsed.find(["a", 1])?.location).toEqual({ file: "/p/compose.yaml", line: 3, column: 5 });
  });
});
