import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { load } from "../../src/load/index.js";
import { memoryContext } from "../helpers/memory-context.js";

const base = ["services:", "  web:", "    image: nginx", "    ports:", "      - '8080:80'", "    environment:", "      - A=1"].join("\n");

/** Runs the whole pipeline on compose.yaml + compose.override.yaml; diagnostics as [code, file, line]. */
function located(override: string, env: Record<string, string> = {}) {
  const result = runPipeline({ files: [] }, memoryContext({ "compose.yaml": base, "compose.override.yaml": override }, env), "project");
  return result.diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.location?.file, d.location?.line]);
}

describe("diagnostics after a merge point at the file that wrote the value", () => {
  it.each([
    ["a bad port appended by the override", "services:\n  web:\n    ports:\n      - 'abc:80'", ["port-syntax", "/project/compose.override.yaml", 4]],
    ["a bad port after !override", "services:\n  web:\n    ports: !override\n      - '9090:80'\n      - 'x:y'", ["port-syntax", "/project/compose.override.yaml", 5]],
    ["a bad value that replaced the base's", "services:\n  web:\n    restart: sometimes", ["invalid-value", "/project/compose.override.yaml", 3]],
  ])("%s", (_label, override, expected) => {
    expect(located(override)).toContainEqual(expected);
  });

  it("a bad base port stays in the base file when the override appends another", () => {
    const result = runPipeline(
      { files: [] },
      memoryContext({ "compose.yaml": base.replace("8080:80", "bad:80"), "compose.override.yaml": "services:\n  web:\n    ports: ['9090:90']" }),
      "project",
    );
    const errors = result.diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.location?.file, d.location?.line]);
    expect(errors).toContainEqual(["port-syntax", "/project/compose.yaml", 5]);
  });

  it("an environment entry from a list item is located at that item after a list+map merge", () => {
    const result = load({ files: [] }, memoryContext({ "compose.yaml": base, "compose.override.yaml": "services:\n  web:\n    environment:\n      B: '2'" }));
    const locate = (path: (string | number)[]) => result.value?.sources.locate(path);
    expect(locate(["services", "web", "environment", "A"])).toMatchObject({ file: "/project/compose.yaml", line: 7 });
    expect(locate(["services", "web", "environment", "B"])).toMatchObject({ file: "/project/compose.override.yaml", line: 4 });
    expect(locate(["services", "web", "ports", 0])).toMatchObject({ file: "/project/compose.yaml", line: 5 });
  });

  it("interpolation errors point at the file that wrote the reference", () => {
    const override = "services:\n  web:\n    ports:\n      - '${PORT:?set PORT}:80'";
    const result = load({ files: [] }, memoryContext({ "compose.yaml": base, "compose.override.yaml": override }));
    expect(result.diagnostics.map((d) => [d.code, d.location?.file, d.location?.line])).toEqual([["interpolation-required", "/project/compose.override.yaml", 4]]);
  });

  it("a merge of mismatched shapes points at the later file", () => {
    const result = runPipeline({ files: [] }, memoryContext({ "compose.yaml": base, "compose.override.yaml": "services:\n  web:\n    ports: {a: 1}" }), "project");
    expect(result.diagnostics.map((d) => [d.code, d.location?.file, d.location?.line])).toContainEqual(["merge-type-mismatch", "/project/compose.override.yaml", 3]);
  });
});
