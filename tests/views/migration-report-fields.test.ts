import { describe, expect, it } from "vitest";
import type { Path } from "../../src/diagnostics/types.js";
import type { Manifest } from "../../src/model/manifest.js";
import { keyFields } from "../../src/views/migration-report-fields.js";
import { buildTraceIndex } from "../../src/views/trace-index.js";
import { viewProjects, viewManifests } from "../helpers/view-projects.js";
import { tracedManifest } from "../helpers/traced-manifest.js";

// The report files each trace under the Compose keys it asks about instead of building the trace index:
// for every key asked, keyFields must give exactly the index's fieldsFrom, in the same order.
/** Every non-empty prefix of every Compose path the manifests are traced to, and a path beside each. */
const pathsOf = (manifests: readonly Manifest[]): Path[] => {
  const sources = manifests.flatMap((m) => [m.source, ...(m.traces ?? []).flatMap((trace) => ("source" in trace ? [trace.source] : []))]);
  const paths = sources.flatMap((source) => source.map((_, end) => source.slice(0, end + 1)));
  return [...paths, ...sources.map((source) => [...source, "nothing"]), ["services", "nothing", "ports"]];
};

const expectSame = (manifests: readonly Manifest[], paths: readonly Path[]) => {
  const index = buildTraceIndex(manifests);
  const fields = keyFields(manifests, paths, (manifest, field) => ({ manifest, field }));
  for (const path of paths) expect(fields(path), JSON.stringify(path)).toEqual(index.fieldsFrom(path));
};


/** Traces that replace each other: a field traced twice (the later wins), a default over a Compose trace, the object root itself. */
const replacing = (count: number): Manifest["traces"] => [
  ...Array.from({ length: count }, (_, i) => ({ field: ["data", `k${i}`], source: ["services", "web", "environment", `K${i}`] })),
  { field: ["data", "k1"], source: ["services", "web", "ports", 0] },
  { field: ["data", "k2"], default: "chosen" },
  { field: ["data"], source: ["services", "web", "environment"] },
  { field: [], source: ["services", "db"] },
  { field: ["data", 0], source: ["services", "web", "ports", "0"] },
  { field: ["data", "0"], source: ["services", "web", "ports", 0] },
];

describe("keyFields", () => {
  it.each(viewProjects)("gives fieldsFrom's fields for every Compose path of %s", (project) => {
    const manifests = viewManifests(project);
    expectSame(manifests, pathsOf(manifests));
  });

  it.each([3, 100])("follows traces that replace each other (%i traces, scanned and by tree)", (count) => {
    const manifests = [
      tracedManifest("a", ["services", "web"], replacing(count)),
      tracedManifest("b", ["services", "db"], [{ field: ["data", "x"], source: ["services", "web", "environment", "K1"] }]),
      tracedManifest("c", [], undefined),
    ];
    expectSame(manifests, pathsOf(manifests));
  });
});
