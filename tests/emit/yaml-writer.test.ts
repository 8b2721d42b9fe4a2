import { describe, expect, it } from "vitest";
import YAML from "yaml";
import fc from "fast-check";
import { yamlWriter } from "../../src/emit/yaml-writer.js";

/** One document without comments (callers outside emit go through emit/index.ts). */
const writeYaml = (value: unknown): string => yamlWriter.write({ value });

const reservedWords = ["y", "Y", "n", "N", "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
  "true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL", "~", "=", "<<"];

const numberLikes = ["80", "-80", "+80", "0", "08", "0777", "0o17", "0x1F", "0X1f", "0b101", "1e3", "1E3", "e3", "1e-3",
  "1_000", ".5", "5.", "-.5", "1.5", ".", "._", "12:30", "190:20:30", "1:2:3.5", ".inf", "-.Inf", ".NaN", "2024-01-31",
  "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "1.25", "3.0.1"];

const tricky = ["", " ", "  lead", "trail ", "\t", "a\tb", "#comment", "a #b", "a#b", "a: b", "a:b", "key:", "-", "- x", "-x",
  "--", "---", "...", "?", "? x", ":", "[a]", "{a}", "a,b", "*ref", "&anchor", "!tag", "|", ">", "'single'", "\"double\"",
  "%YAML", "@at", "`tick", "back\\slash", "quote\"inside", "it's", "ünïcödé", "日本語", "emoji 🚀", "\u2028", "a\u2029b",
  "\u0085", "\uFEFFbom", "\u007F", "\u0000", "\u001b[31m", "\r", "a\rb", "nginx:1.25-alpine", "500m", "512Mi", "1Gi",
  "8080/tcp", "app.kubernetes.io/name", "http://example.com:8080/path?q=1#frag", "x".repeat(2000),
  `${"word ".repeat(60)}end`];

const multiLine = ["a\nb", "a\nb\n", "a\nb\n\n", "a\nb\n\n\n", "\na", "\n\na\n", "  indented\nnext\n", "a\n  b\n",
  "a \nb", "a\nb ", "a\t\nb", "\tx\ny", "a\n\tb\n", "\n", "\n\n", " \n", "line\r\nwindows", "#!/bin/sh\nexit 0\n",
  "- a\n- b\n", "key: value\nother: x\n", "a\n\nb\n", "x\u2028y\nz", "\u00e9t\u00e9\n\u00e0\n"];

const allStrings = [...reservedWords, ...numberLikes, ...tricky, ...multiLine];

const numbers = [0, 1, -1, 80, 65535, 1.5, -0.25, 1e21, 1e-7, 123456789012, 2 ** 53 - 1, 0.1];

function roundTrip(value: unknown): void {
  const text = writeYaml(value);
  expect(YAML.parse(text), text).toEqual(value);
  expect(YAML.parse(text, { version: "1.1" }), text).toEqual(value);
}

describe("yaml writer round trip (YAML 1.2 and 1.1)", () => {
  it.each(allStrings.map((s) => [JSON.stringify(s).slice(0, 60), s]))("string %s as value, key and item", (_label, s) => {
    roundTrip({ value: s });
    roundTrip({ [s]: "value" });
    roundTrip({ list: [s, { nested: s }, [s]] });
    roundTrip({ a: { b: { c: s, d: [{ e: s, f: s }] } } });
  });

  it.each(numbers.map((n) => [String(n), n]))("number %s", (_label, n) => {
    roundTrip({ n, list: [n] });
  });

  it.each([
    ["booleans and null", { t: true, f: false, z: null }],
    ["empty collections", { o: {}, a: [], nested: [{}, [], [[]], { x: {} }] }],
    ["nested sequences", [[1, [2, [3, "a\nb"]]], []]],
    ["root scalar", "just text"],
    ["root multi-line", "a\nb\n"],
    ["root number", 42],
    ["root null", null],
  ] as const)("%s", (_label, value) => {
    roundTrip(value);
  });

  it("writes -0 as 0 like JSON does", () => {
    expect(writeYaml({ zero: -0 })).toBe("zero: 0\n");
  });

  it("skips undefined fields like JSON does", () => {
    expect(YAML.parse(writeYaml({ a: 1, b: undefined, c: { d: undefined } }))).toEqual({ a: 1, c: {} });
  });

  it("refuses what is not JSON-shaped, at the top and nested, naming its type", () => {
    const refusal = (type: string) => `emit: a ${type} cannot be written as YAML (only JSON-shaped data)`;
    expect(() => writeYaml({ at: new Map() })).toThrow(refusal("object"));
    expect(() => writeYaml([new Date(0)])).toThrow(refusal("object"));
    expect(() => writeYaml({ f: () => 1 })).toThrow(refusal("function"));
    expect(() => writeYaml(10n)).toThrow(refusal("bigint"));
  });

  it("skips holes in a sequence as it always did", () => {
    expect(writeYaml({ list: [1, , 3] })).toBe("list:\n  - 1\n  - 3\n");
  });

  it("writes the same text once its tables of keys and values have been filled and started again", () => {
    const value = { name: "web", on: "80", list: ["a", { nested: "b", ["x".repeat(1200)]: "long key" }] };
    const first = writeYaml(value);
    // More than the tables hold (10,000 each): they are cleared and filled again.
    writeYaml(Object.fromEntries(Array.from({ length: 12_000 }, (_, index) => [`key-${index}`, `value ${index}`])));
    expect(writeYaml(value)).toBe(first);
    expect(YAML.parse(first)).toEqual(value);
  });

  it.each([[NaN], [Infinity], [() => 1], [new Date(0)], [10n]])("rejects %s as a bug", (value) => {
    expect(() => writeYaml({ value })).toThrow(/emit/);
  });
});

describe("yaml writer text", () => {
  it("writes a small object exactly", () => {
    const value = {
      spec: { replicas: 2, selector: { matchLabels: { app: "web" } } },
      kind: "Deployment",
      metadata: { name: "web", labels: { "app.kubernetes.io/name": "web", on: "80" } },
      apiVersion: "apps/v1",
      status: {},
    };
    const text = yamlWriter.write({
      value,
      header: ["Runs the web service.", "from compose.yaml:3 services.web"],
      notes: [
        { field: ["spec", "replicas"], text: "from deploy.replicas" },
        { field: ["metadata", "labels"], text: "added" },
      ],
    });
    expect(text).toBe(
      [
        "# Runs the web service.",
        "# from compose.yaml:3 services.web",
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata:",
        "  name: web",
        "  labels: # added",
        "    app.kubernetes.io/name: web",
        '    "on": "80"',
        "spec:",
        "  replicas: 2 # from deploy.replicas",
        "  selector:",
        "    matchLabels:",
        "      app: web",
        "status: {}",
        "",
      ].join("\n"),
    );
  });

  it.each(["line\nbreak", "ls\u2028ps\u2029nel\u0085", "nul\u0000esc\u001b", "cr\rlf"])("keeps a comment on its line: %j", (text) => {
    const written = yamlWriter.write({ value: { a: 1 }, header: [text], notes: [{ field: ["a"], text }] });
    expect(written.split("\n")).toHaveLength(3);
    expect(YAML.parse(written)).toEqual({ a: 1 });
    expect(YAML.parse(written, { version: "1.1" })).toEqual({ a: 1 });
  });

  it.each([
    ["sequence item note goes on the line before", { list: [{ a: 1 }, "b"] }, [["list", 0], ["list", 1]], "list:\n  # note\n  - a: 1\n  # note\n  - b\n"],
    ["block scalar note follows the header", { script: "a\nb" }, [["script"]], "script: |- # note\n  a\n  b\n"],
    ["leading space needs an indentation indicator", { s: " a\nb\n" }, [], "s: |2\n   a\n  b\n"],
    ["trailing space falls back to double quotes", { s: "a \nb" }, [], 's: "a \\nb"\n'],
    ["kept trailing newlines", { s: "a\n\n" }, [], "s: |+\n  a\n\n"],
  ] as const)("%s", (_label, value, fields, expected) => {
    const text = yamlWriter.write({ value, notes: fields.map((field) => ({ field: [...field], text: "note" })) });
    expect(text).toBe(expected);
    expect(YAML.parse(text)).toEqual(value);
  });

  it.each([[["spec", "replicas"]], [["list", 3]], [["a", "b"]]])("refuses a note on a field the object does not have: %j", (field) => {
    // A converter bug: the note would vanish from the output, so it is thrown, never dropped.
    expect(() => yamlWriter.write({ value: { a: 1, list: [1], spec: {} }, notes: [{ field, text: "lost" }] })).toThrow(/does not have/);
  });

  it("writes the same text whether its keys and values are met for the first time or again", () => {
    // The first write files each key's line start and each string's line rest; the second takes the
    // writer's short path from those tables. Both must be the text the first one wrote.
    const key = fc.oneof(fc.constantFrom("name", "image", "on", "0", "a: b", "x".repeat(1200)), fc.string({ maxLength: 6 }));
    const scalar = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("a\nb", "yes", "80", "x y", ""), fc.integer(), fc.boolean(), fc.constant(null));
    const { value: json } = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: "small" }, scalar, fc.array(tie("value"), { maxLength: 3 }), fc.dictionary(key, tie("value"), { maxKeys: 4 })),
    }));
    fc.assert(
      fc.property(fc.dictionary(key, json, { minKeys: 1, maxKeys: 4 }), fc.string({ minLength: 1, maxLength: 12 }), (value, unique) => {
        // A suffix no earlier run has used makes the first write meet every key and string anew.
        const fresh = JSON.parse(JSON.stringify(value, (_key, item: unknown) => (typeof item === "string" ? `${item}${unique}` : item))) as Record<string, unknown>;
        const first = Object.keys(fresh)[0]!;
        const document = { value: fresh, notes: [{ field: [first], text: "note" }] };
        const text = yamlWriter.write(document);
        expect(yamlWriter.write(document)).toBe(text);
        expect(YAML.parse(text)).toEqual(fresh);
      }),
      { numRuns: 300 },
    );
  });
});
