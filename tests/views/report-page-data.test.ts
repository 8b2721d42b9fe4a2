import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { reportData, type ReportData } from "../../src/views/report-data.js";
import { pageData } from "../../src/views/report-page-data.js";
import { composeLine, forEachGroupLine, GROUP, linesOf, MANIFEST_LINE, manifestLine, type PageData } from "../../src/views/report-page/page-data.js";
import { sideBySideInput, sideBySideOutput } from "../../src/views/view-input.js";
import { nodeLinks } from "../../src/views/graph/node-links.js";
import { memoryContext } from "../helpers/memory-context.js";
import { projectContext, viewPipeline, viewProjects } from "../helpers/view-projects.js";

/**
 * What the page shows of each line, from the record-per-line model (reportData) and from the compact
 * one the page embeds (pageData, read by the page's own readers): both must say the same for every line.
 */
function fromRecords(data: ReportData) {
  return {
    title: data.title,
    files: data.files,
    manifests: data.manifests,
    compose: Object.fromEntries(
      Object.entries(data.composeLines).map(([key, info]) => [key, { path: info.path, fields: info.fields, fate: info.fate, explanation: info.explanation && { id: info.explanation, ...data.explanations[info.explanation] } }]),
    ),
    kubernetes: Object.fromEntries(
      Object.entries(data.manifestLines).map(([key, info]) => [
        key,
        {
          field: info.field,
          origin: info.origin === undefined ? undefined : data.origins[info.origin],
          default: info.default === undefined ? undefined : data.defaults[info.default],
          explanation: info.explanation && { id: info.explanation, ...data.explanations[info.explanation] },
        },
      ]),
    ),
    diagnostics: data.diagnostics,
    graph: data.graph,
  };
}

function fromPage(data: PageData) {
  const compose: Record<string, unknown> = {};
  data.composeLines.forEach((entries, f) =>
    entries.forEach((_, i) => {
      const info = composeLine(data, f, i + 1);
      if (!info) return;
      const fields: [number, number][] = [];
      forEachGroupLine(data, info.groups, (m, l) => void fields.push([m, l]));
      compose[`${f}:${i + 1}`] = { path: info.path, fields, fate: info.fate, explanation: info.explanation };
    }),
  );
  const kubernetes: Record<string, unknown> = {};
  data.manifests.forEach((manifest, m) =>
    linesOf(manifest.text).forEach((_, l) => {
      const info = manifestLine(data, m, l);
      kubernetes[`${m}:${l}`] = info && { ...info, origin: info.origin };
    }),
  );
  return {
    title: data.title,
    files: data.files.map((file) => ({ name: file.name, lines: linesOf(file.text) })),
    manifests: data.manifests.map((manifest) => ({ kind: manifest.kind, name: manifest.name, lines: linesOf(manifest.text) })),
    compose,
    kubernetes,
    diagnostics: data.diagnostics,
    // Per node id, as the records say: of nodes sharing an id, the last one's.
    graph: Object.fromEntries(data.picture.nodes.map(([id], i) => [id, nodeLinks(data.graph, i)])),
  };
}

function expectSame(input: NonNullable<ReturnType<typeof sideBySideInput>>, result: ReturnType<typeof runPipeline>, baseDir: string) {
  expect(fromPage(pageData(input, result.diagnostics, "t", baseDir))).toEqual(fromRecords(reportData(input, result.diagnostics, "t", baseDir)));
}

describe("pageData", () => {
  it.each(viewProjects)("says what reportData says for every line of %s", (project) => {
    const result = viewPipeline(project);
    const input = sideBySideInput(result);
    if (!input) return; // a project that does not convert has no page
    expectSame(input, result, projectContext(project).cwd);
  });

  it("says the same without the project's sources (no Compose lines)", () => {
    const result = runPipeline({ files: [], envFiles: [], output: sideBySideOutput }, memoryContext({ "compose.yaml": "services:\n  web:\n    image: nginx\n    ports: ['80:80']\n" }));
    const input = sideBySideInput(result);
    if (!input) throw new Error("does not convert");
    const { sources: _sources, ...withoutSources } = input;
    expectSame(withoutSources, result, "/");
  });

  it("writes each field, origin, default and fate once, and what a group's lines share once per group", () => {
    const result = viewPipeline("examples/voting-app");
    const data = pageData(sideBySideInput(result)!, result.diagnostics, "t");
    for (const table of [data.fields, data.defaults, data.fates, data.origins.map((origin) => origin.join())]) expect(new Set(table).size).toBe(table.length);
    const lines = data.manifestLines.reduce((sum, numbers) => sum + numbers.length / MANIFEST_LINE.size, 0);
    expect(data.fields.length).toBeLessThan(lines);
    expect(data.groups.length % GROUP.size).toBe(0);
    const groupCount = data.groups.length / GROUP.size;
    expect(groupCount).toBeLessThan(lines);
    // Every line names a group of its own manifest, and every group has lines.
    const used = new Set<number>();
    data.manifestLines.forEach((numbers, m) => {
      for (let at = 0; at < numbers.length; at += MANIFEST_LINE.size) {
        const group = numbers[at + MANIFEST_LINE.group]!;
        expect(data.groups[group * GROUP.size + GROUP.manifest]).toBe(m);
        used.add(group);
      }
    });
    expect(used.size).toBe(groupCount);
  });
});
