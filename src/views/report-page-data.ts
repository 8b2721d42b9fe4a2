import type { Diagnostic, Location, Path } from "../diagnostics/types.js";
import { formatPath } from "../diagnostics/types.js";
import { relativeTo } from "../emit/comments.js";
import { entryCovering, sourceText } from "./compose-outline.js";
import { fieldsOfComposeLine } from "./line-fields.js";
import { composePathAt, explanationFor, fateOfPath } from "./side-by-side.js";
import { eachManifest } from "./each-manifest.js";
import type { Fate } from "../convert/fates.js";
import type { SideBySideInput } from "./view-input.js";
import type { Origin } from "./trace-index.js";
import { PageLineGroups } from "./page-line-groups.js";
import { appGraph, type AppGraph } from "./graph/app-graph.js";
import { graphLinkTable } from "./graph/graph-links.js";
import { fateText } from "./report-data.js";
import { pictureOf } from "./report-page/picture.js";
import { Tables } from "./report-page-tables.js";
import { OriginGroups } from "./origin-groups.js";
import { GROUP, MANIFEST_LINE, type ComposeLineEntry, type PageData } from "./report-page/page-data.js";

/**
 * The page's data in its compact form (report-page/page-data.ts): what reportData (report-data.ts) says
 * one record per line, written as shared tables and numbers. tests/views/report-page-data.test.ts holds
 * the two equal, line by line, on every example and test project.
 */
