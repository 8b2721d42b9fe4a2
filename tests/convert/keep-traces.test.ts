import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { projectContext, viewProjects } from "../helpers/view-projects.js";

/*
 * ConvertOptions.keepTraces: false leaves every manifest one shared empty trace list (the CLI's plain
 * convert, whose output no trace reaches). What is written must not change: the same text in every
 * layout that reads no trace, and the same diagnostics, on every example, fixture and view project.
 */
describe("convert without field traces", () => {
  it.each(viewProjects)("%s: the same output and diagnostics, and no traces", (project) => {
    const run = (keepTraces: boolean | undefined) =>
      runPipeline({ files: [], envFiles: [], networkPolicies: true, output: { format: "yaml", layout: "stream", comments: true }, ...(keepTraces === undefined ? {} : { keepTraces }) }, projectContext(project));
    const kept = run(undefined);
    const dropped = run(false);
    expect(dropped.output).toEqual(kept.output);
    expect(dropped.diagnostics).toEqual(kept.diagnostics);
    expect(dropped.manifests?.length).toBe(kept.manifests?.length);
    for (const manifest of dropped.manifests ?? []) expect(manifest.traces).toEqual([]);
    // The default keeps them: what a library caller and every view get.
    if ((kept.manifests?.length ?? 0) > 0) expect(kept.manifests!.some((manifest) => (manifest.traces?.length ?? 0) > 0)).toBe(true);
  });
});
