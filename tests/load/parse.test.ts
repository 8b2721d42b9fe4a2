import { describe, expect, it } from "vitest";
import { maxFileBytes, parseYaml } from "../../src/load/parse.js";

const file = "/project/compose.yaml";
const codes = (text: string) => parseYaml(text, file).diagnostics.map((d) => d.code);

/** Nine anchors each referencing the previous one nine times: 9^9 strings once expanded. */
const billionLaughs = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
  .concat("bcdefghi".split("").map((name, i) => {
    const previous = "abcdefghi"[i]!;
    return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`;
  }))
  .join("\n");

describe("parseYaml", () => {
  it.each([
    ["empty file", "", {}],
    ["only a comment", "# nothing yet\n", {}],
    ["plain mapping", "services:\n  web:\n    image: nginx\n", { services: { web: { image: "nginx" } } }],
    ["anchor and alias", "x-img: &img nginx\nservices:\n  web:\n    image: *img\n", { "x-img": "nginx", services: { web: { image: "nginx" } } }],
    [
      "merge key with local override",
      "x-base: &base\n  image: nginx\n  restart: always\nservices:\n  web:\n    <<: *base\n    restart: 'no'\n",
      { "x-base": { image: "nginx", restart: "always" }, services: { web: { image: "nginx", restart: "no" } } },
    ],
    [
      "merge key with a list of maps (first wins)",
      "a: &a {x: 1}\nb: &b {x: 2, y: 2}\nc:\n  <<: [*a, *b]\n",
      { a: { x: 1 }, b: { x: 2, y: 2 }, c: { x: 1, y: 2 } },
    ],
  ])("%s", (_label, text, expected) => {
    const parsed = parseYaml(text, file);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.value).toEqual(expected);
  });

  it.each([
    ["duplicate key", "services:\n  web: {}\n  web: {}\n", "yaml-duplicate-key", 3, 3],
    ["unclosed flow sequence", "services:\n  web:\n    ports: [80\n", "yaml-syntax", 4, 1],
    ["bad indentation", "services:\n  web:\n   image: a\n  ports: [1]\n bad: x\n", "yaml-syntax", 5, 2], // js-yaml marks the key, after the space
    ["tab indentation", "services:\n\tweb: {}\n", "yaml-syntax", 2, 1],
    ["two documents", "a: 1\n---\nb: 2\n", "yaml-syntax", 2, 1],
    ["top-level sequence", "- a\n- b\n", "not-a-mapping", 1, 1],
    ["top-level scalar", "just text\n", "not-a-mapping", 1, 1],
    ["unknown alias", "a: *nowhere\n", "yaml-syntax", 1, 4],
  ])("%s → %s", (_label, text, code, line, column) => {
    const [first] = parseYaml(text, file).diagnostics;
    expect(first?.code).toBe(code);
    expect(first?.location).toEqual({ file, line, column });
  });

  it("reports the duplicated key by name", () => {
    const [first] = parseYaml("a: 1\na: 2\n", file).diagnostics;
    expect(first?.message).toContain('"a"');
  });

  it.each([
    ["alias bomb", "yaml-alias-bomb", billionLaughs],
    ["100000 nested flow sequences", "yaml-too-deep", "a: " + "[".repeat(100_000)],
    ["100000 nested flow mappings", "yaml-too-deep", "a: " + "{a: ".repeat(100_000)],
    ["100000 nested block sequences", "yaml-too-deep", "- ".repeat(100_000) + "x"],
    ["file over the size limit", "file-too-large", "a: " + "x".repeat(maxFileBytes)],
  ])("%s → %s, without crashing", (_label, code, text) => {
    expect(codes(text)).toEqual([code]);
  });

  it("refuses a chain of aliases that nests 300 levels deep", () => {
    // Each line alone is shallow; only the expansion is deep.
    const lines = ["a0: &a0 [x]"];
    for (let i = 1; i < 300; i++) lines.push(`a${i}: &a${i} [*a${i - 1}]`);
    const found = codes(lines.join("\n"));
    expect(found).toHaveLength(1);
    expect(["yaml-too-deep", "yaml-alias-bomb"]).toContain(found[0]);
  });

  it("accepts an anchor merged into thousands of services", () => {
    const lines = ["x-base: &base {image: nginx}", "services:"];
    for (let i = 0; i < 3000; i++) lines.push(`  s${i}: {<<: *base}`);
    expect(codes(lines.join("\n"))).toEqual([]);
  });
});