export function pageData(input: SideBySideInput, diagnostics: readonly Diagnostic[], title: string, baseDir?: string, graph: AppGraph = appGraph(input)): PageData {
  const tables = new Tables();

  // Manifest lines grouped by the traced field they inherit from: a Compose line highlights whole groups.
  // A group is keyed by that field's own origin object (the trace index makes one per traced field of a
  // manifest and gives it to the field's line and, for the object root, to every line it covers); lines
  // that inherit a traced field's origin get a copy marked "ancestor", the only ones that need rootOf to
  // find it. A group's lines share their origin, default and explanation, so those are written once per
  // group (PageData.groups) and a line names its group.
  const groups: number[] = [];
  // A group's origin is numbered once every block, and so every file, is known: until then, its location.
  const groupLocations: (Location | undefined)[] = [];
  /** A new group for the lines of one traced field of a manifest; `origin` is any of their origins (they differ only in `via`). */
  const addGroup = (manifest: number, origin: Origin): number => {
    const explanation = origin.kind === "compose" ? explanationFor(origin.path, input.manifests[manifest]) : undefined;
    groupLocations.push(origin.location);
    groups.push(
      manifest,
      -1,
      origin.kind === "default" ? tables.intern(tables.defaults, origin.reason, origin.reason) : -1,
      tables.explanation(explanation),
    );
    return groups.length / GROUP.size - 1;
  };
  const manifestLines: number[][] = [];
  // Each traced field located on a Compose line, with its manifest and group (-1 for none), filed by that
  // line while its manifest is visited: a Compose line's entry names the groups of the fields it produced.
  const lineGroups = new PageLineGroups();
  const manifests: PageData["manifests"] = [];
  // The group of each line origin and traced field origin seen, keyed once per origin (125,000 lines,
  // ~64,000 origins, ~15,000 of them inherited). An origin belongs to one manifest: forgotten after it.
  const groupOf = new OriginGroups();
  // A manifest's numbers are written in order into this array, which stays packed, and copied out at their
  // exact length by slice: JSON.stringify writes a holey array (new Array(n)) element by element through its
  // slow path, twice as long for the 250,000 numbers of 1000 services. The same for a Compose line's entry.
  const lineNumbers: number[] = [];
  // Manifests of one kind write the same fields on the same lines, as the same shared path arrays (1000
  // services: all but ~200 of 125,000 lines): a line's field number is the one found for its kind's line
  // before when the path is that one, a comparison instead of a look-up.
  const fieldsOfKind = new Map<string, { paths: Path[]; numbers: number[] }>();
  // Manifest by manifest, so that the lines of one die with it (eachManifest).
  const view = eachManifest(input, (manifest, index) => {
    const { fields, origins } = manifest;
    groupOf.reset();
    // Neighbouring lines mostly share their origin (an object's untraced fields, a traced field's children): asked once per run.
    let previous: Origin | undefined;
    let group = -1;
    let seen = fieldsOfKind.get(manifest.kind);
    if (!seen) fieldsOfKind.set(manifest.kind, (seen = { paths: [], numbers: [] }));
    for (let l = 0; l < fields.length; l++) {
      const origin = origins[l]!;
      if (origin !== previous) group = groupOf.get(origin);
      previous = origin;
      if (group < 0) {
        const root = origin.via === "ancestor" ? index.rootOf(manifest.index, fields[l]!).origin : origin;
        group = groupOf.get(root);
        if (group < 0) groupOf.set(root, (group = addGroup(manifest.index, origin)));
        if (origin !== root) groupOf.set(origin, group);
      }
      const path = fields[l]!;
      if (seen.paths[l] !== path) {
        seen.paths[l] = path;
        seen.numbers[l] = tables.field(path);
      }
      lineNumbers[l * MANIFEST_LINE.size + MANIFEST_LINE.field] = seen.numbers[l]!;
      lineNumbers[l * MANIFEST_LINE.size + MANIFEST_LINE.group] = group;
    }
    manifestLines.push(lineNumbers.slice(0, fields.length * MANIFEST_LINE.size));
    const traced = index.tracedFields(manifest.index);
    for (let t = 0; t < traced.length; t++) {
      const origin = traced[t]!.origin;
      if (origin.kind === "compose" && origin.location) lineGroups.add(origin.location, manifest.index, groupOf.get(origin));
    }
    // Nothing more is asked of its traced fields: they die with the manifest (TraceIndex.forget).
    index.forget(manifest.index);
    manifests.push({ kind: manifest.kind, name: manifest.name, text: manifest.text });
  });

  const fileNames = [...new Set(view.blocks.flatMap((block) => block.segments.map((segment) => segment.file)))];
  for (const d of diagnostics) if (d.location && !fileNames.includes(d.location.file)) fileNames.push(d.location.file);
  const fileIndex = (file: string) => fileNames.indexOf(file);
  // An origin is a Compose line with the extent of the entry covering it, so it is filed by file and line
  // (every trace has a location object of its own: 21,000 of them name 15,000 lines on 1000 services).
  const originOfLine = fileNames.map(() => new Map<number, number>());
  const originAt = (location: Location): number => {
    const file = fileIndex(location.file);
    if (file < 0) return -1;
    const line = location.line;
    let index = originOfLine[file]!.get(line);
    if (index === undefined) {
      const entry = entryCovering(view.outlines.get(location.file) ?? [], line);
      const start = entry?.start ?? line;
      originOfLine[file]!.set(line, (index = tables.origins.push([file, line, start, entry?.end ?? start]) - 1));
    }
    return index;
  };
  groupLocations.forEach((location, group) => {
    if (location) groups[group * GROUP.size + GROUP.origin] = originAt(location);
  });

  const composeLines: (0 | ComposeLineEntry)[][] = fileNames.map(() => []);
  // A line's fate text is its fate's (fateText formats fateOfPath's table entry), so each is formatted once.
  const fateIndexOf = new Map<Fate, number>();
  const entryParts: (string | number)[] = [];
  // Loops by index: a for-of allocates a result object per step until optimized (20,000 Compose lines).
  for (let b = 0; b < view.blocks.length; b++) {
    const block = view.blocks[b]!;
    for (let s = 0; s < block.segments.length; s++) {
      const segment = block.segments[s]!;
      const outline = view.outlines.get(segment.file) ?? [];
      const entries = composeLines[fileIndex(segment.file)]!;
      for (let line = segment.start; line <= segment.end; line += 1) {
        if (!entryCovering(outline, line)) continue;
        const path = composePathAt(view, block, segment.file, line);
        // The fields the line produced, by their places in lineGroups.
        const places = fieldsOfComposeLine(lineGroups, outline, segment.file, line);
        const fate = fateOfPath(path);
        let fateIndex = fate === undefined ? -1 : fateIndexOf.get(fate);
        if (fateIndex === undefined) {
          const text = fateText(path)!;
          fateIndexOf.set(fate!, (fateIndex = tables.intern(tables.fates, text, text)));
        }
        entryParts[0] = formatPath(path);
        entryParts[1] = fateIndex;
        entryParts[2] = tables.explanation(explanationFor(path, places.length > 0 ? input.manifests[lineGroups.manifestOf(places[0]!)] : undefined));
        let count = 0;
        for (let p = 0; p < places.length; p++) {
          const group = lineGroups.groupOf(places[p]!);
          if (group >= 0) entryParts[3 + count++] = group;
        }
        // At its exact length (a slice of the packed parts): the 20,000 entries of 1000 services live to the
        // end, and a push leaves room for ~16 more.
        while (entries.length < line - 1) entries.push(0);
        entries[line - 1] = entryParts.slice(0, 3 + count) as ComposeLineEntry;
      }
    }
  }

  return {
    title,
    files: fileNames.map((file) => ({ name: relativeTo(baseDir, file), text: input.sources ? (sourceText(input.sources, file) ?? "") : null })),
    manifests,
    fields: tables.fields,
    manifestLines,
    composeLines,
    groups,
    origins: tables.origins,
    defaults: tables.defaults,
    fates: tables.fates,
    explanations: tables.explanations,
    diagnostics: diagnostics.map((d) => ({
      severity: d.severity,
      code: d.code,
      message: d.message,
      ...(d.location && fileIndex(d.location.file) >= 0 ? { file: fileIndex(d.location.file), line: d.location.line } : {}),
    })),
    picture: pictureOf(graph),
    graph: graphLinkTable(graph, view, fileIndex),
  };
}
