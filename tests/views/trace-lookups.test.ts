import { describe, expect, it } from "vitest";
import type { Path } from "../../src/diagnostics/types.js";
import { buildTraceIndex, isPrefix, type TracedField } from "../../src/views/trace-index.js";
import { sideBySide } from "../../src/views/side-by-side.js";
import { sideBySideInput } from "../../src/views/view-input.js";
import { viewPipeline, viewProjects } from "../helpers/view-projects.js";

// The trace index answers from look-up tables; here each answer is held to a scan of every traced field
// (tracedFields, in trace order), on every example, fixture and view project.
describe.each(viewProjects)("trace index look-ups on %s", (project) => {
  const input = sideBySideInput(viewPipeline(project));
  if (!input) return void it("does not convert", () => undefined);
  const index = buildTraceIndex(input.manifests, input.sources);
  const traced: TracedField[] = input.manifests.flatMap((_, m) => index.tracedFields(m));
  const ref = (field: TracedField) => ({ manifest: field.manifest, field: field.field });
  const located = traced.filter((field) => field.origin.kind === "compose" && field.origin.location);
  const files = [...new Set(located.map((field) => field.origin.location!.file))];

  it("fieldsAt and fieldsInLines equal a scan of the traced fields, in trace order", () => {
    for (const file of files) {
      const lines = located.filter((field) => field.origin.location!.file === file).map((field) => field.origin.location!.line);
      const last = Math.max(...lines) + 1;
      const within = (start: number, end: number) =>
        located.filter((field) => field.origin.location!.file === file && field.origin.location!.line >= start && field.origin.location!.line <= end).map(ref);
      for (let line = 1; line <= last; line++) {
        expect(index.fieldsAt(file, line)).toEqual(within(line, line));
        for (const length of [0, 1, 3, 10, last]) expect(index.fieldsInLines(file, line, line + length)).toEqual(within(line, line + length));
      }
    }
    expect(index.fieldsAt("/nowhere.yaml", 1)).toEqual([]);
  });

  it("rootOf and originOf of every emitted field and its prefixes equal the longest traced prefix", () => {
    const view = sideBySide(input);
    for (const manifest of view.manifests) {
      const own = index.tracedFields(manifest.index);
      const fields: Path[] = manifest.lines.flatMap((line) => line.field.map((_, n) => line.field.slice(0, n + 1)));
      for (const field of [[], ...fields, [...(fields[fields.length - 1] ?? []), "unknown"]]) {
        const longest = own.filter((t) => isPrefix(t.field, field)).reduce((a, b) => (b.field.length > a.field.length ? b : a));
        expect(index.rootOf(manifest.index, field)).toBe(longest);
        const origin = index.originOf(manifest.index, field);
        if (longest.field.length < field.length && longest.origin.via === "own") {
          expect(origin).toEqual({ ...longest.origin, via: "ancestor" });
          expect(index.originOf(manifest.index, [...field])).toBe(origin);
        } else expect(origin).toBe(longest.origin);
      }
    }
  });

  // The trie remembers the traced nodes along each field array (field-trie.ts tracedAlong) until a manifest
  // filed later traces a new one: each manifest is asked first, before the next is filed, with the same
  // shared field arrays the earlier manifests were asked with (as the page asks them).
  it("rootOf and originOf hold while manifests are filed one by one, with field arrays shared between them", () => {
    const fresh = buildTraceIndex([...input.manifests], input.sources);
    const view = sideBySide(input);
    const shared = new Map<string, Path>();
    const share = (field: Path): Path => {
      const key = JSON.stringify(field);
      return shared.get(key) ?? (shared.set(key, field), field);
    };
    for (const manifest of view.manifests) {
      const fields = manifest.lines.flatMap((line) => line.field.map((_, n) => share(line.field.slice(0, n + 1))));
      for (const field of [[], ...fields, [...(fields[fields.length - 1] ?? []), "unknown"]]) {
        const origin = fresh.originOf(manifest.index, field);
        const own = fresh.tracedFields(manifest.index);
        const longest = own.filter((t) => isPrefix(t.field, field)).reduce((a, b) => (b.field.length > a.field.length ? b : a));
        expect(fresh.rootOf(manifest.index, field)).toBe(longest);
        if (longest.field.length < field.length && longest.origin.via === "own") expect(origin).toEqual({ ...longest.origin, via: "ancestor" });
        else expect(origin).toBe(longest.origin);
      }
      fresh.settle(manifest.index);
    }
  });
});
