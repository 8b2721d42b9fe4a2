import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { renderCompareText } from "../../src/views/compare-text.js";
import { sideBySideInput, sideBySideOutput } from "../../src/views/view-input.js";
import { memoryContext } from "../helpers/memory-context.js";

// Several disabled services: each stub names its own profiles line (they are filed in one pass per file),
// one without a profiles key of its own line is still named by its profiles, and an enabled service gets none.
const COMPOSE = `services:
  web:
    image: nginx:1.27
    environment:
      NOTE: "tab\\there, wide ｗｉｄｅ ｃｈａｒａｃｔｅｒｓ that do not fit in a narrow column at all"
  debug:
    image: busybox:1.36
    profiles: [debug]
  tools:
    profiles: [tools, ops]
    image: busybox:1.36
  debug2:
    image: busybox:1.36
    profiles: [debug]
`;

describe("compare: stubs of disabled services and cells that must be cut or cleaned", () => {
  const input = sideBySideInput(runPipeline({ files: [], envFiles: [], output: sideBySideOutput }, memoryContext({ "compose.yaml": COMPOSE })));
  if (!input) throw new Error("does not convert");
  const text = renderCompareText(input, { width: 60, color: false, baseDir: "/project" });
  const lines = text.split("\n");
  const row = (line: number) => lines.find((l) => l.trimStart().startsWith(`${line} `)) ?? "";

  it("gives each disabled service its stub with its own profiles line, in the order written", () => {
    const titles = lines.filter((line) => /^services\.\w+ \(compose/.test(line)).map((line) => line.split(" ")[0]);
    expect(titles).toEqual(["services.web", "services.debug", "services.tools", "services.debug2"]);
    // The reason is wrapped in the right column: read it without the rows' left cells.
    const right = lines.map((line) => line.split(/ [✗│] /)[1] ?? "").join(" ");
    expect(right).toContain("disabled by profiles: [debug];");
    expect(right).toContain("disabled by profiles: [tools, ops];");
    expect(row(6)).toMatch(/debug: +✗/);
    expect(row(8)).toMatch(/profiles: \[debug\]/);
    expect(row(10)).toMatch(/profiles: \[tools, ops\]/);
    expect(row(14)).toMatch(/profiles: \[debug\]/);
  });

  it("cuts every row to the width, counting characters, and writes no control character", () => {
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(60);
    expect(text).not.toMatch(/[\t\x00-\x08\x0B-\x1F]/);
    expect(text).toMatch(/…/);
  });
});
