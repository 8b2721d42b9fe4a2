import { describe, expect, it } from "vitest";
import { fieldsOfComposeLine } from "../../src/views/line-fields.js";
import { PageLineGroups } from "../../src/views/page-line-groups.js";
import { sideBySide } from "../../src/views/side-by-side.js";
import { buildTraceIndex } from "../../src/views/trace-index.js";
import { sideBySideInput } from "../../src/views/view-input.js";
import { viewPipeline, viewProjects } from "../helpers/view-projects.js";

// The HTML page files each manifest's located traced fields while it visits it (report-page-data.ts) and
// asks fieldsOfComposeLine of that filing instead of the trace index: on every example, fixture and view
// project, every Compose line (and every range of lines) must name the same fields, in the same order.
describe("PageLineGroups", () => {
  it.each(viewProjects)("answers what the trace index answers on %s", (project) => {
    const input = sideBySideInput(viewPipeline(project));
    if (!input) return;
    const index = buildTraceIndex(input.manifests, input.sources);
    const groups = new PageLineGroups();
    // Each field's "group" here is its place among its manifest's traced fields, so a place names the field.
    input.manifests.forEach((_, m) =>
      index.tracedFields(m).forEach((traced, t) => {
        if (traced.origin.kind === "compose" && traced.origin.location) groups.add(traced.origin.location, m, t);
      }),
    );
    const refs = (places: readonly number[]) =>
      places.map((place) => ({ manifest: groups.manifestOf(place), field: index.tracedFields(groups.manifestOf(place))[groups.groupOf(place)]!.field }));
    const view = sideBySide(input);
    for (const [file, outline] of view.outlines) {
      const last = outline.reduce((end, entry) => Math.max(end, entry.end), 0) + 2;
      for (let line = 0; line <= last; line++) {
        expect(refs(fieldsOfComposeLine(groups, outline, file, line)), `${file}:${line}`).toEqual(fieldsOfComposeLine(index, outline, file, line));
        expect(refs(groups.fieldsAt(file, line))).toEqual(index.fieldsAt(file, line));
        for (const length of [0, 1, 3, 10, last]) expect(refs(groups.fieldsInLines(file, line, line + length))).toEqual(index.fieldsInLines(file, line, line + length));
      }
    }
    expect(groups.fieldsAt("/nowhere.yaml", 1)).toEqual([]);
    expect(groups.fieldsInLines("/nowhere.yaml", 1, 10)).toEqual([]);
  });
});

describe("TraceIndex.forget", () => {
  it("drops a manifest's traced fields: every later question about it throws, the other manifests answer as before", () => {
    const input = sideBySideInput(viewPipeline("examples/voting-app"))!;
    const index = buildTraceIndex(input.manifests, input.sources);
    const whole = buildTraceIndex(input.manifests, input.sources);
    index.originOf(0, []);
    index.forget(0);
    index.settle(0);
    expect(() => index.tracedFields(0)).toThrow(/forgotten/);
    expect(() => index.rootOf(0, [])).toThrow(/forgotten/);
    expect(() => index.originOf(0, ["spec"])).toThrow(/forgotten/);
    expect(() => index.fieldsAt("compose.yaml", 1)).toThrow(/forgotten/);
    for (let m = 1; m < input.manifests.length; m++) {
      expect(index.tracedFields(m)).toEqual(whole.tracedFields(m));
      expect(index.originOf(m, ["metadata"])).toEqual(whole.originOf(m, ["metadata"]));
    }
  });
});
