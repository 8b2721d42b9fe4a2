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

describe("parseYaml: YAML 1.2 core, as Compose reads it", () => {
  it.each([
    ["yes and on are strings", "a: yes\nb: on\nc: No\n", { a: "yes", b: "on", c: "No" }],
    ["true and null", "a: true\nb: ~\nc: null\nd:\n", { a: true, b: null, c: null, d: null }],
    // docker compose's YAML library reads a leading zero as octal, like Go's ParseInt with base 0.
    ["octal 0o, octal with a leading zero, hex", "a: 0o17\nb: 012\nc: 0x1F\n", { a: 15, b: 10, c: 31 }],
    ["a file mode written the usual way", "mode: 0440\nneg: -010\nzero: 0\n", { mode: 0o440, neg: -8, zero: 0 }],
    ["a leading zero that is not octal stays decimal; quoted stays a string", "a: 08\nb: '0440'\n", { a: 8, b: "0440" }],
    ["keys are strings", "1: a\n0x1F: b\ntrue: c\n", { "1": "a", "31": "b", true: "c" }],
    ["local tags other than !reset and !override are ignored", "a: !custom 5\nb: !local [1]\nc: !x {x: 1}\n", { a: "5", b: [1], c: { x: 1 } }],
    ["a document start and end", "---\na: 1\n...\n", { a: 1 }],
  ])("%s", (_label, text, expected) => {
    const parsed = parseYaml(text, file);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.value).toEqual(expected);
  });

  it.each([
    ["an alias inside its own anchor", "a: &a [*a]\n", "yaml-too-deep", 1, 1],
    ["a second document after ...", "a: 1\n...\nb: 2\n", "yaml-syntax", 3, 1],
    ["a second document after a first with ---", "---\na: 1\n---\nb: 2\n", "yaml-syntax", 3, 1],
    ["a quoted key repeated", "services:\n  'web': {}\n  \"web\": {}\n", "yaml-duplicate-key", 3, 3],
    ["keys that are equal as strings", "1: a\n'1': b\n", "yaml-duplicate-key", 2, 1],
    ["a merge of a scalar", "a: &x 1\nb: {<<: *x}\n", "yaml-syntax", 2, 5],
    ["an unknown global tag", "a: !!binary aGk=\n", "yaml-syntax", 1, 4],
    ["a null byte", "a: \u0000\n", "yaml-syntax", 1, 4],
  ])("%s → %s", (_label, text, code, line, column) => {
    const [first, ...rest] = parseYaml(text, file).diagnostics;
    expect(rest).toEqual([]);
    expect(first?.code).toBe(code);
    expect(first?.location).toEqual({ file, line, column });
  });

  it.each([
    ['"web"', "a:\n  \"web\": 1\n  'web': 2\n", "web"],
    ["key with spaces", "key with spaces: 1\nkey with spaces: 2\n", "key with spaces"],
  ])("names the repeated key %s", (_label, text, key) => {
    const [first] = parseYaml(text, file).diagnostics;
    expect(first?.code).toBe("yaml-duplicate-key");
    expect(first?.message).toContain(`"${key}"`);
  });
});

describe("parseYaml find", () => {
  const text = [
    "# comment", //                      1
    "x-a: &sa scalar", //                2
    "x-m: &m1 {k: 1}", //                3
    "x-m2: &m2", //                      4
    "  k: 2", //                         5
    "  j: 3", //                         6
    '"services":', //                    7
    "  one:", //                         8
    "    command:", //                   9
    "      - |", //                     10
    "        literal", //               11
    "      - >-   # a | comment", //    12
    "        folded", //                13
    "      - *sa", //                   14
    "      - 'single'", //              15
    "    0x1F: hex", //                 16
    "    ~: tilde", //                  17
    "    !!str 12: tagged", //          18
    "    <<: [*m1, *m2]", //            19
    "    x: {<<: *m2, j: 4}", //        20
  ].join("\n");
  const parsed = parseYaml(text, file);

  it.each<[string, (string | number)[], number, number, number]>([
    ["the top node", [], 2, 1, 0],
    ["a quoted key: at its quote", ["services"], 7, 1, 1],
    ["a literal block item: at its |", ["services", "one", "command", 0], 10, 9, 4],
    ["a folded block item after a comment holding |", ["services", "one", "command", 1], 12, 9, 4],
    ["an alias item: at its *", ["services", "one", "command", 2], 14, 9, 4],
    ["a quoted item: at its quote", ["services", "one", "command", 3], 15, 9, 4],
    ["a hex key, by its value", ["services", "one", "31"], 16, 5, 3],
    ["a null key", ["services", "one", "null"], 17, 5, 3],
    ["a tagged key: at its text, after the tag", ["services", "one", "12"], 18, 11, 3],
    ["first merge source wins", ["services", "one", "k"], 3, 11, 3],
    ["a key only in the second merge source", ["services", "one", "j"], 6, 3, 3],
    ["an explicit key beats a merged one", ["services", "one", "x", "j"], 20, 18, 4],
    ["a merged key in a flow mapping", ["services", "one", "x", "k"], 5, 3, 4],
    ["past a scalar: the scalar's key", ["services", "one", "command", 2, "deeper"], 14, 9, 4],
  ])("%s", (_label, path, line, column, depth) => {
    expect(parsed.find(path)).toEqual({ location: { file, line, column }, depth });
  });

  it("counts lines by \\n, with \\r part of the line", () => {
    const crlf = parseYaml("services:\r\n  web:\r\n    ports:\r\n      - '1:1'\r\n", file);
    expect(crlf.find(["services", "web", "ports", 0])?.location).toEqual({ file, line: 4, column: 9 });
  });

  it("is undefined when the file did not parse", () => {
    expect(parseYaml("a: [", file).find(["a"])).toBeUndefined();
  });
});
