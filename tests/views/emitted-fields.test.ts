import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { yamlWriter } from "../../src/emit/yaml-writer.js";
import { emittedFields, keyColon, keyLineColon, lineBreaks, parsedFields, scanEmitted } from "../../src/views/emitted-fields.js";
import { viewProjects, viewPipeline } from "../helpers/view-projects.js";

/** The text side-by-side reads: one emitted document without its final line feed. */
const emitted = (value: unknown): string => yamlWriter.write({ value }).replace(/\n$/, "");

// The scanner must answer what the YAML parser answers, line for line, and answer it itself (no fallback)
// for everything kubepose writes; anything else goes to the parser.
describe("emittedFields", () => {
  it.each(viewProjects)("reads every document of %s as the parser does, without falling back", (project) => {
    const result = viewPipeline(project);
    for (const document of result.output ?? []) {
      const text = document.replace(/\n$/, "");
      expect(scanEmitted(text)).toEqual(parsedFields(text));
    }
  });

  it.each([
    ["block scalars", { a: "one\ntwo\n", b: "one\ntwo", c: "one\n\n\n", d: "  indented\nnext", e: { f: ["x\ny", "z"] }, g: 1 }],
    ["block scalars in items", { list: [{ script: "a\n  b\n", after: true }, "c\nd", ["e\nf", "g"]], tail: "t" }],
    ["quoted and odd keys", { "80": "x", "a: b": { "#c": 1, "on": [1] }, "x:y": "z", "": "empty", "k\"q": "v", "é": "ü" }],
    ["nested sequences and empty collections", { a: [[1, [2, 3]], [], {}], b: [{}], c: {}, d: [], e: [{ f: [] }] }],
    ["nulls and quoted values", { a: null, b: [null, ""], c: "- not an item", d: "[not flow]", e: "|not a block", f: "x: y" }],
    // The scanner looks for a key's ": " ahead in the text once for all the lines before it.
    ["scalar items before keys", { args: ["x", "y", "-z", "w: v"], after: { k: "v: w", list: ["a", { b: "c" }] }, last: "l" }],
  ])("%s", (_name, value) => {
    const text = emitted(value);
    expect(scanEmitted(text)).toEqual(parsedFields(text));
  });

  it("agrees with the parser on any JSON object the writer writes", () => {
    const text = fc.string({ unit: fc.constantFrom("a", " ", "\n", ":", "-", "#", '"', "|", "1", "é", "\t") });
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, text, fc.integer(), fc.constant(null), fc.boolean(), tie("list"), tie("map")),
      list: fc.array(tie("node"), { maxLength: 4 }),
      map: fc.dictionary(text, tie("node"), { maxKeys: 4 }),
    })).map;
    fc.assert(
      fc.property(value, (object) => {
        const written = emitted(object);
        expect(emittedFields(written)).toEqual(parsedFields(written));
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ["an explicit key", emitted({ ["k".repeat(1200)]: "v", b: 1 })],
    ["a comment", "# header\na: 1"],
    ["a flow collection", "a: [1, 2]\nb: {c: 1}"],
    ["a blank line", "a: 1\n\nb: 2"],
    ["a compact sequence", "a:\n- 1\n- 2"],
    ["a document marker", "---\na: 1"],
    ["no text", ""],
    ["a final line break", "a: 1\n"],
  ])("sends a document with %s to the parser", (_name, text) => {
    expect(scanEmitted(text)).toBeUndefined();
    expect(emittedFields(text)).toEqual(parsedFields(text));
  });
});

// The scanner finds a key's colon without the regular expression for the usual line: the same colon, or none, on any line.
describe("keyColon", () => {
  const character = fc.constantFrom("a", "b", " ", ":", "-", "#", '"', "\\", "|", "[", "]", "{", "}", "1", "é", "\t", "\r", "\u2028", "\u2029", "\u00a0", "?", "&", "'", ",", "/", ".");
  it("answers what keyLine answers", () => {
    fc.assert(
      fc.property(fc.string({ unit: character, maxLength: 14 }), fc.nat(6), (line, from) => {
        const start = Math.min(from, line.length);
        expect(keyColon(line, start, !lineBreaks.test(line))).toBe(keyLineColon(line, start));
        expect(keyColon(line, start, false)).toBe(keyLineColon(line, start));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["key: value", 0],
    ["  key:", 2],
    ["- name: web", 2],
    ["key:value: x", 0],
    ["image: nginx:1.27", 0],
    ["a: b: c", 0],
    ["url: http://x", 0],
    [":x: y", 0],
    ["-a: b", 0],
    ["a #b: c", 0],
    ["key: ", 0],
    ["\"q\": v", 0],
    ["\"a\\\"b\": v", 0],
    ["a: x\ry: z", 0],
    ["", 0],
  ])("reads %j as keyLine does", (line, start) => {
    expect(keyColon(line, start, !lineBreaks.test(line))).toBe(keyLineColon(line, start));
  });
});
