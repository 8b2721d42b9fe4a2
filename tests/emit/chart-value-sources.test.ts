import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeContext } from "../../src/cli/node-context.js";
import { chartValueSources, objectTemplates, valueSources } from "../../src/emit/helm/index.js";
import { scannedTrace, treeTrace } from "../../src/emit/helm/slots.js";
import type { Manifest } from "../../src/model/manifest.js";
import { runPipeline } from "../../src/pipeline.js";
import { sideBySideOutput, viewInput } from "../../src/views/view-input.js";
import { repositoryRoot } from "../helpers/repository-boundary.js";

const projects = ["examples", "tests/fixtures", "tests/views/projects"].flatMap((folder) =>
  readdirSync(join(repositoryRoot, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(folder, entry.name)),
);

const manifestsOf = (project: string): Manifest[] => {
  const result = runPipeline({ files: [], envFiles: [], output: sideBySideOutput }, { ...nodeContext(), env: {}, cwd: join(repositoryRoot, project) });
  return [...(viewInput(result)?.manifests ?? [])];
};

// The report's value sources leave out the walk for fields that name a Secret; they must be exactly the
// sources of the templates helmChart writes (objectTemplates with every field).
describe("chartValueSources", () => {
  it.each(projects)("gives the sources of the full chart templates for %s", (project) => {
    const manifests = manifestsOf(project);
    expect(chartValueSources(manifests)).toEqual(valueSources(objectTemplates(manifests)));
  });

  it("is checked on projects with Secrets referenced by workloads", () => {
    const referenced = projects.filter((project) => objectTemplates(manifestsOf(project)).some((t) => t.fields.some((f) => f.render.kind === "secret-name")));
    expect(referenced.length).toBeGreaterThan(0);
  });
});

// traceOf scans an object of few traces and walks a tree of them otherwise: both must find the same trace
// for every traced field, its ancestors, a field below it, and a field beside it.
describe("traceOf's scan", () => {
  it.each(projects)("finds the trace the tree finds in %s", (project) => {
    for (const manifest of manifestsOf(project)) {
      for (const trace of manifest.traces ?? []) {
        const fields = [...trace.field.map((_, end) => trace.field.slice(0, end)), trace.field, [...trace.field, "x", 0], [...trace.field.slice(0, -1), "other"]];
        for (const field of fields) expect(scannedTrace(manifest.traces ?? [], field)).toBe(treeTrace(manifest, field));
      }
    }
  });
});
