import { describe, expect, it } from "vitest";
import { buildConnections } from "../../src/connect/index.js";
import { convert } from "../../src/convert/index.js";
import { explain } from "../../src/explain/index.js";
import type { Manifest } from "../../src/model/manifest.js";
import { readProject } from "../../src/pipeline-front.js";
import { projectContext, viewProjects } from "../helpers/view-projects.js";

/** What explain made before its one-literal copy: the manifest's own fields, its comments, and its location when found. */
function assigned(manifest: Manifest, explained: Manifest): Manifest {
  const copy: Manifest = Object.assign({}, manifest, { comments: explained.comments });
  if (explained.location) copy.location = explained.location;
  return copy;
}

describe("explain's copies of manifests", () => {
  it.each(viewProjects)("equal an Object.assign copy with comments and location on %s", (folder) => {
    const context = projectContext(folder);
    const { loaded, project, failed } = readProject({ files: [], envFiles: [] }, context);
    if (!loaded || !project || failed()) return;
    for (const options of [{}, { namespace: "shop" }]) {
      const converted = convert(project, options, buildConnections(project, context.readFile).value).value;
      const explained = explain(converted, loaded.sources).value;
      expect(explained).toHaveLength(converted.length);
      explained.forEach((copy, index) => {
        const manifest = converted[index]!;
        expect(copy).not.toBe(manifest);
        expect(copy).toStrictEqual(assigned(manifest, copy));
        expect(Object.keys(copy).sort()).toEqual(Object.keys(assigned(manifest, copy)).sort());
        // The fields are the converted manifest's own objects, not copies of them.
        expect(copy.object).toBe(manifest.object);
        expect(copy.traces).toBe(manifest.traces);
        expect(copy.fieldNotes).toBe(manifest.fieldNotes);
      });
    }
  });

  it("copies a manifest of another shape (no traces, or located already) by Object.assign", () => {
    const bare: Manifest = { object: { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "a" } }, source: ["services", "a"], explanations: [], fieldNotes: [] };
    const located: Manifest = { ...bare, traces: [], location: { file: "compose.yaml", line: 3, column: 1 } };
    const sources = { locate: () => undefined } as unknown as Parameters<typeof explain>[1];
    const [first, second] = explain([bare, located], sources).value;
    expect(first).toStrictEqual({ ...bare, comments: [] });
    expect(Object.keys(first!)).not.toContain("traces");
    expect(second).toStrictEqual({ ...located, comments: [] });
  });
});
