import { describe, expect, it } from "vitest";
import { wholeText, type SourceMap } from "../../src/diagnostics/types.js";
import { runPipeline } from "../../src/pipeline.js";
import { memoryContext } from "../helpers/memory-context.js";
import { viewProjects, projectContext } from "../helpers/view-projects.js";

/** What views read before SourceMap.text: the file's lines, one lineText at a time, joined by "\n". */
function lineByLine(sources: SourceMap, file: string): string | undefined {
  const lines: string[] = [];
  for (let line = 1; sources.lineText(file, line) !== undefined; line += 1) lines.push(sources.lineText(file, line)!);
  return lines.length === 0 ? undefined : lines.join("\n");
}

/** Every file a pipeline result's source map can show: each traced location's and diagnostic's file, and the Compose files. */
function filesOf(result: ReturnType<typeof runPipeline>): string[] {
  const files = new Set<string>();
  for (const manifest of result.manifests ?? []) {
    if (manifest.location) files.add(manifest.location.file);
    const at = result.sources?.locate(manifest.source);
    if (at) files.add(at.file);
    for (const trace of manifest.traces ?? []) {
      const traced = "source" in trace ? result.sources?.locate(trace.source) : undefined;
      if (traced) files.add(traced.file);
    }
  }
  for (const d of result.diagnostics) if (d.location) files.add(d.location.file);
  return [...files, "/nowhere/compose.yaml"];
}

// The whole text a view reads through SourceMap.text must be the lines lineText shows (redacted), joined.
describe("SourceMap.text", () => {
  it.each(viewProjects)("is every line lineText gives, joined, for each file of %s", (project) => {
    const result = runPipeline({ files: [], envFiles: [] }, projectContext(project));
    expect(result.sources?.text).toBeDefined();
    for (const file of filesOf(result)) expect(wholeText(result.sources!, file)).toBe(lineByLine(result.sources!, file));
  });

  it("joins CRLF lines by LF, masks credentials line by line, and reads extended and override files", () => {
    const files = {
      "compose.yaml": "services:\r\n  web:\r\n    image: nginx\r\n    environment:\r\n      DB_PASSWORD: hunter22\r\n      URL: http://u:secretpw@db/x\r\n    extends:\r\n      file: base.yaml\r\n      service: base\r\n",
      "compose.override.yaml": "services:\n  web:\n    environment:\n      API_TOKEN: tok-12345\n\n",
      "base.yaml": "services:\n  base:\n    command: [\"echo\", \"hunter22\"]\n    labels:\n      a: \"x\\ry\"\n",
    };
    const result = runPipeline({ files: [], envFiles: [] }, memoryContext(files));
    const sources = result.sources!;
    for (const name of Object.keys(files)) {
      const file = `/project/${name}`;
      expect(lineByLine(sources, file)).toBeDefined();
      expect(sources.text!(file)).toBe(lineByLine(sources, file));
      expect(sources.text!(file)).toBe(sources.text!(file));
    }
    expect(sources.text!("/project/compose.yaml")).not.toContain("hunter22");
    expect(sources.text!("/project/missing.yaml")).toBeUndefined();
  });

  it("is read line by line from a SourceMap without it", () => {
    const lines = ["a:", "  b: 1", ""];
    const sources: SourceMap = { locate: () => undefined, lineText: (file, line) => (file === "f" ? lines[line - 1] : undefined) };
    expect(wholeText(sources, "f")).toBe("a:\n  b: 1\n");
    expect(wholeText(sources, "g")).toBeUndefined();
  });
});
