import { describe, expect, it } from "vitest";
import { parseYaml } from "../../src/load/parse.js";

const file = "/project/compose.yaml";

/**
 * Flow collections that leave their indentation parse as docker compose (go-yaml) reads them, with
 * the positions of the file as written.
 */
describe("flow collections at the key's indentation", () => {
  it.each([
    ["closed at the key's indentation", 'services:\n  job:\n    command: [\n      "migrate", "up"\n    ]\n', { command: ["migrate", "up"] }],
    ["entries at the key's indentation", "services:\n  job:\n    command: [\n    migrate,\n    up\n    ]\n", { command: ["migrate", "up"] }],
    ["entries at column 1", "services:\n  job:\n    command: [migrate,\nup]\n", { command: ["migrate", "up"] }],
    ["a flow mapping", "services:\n  job:\n    environment: {\n      A: '1',\n    B: '2'\n    }\n", { environment: { A: "1", B: "2" } }],
    ["comments in the gap", 'services:\n  job:\n    command: [ # run it\n      "migrate", "up"  # both\n    # done\n\n    ]\n', { command: ["migrate", "up"] }],
    ["a # inside quotes is no comment", "services:\n  job:\n    command: [\n      'a # b', \"c # d\"\n    ]\n", { command: ["a # b", "c # d"] }],
    ["Windows line ends", 'services:\r\n  job:\r\n    command: [\r\n      "up"\r\n    ]\r\n', { command: ["up"] }],
    ["nested", "services:\n  job:\n    command: [\n      [a, b\n    ],\n    {c: d\n    }\n    ]\n", { command: [["a", "b"], { c: "d" }] }],
  ])("%s", (_label, text, job) => {
    const parsed = parseYaml(text, file);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.value).toEqual({ services: { job } });
  });

  it("leaves a block scalar holding a line that starts with ] as written", () => {
    const text = "services:\n  job:\n    command: [\n      sh\n    ]\n    entrypoint: |\n      [\n      ]\n";
    const parsed = parseYaml(text, file);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.value).toEqual({ services: { job: { command: ["sh"], entrypoint: "[\n]\n" } } });
  });

  it("places keys after the joined lines where they are written", () => {
    const parsed = parseYaml("services:\n  job:\n    command: [\n      up\n    ]\n    image: alpine\n", file);
    expect(parsed.find(["services", "job", "image"])?.location).toMatchObject({ line: 6, column: 5 });
    expect(parsed.find(["services", "job", "command", 0])?.location).toMatchObject({ line: 4, column: 7 });
  });

  it.each([
    ["an error after the joined lines", "services:\n  job:\n    command: [\n      up\n    ]\n    image: alpine\n    bad: : x\n", 7, 10],
    ["an unclosed collection", "services:\n  job:\n    command: [\n      up\n    ]\n    entrypoint: [\n  sh,\n", 8, 1],
    ["a duplicate key", "services:\n  job:\n    command: [\n      up\n    ]\n    image: a\n    image: b\n", 7, 5],
  ])("reports %s at its line in the file", (_label, text, line, column) => {
    const [problem] = parseYaml(text, file).diagnostics;
    expect(problem?.location).toMatchObject({ line, column });
  });
});
