import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { composeOutline, parsedOutline } from "../../src/views/compose-outline.js";
import { scanOutline } from "../../src/views/outline-scan.js";

const repository = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The Compose files of the examples and fixtures (not the manifests or charts written from them). */
function composeFiles(folder: string): string[] {
  return readdirSync(join(repository, folder), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.ya?ml$/.test(file) && !/(^|\/)(expected|chart|k8s|kustomize|deploy|manifests)\//.test(file) && !file.endsWith("kubernetes.yaml"))
    .map((file) => join(folder, file));
}

/** The scanner either answers exactly as the parser does or leaves the text to it. */
function expectSameOrParsed(text: string): void {
  const scanned = scanOutline(text);
  if (scanned !== undefined) expect(scanned).toEqual(parsedOutline(text));
  expect(composeOutline(text)).toEqual(parsedOutline(text));
}

describe("scanOutline", () => {
  it.each(composeFiles("examples"))("reads %s itself, as the parser does", (file) => {
    const text = readFileSync(join(repository, file), "utf8");
    expect(scanOutline(text)).toEqual(parsedOutline(text));
  });

  it.each([...composeFiles("tests/fixtures"), ...composeFiles("tests/views/projects")])("answers %s as the parser does, or leaves it to the parser", (file) => {
    expectSameOrParsed(readFileSync(join(repository, file), "utf8"));
  });

  it.each([
    ["comments at and past a collection's column", "a:\n  b:\n    c: 1\n      # six\n\n   # three\n  # two\n# zero\nd: 2"],
    ["comments at and past a sequence's dashes", "a:\n  - x\n  # two\nd:\n  e:\n    - x\n    # at the dashes\n\n      # past them\nf: 1\n"],
    ["block scalars", "a: |\n  one\n    two\n\n  # text\nb: >-\n  x\n  # c\nc:\n  - |\n    item\n  - k: |\n      v\n"],
    ["flow collections", 'a: [1, "b, c", {c: 2, d: [3]}, \'x\'\'y\']\ne: {f: g, "h i": [ ]} # note\nf: [ ]\ng: [a, b, ]'],
    ["anchors, aliases and merge keys", "x-a: &a\n  b: 1\nc: *a\nd:\n  <<: *a\n  e: &v 2\n"],
    ["nested items", "a:\n  - - 1\n    - 2\n  - k: v\n    l:\n    - m\n  -   spaced: 1\n"],
    ["null values and a document marker", "---\na:\nb:\n  c:\n  d: ~\ne:\n"],
    ["comments after a block scalar", "x:\n  a: |\n    t\n  # c2\n      # c6\n   # c3\ny: >-\n    z\n  # c\n"],
    ["quoted keys and values", "'a b': \"x: y\"\n\"c\\\"d\": 'it''s'\ne: \"# not a comment\" # a comment\n"],
    // Each distinct line is read once (outline-line.ts): a repeated one must still land where it stands.
    // Key lines outline-line.ts reads with one match, and their neighbours it leaves to keyOf.
    ["plain keys and values", "a: b #c\nk.v/x-y: ~\n_z: (x)\nw: $HOME/.x:y\nTrue1: 1\nnull_: x y  \nn:\n  u: http://x/y?a=b#c\n  v: a:b\n"],
    ["plain and quoted items", 'a:\n  - b\n  -   "8080:80"\n  - c:/d\n  - "x\\"y"\n  - "p" # q\n  - e #f\n  - ~\n'],
    ["lines repeated in other places", "a:\n  - x: [1, {b: c}]\n    y: |\n      x: [1, {b: c}]\n  - x: [1, {b: c}]\n    y:\n      x: [1, {b: c}]\n  - - x: [1, {b: c}]\nb:\n  - x: [1, {b: c}]\n"],
  ])("%s", (_name, text) => {
    const scanned = scanOutline(text);
    expect(scanned).toEqual(parsedOutline(text));
  });

  it.each([
    ["a tag", "a: !override [1]"],
    ["a scalar over two lines", "a: b\n  c"],
    ["a flow collection over two lines", "a: [1,\n  2]"],
    ["a number as a key", "80: web"],
    ["keep chomping", "a: |+\n  x\n\nb: 1"],
    ["a bare dash", "a:\n  -\n    k: v"],
    ["a comment after a key with no value", "x:\n  a:\n      # deep\n\n  # two\n# zero\ny: 1"],
    ["a tab", "a:\n\tb: 1"],
    ["a comment past a compact sequence", "a:\n- x\n  # two\nd: 2"],
    ["a key that reads as a boolean", "a:\n  true: x\n"],
    ["a value holding a colon and a space", "a: b: c\n"],
    ["a value ending in a colon", "a: b:\n"],
    ["an item holding a colon and a space", "a:\n  - b: c: d\n"],
    ["an item line met before, now in a mapping", "a:\n  - x\nb:\n  c: 1\n  - x\n"],
    ["a key line met before, now in a sequence", "a:\n  c: 1\nb:\n  - y\n  c: 1\n"],
  ])("leaves %s to the parser", (_name, text) => {
    expect(scanOutline(text)).toBeUndefined();
    expect(composeOutline(text)).toEqual(parsedOutline(text));
  });

  it("agrees with the parser on generated Compose-like files with comments and blank lines anywhere", () => {
    const word = fc.constantFrom("web", "db", "image", "a-b", "x.y", "<<", "on", "true", "80", "k v", "url:x", "-f", "*a", "&a b");
    const scalar = fc.oneof(word, word.map((w) => JSON.stringify(w)), word.map((w) => `'${w}'`), fc.constant("a #c"), fc.constant("|\n  text\n\n  more"), fc.constant(">-\n  folded"));
    type Tree = string | { kind: "map" | "seq" | "flow"; items: [string, Tree][] };
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
      tree: fc.oneof(
        { depthSize: "small" },
        scalar,
        fc.record({ kind: fc.constantFrom("map" as const, "seq" as const, "flow" as const), items: fc.array(fc.tuple(word, tie("tree")), { maxLength: 3 }) }),
      ),
    })).tree;
    const render = (value: Tree, indent: string, compact: boolean): string[] => {
      if (typeof value === "string") return [value.replace(/\n/g, `\n${indent}`)];
      if (value.kind === "flow") return [`[${value.items.map(([key]) => key).join(", ")}]`];
      if (value.items.length === 0) return [value.kind === "map" ? "{}" : "[]"];
      const inner = compact && value.kind === "seq" ? indent.slice(2) : indent;
      return value.items.flatMap(([key, child]) => {
        const lead = value.kind === "map" ? `${inner}${key}:` : `${inner}-`;
        if (value.kind === "seq" && typeof child !== "string" && child.kind !== "flow" && child.items.length > 0 && key.length < 4) {
          // "- name: web" with the item's other keys under it, or "- - a"
          const [first = "", ...others] = render(child, `${inner}  `, false);
          return [`${lead} ${first.trimStart()}`, ...others];
        }
        const body = render(child, `${inner}    `, key.length % 2 === 0);
        return typeof child === "string" || child.kind === "flow" || child.items.length === 0 ? [`${lead} ${body.join("\n")}`] : [lead, ...body];
      });
    };
    const extras = fc.array(fc.tuple(fc.nat(40), fc.constantFrom("", "# c", "  # c", "    # c", "      # c", "   ")), { maxLength: 4 });
    fc.assert(
      fc.property(tree, extras, (value, inserts) => {
        // The value twice (under "top" and "again"): every line of it is read a second time, from what the first read remembered.
        const lines = render({ kind: "map", items: [["top", value], ["again", value], ["next", "1"]] }, "", false).join("\n").split("\n");
        for (const [at, line] of inserts) lines.splice(at % (lines.length + 1), 0, line);
        expectSameOrParsed(lines.join("\n"));
      }),
      { numRuns: 1500 },
    );
  });
});
