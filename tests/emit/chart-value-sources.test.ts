import { describe, expect, it } from "vitest";
import { chartValueSources, objectTemplates, valueSources } from "../../src/emit/helm/index.js";
import { scannedTrace, treeTrace } from "../../src/emit/helm/slots.js";
import { viewProjects, viewManifests } from "../helpers/view-projects.js";

// The report's value sources leave out the walk for fields that name a Secret; they must be exactly the
// sources of the templates helmChart writes (objectTemplates with every field).
describe("chartValueSources", () => {
  it.each(viewProjects)("gives the sources of the full chart templates for %s", (project) => {
    const manifests = viewManifests(project);
    expect(chartValueSources(manifests)).toEqual(valueSources(objectTemplates(manifests)));
  });

  it("is checked on projects with Secrets referenced by workloads", () => {
    const referenced = viewProjects.filter((project) => objectTemplates(viewManifests(project)).some((t) => t.fields.some((f) => f.render.kind === "secret-name")));
    expect(referenced.length).toBeGreaterThan(0);
  });
});

// traceOf scans an object of few traces and walks a tree of them otherwise: both must find the same trace
// for every traced field, its ancestors, a field below it, and a field beside it.
describe("traceOf's scan", () => {
  it.each(viewProjects)("finds the trace the tree finds in %s", (project) => {
    for (const manifest of viewManifests(project)) {
      for (const trace of manifest.traces ?? []) {
        const fields = [...trace.field.map((_, end) => trace.field.slice(0, end)), trace.field, [...trace.field, "x", 0], [...trace.field.slice(0, -1), "other"]];
        for (const field of fields) expect(scannedTrace(manifest.traces ?? [], field)).toBe(treeTrace(manifest, field));
      }
    }
  });
});
