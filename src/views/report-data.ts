import { formatPath, type Diagnostic, type Location, type Path } from "../diagnostics/types.js";
import { findExplanation } from "../explain/catalogue.js";
import { relativeTo } from "../emit/comments.js";
import { entryCovering, sourceText } from "./compose-outline.js";
import { fieldsOfComposeLine } from "./line-fields.js";
import { composePathAt, explanationFor, fateOfPath, sideBySide, type SideBySide } from "./side-by-side.js";
import type { SideBySideInput } from "./view-input.js";
import type { Origin, TracedField } from "./trace-index.js";
import { appGraph, type AppGraph } from "./graph/app-graph.js";
import { graphLinks, type GraphNodeLinks } from "./graph/graph-links.js";

/**
 * Everything the HTML page shows, as plain JSON: the page's script builds the DOM from it with
 * textContent only. Line references are [file index, line] on the Compose side and
 * [manifest index, line index] on the Kubernetes side.
 */
export interface ReportData {
  title: string;
  files: { name: string; lines: string[] }[];
  manifests: { kind: string; name: string; lines: string[] }[];
  /** One entry per Compose line that has something to show, keyed "file:line". */
  composeLines: Record<string, ComposeLineInfo>;
  /** manifests[m].lines[l] → its origin, keyed "m:l"; absent for lines kubepose chose without a Compose source. */
  manifestLines: Record<string, ManifestLineInfo>;
  /**
   * The Compose blocks manifest lines come from and the reasons for kubepose's defaults, each written once
   * and named by index from ManifestLineInfo: 1000 services have 125,000 manifest lines but a few
   * thousand origins and 18 reasons, and writing them out per line was 9 of the page's 36 MB.
   */
  origins: { file: number; line: number; start: number; end: number }[];
  defaults: string[];
  explanations: Record<string, { title: string; summary: string; detail: string; docs: string[] }>;
  diagnostics: { severity: Diagnostic["severity"]; code: string; message: string; file?: number; line?: number }[];
  /** Per node id of the picture of the app (graph/svg.ts, drawn in the page), the lines a click on it highlights. */
  graph: Record<string, GraphNodeLinks>;
}

export interface ComposeLineInfo {
  /** The Compose path written on (or covering) this line: "services.vote.ports". */
  path: string;
  /** Manifest lines it produced: [manifest, line index]. */
  fields: [number, number][];
  explanation?: string;
  fate?: string;
}

export interface ManifestLineInfo {
  /** "spec.ports[0].port" */
  field: string;
  /** The Compose line it came from and the lines of that Compose block: an index into ReportData.origins. */
  origin?: number;
  /** A default kubepose chose, and why: an index into ReportData.defaults. */
  default?: number;
  explanation?: string;
}

export function reportData(input: SideBySideInput, diagnostics: readonly Diagnostic[], title: string, baseDir?: string, graph: AppGraph = appGraph(input)): ReportData {
  const view = sideBySide(input);
  const fileNames = [...new Set(view.blocks.flatMap((block) => block.segments.map((segment) => segment.file)))];
  for (const d of diagnostics) if (d.location && !fileNames.includes(d.location.file)) fileNames.push(d.location.file);
  const files = fileNames.map((file) => ({ name: relativeTo(baseDir, file), lines: input.sources ? (sourceText(input.sources, file) ?? "").split("\n") : [] }));
  const fileIndex = (file: string) => fileNames.indexOf(file);
  const explanations: ReportData["explanations"] = {};
  const useExplanation = (id: string | undefined): string | undefined => {
    const entry = id === undefined ? undefined : findExplanation(id);
    if (!entry) return undefined;
    // Written the first time only: asked once per line, a fresh copy each time was 125,000 objects of garbage.
    if (!(entry.id in explanations)) explanations[entry.id] = { title: entry.title, summary: entry.summary, detail: entry.detail, docs: [...entry.docs] };
    return entry.id;
  };

  // Manifest lines grouped by the traced field they inherit from: a Compose line highlights whole groups.
  // Keyed by the traced field itself (rootOf returns one object per traced field), not by a string per line.
  const linesOfRoot = new Map<TracedField, [number, number][]>();
  const manifestLines: Record<string, ManifestLineInfo> = {};
  const origins: ReportData["origins"] = [];
  const defaults: string[] = [];
  const defaultIndex = new Map<string, number>();
  /** The index of a value in its table, adding it the first time. */
  const intern = <T>(table: T[], index: Map<string, number>, key: string, value: T): number => {
    let at = index.get(key);
    if (at === undefined) index.set(key, (at = table.push(value) - 1));
    return at;
  };
  // Lines share their origin's location object (one per trace), so its place in the origins table is
  // found once per location: an outline search and a key string per line were most of this loop's cost.
  const originOfLocation = new Map<Location, number | undefined>();
  const originIndex = new Map<string, number>();
  const originAt = (location: Location): number | undefined => {
    if (originOfLocation.has(location)) return originOfLocation.get(location);
    let index: number | undefined;
    const file = fileIndex(location.file);
    if (file >= 0) {
      const entry = entryCovering(view.outlines.get(location.file) ?? [], location.line);
      const start = entry?.start ?? location.line;
      const at = { file, line: location.line, start, end: entry?.end ?? start };
      index = intern(origins, originIndex, `${at.file}:${at.line}:${at.start}:${at.end}`, at);
    }
    originOfLocation.set(location, index);
    return index;
  };
  for (const manifest of view.manifests) {
    // One explanation per origin within a manifest (explanationFor reads the origin's path and the manifest).
    const explanationOf = new Map<Origin, string | undefined>();
    manifest.lines.forEach((line, l) => {
      const root = view.index.rootOf(manifest.index, line.field);
      const group = linesOfRoot.get(root);
      if (group) group.push([manifest.index, l]);
      else linesOfRoot.set(root, [[manifest.index, l]]);
      const info: ManifestLineInfo = { field: formatPath(line.field) };
      const origin = line.origin;
      if (origin.kind === "default") info.default = intern(defaults, defaultIndex, origin.reason, origin.reason);
      const at = origin.location && originAt(origin.location);
      if (at !== undefined) info.origin = at;
      let explanation = explanationOf.get(origin);
      if (explanation === undefined && !explanationOf.has(origin)) {
        explanation = useExplanation(origin.kind === "compose" ? explanationFor(origin.path, input.manifests[manifest.index]) : undefined);
        explanationOf.set(origin, explanation);
      }
      if (explanation) info.explanation = explanation;
      manifestLines[`${manifest.index}:${l}`] = info;
    });
  }

  const composeLines: Record<string, ComposeLineInfo> = {};
  for (const block of view.blocks) {
    for (const segment of block.segments) {
      const outline = view.outlines.get(segment.file) ?? [];
      for (let line = segment.start; line <= segment.end; line += 1) {
        const entry = entryCovering(outline, line);
        if (!entry) continue;
        const path = composePathAt(view, block, segment.file, line);
        const refs = fieldsOfComposeLine(view.index, outline, segment.file, line);
        // A ref names a traced field, so rootOf gives that field's own entry, the key of its group.
        const fields = refs.flatMap((ref) => linesOfRoot.get(view.index.rootOf(ref.manifest, ref.field)) ?? []);
        const first = refs[0];
        const info: ComposeLineInfo = { path: formatPath(path), fields };
        const explanation = useExplanation(explanationFor(path, first ? input.manifests[first.manifest] : undefined));
        if (explanation) info.explanation = explanation;
        const fate = fateText(path);
        if (fate) info.fate = fate;
        composeLines[`${fileIndex(segment.file)}:${line}`] = info;
      }
    }
  }

  return {
    title,
    files,
    graph: graphLinks(graph, view, fileIndex),
    manifests: view.manifests.map((m) => ({ kind: m.kind, name: m.name, lines: m.lines.map((line) => line.text) })),
    composeLines,
    manifestLines,
    origins,
    defaults,
    explanations,
    diagnostics: diagnostics.map((d) => ({
      severity: d.severity,
      code: d.code,
      message: d.message,
      ...(d.location && fileIndex(d.location.file) >= 0 ? { file: fileIndex(d.location.file), line: d.location.line } : {}),
    })),
  };
}

/** "approximated: readinessProbe" for services.web.healthcheck; undefined for paths the fate tables do not name. */
export function fateText(path: Path): string | undefined {
  const fate = fateOfPath(path);
  if (!fate) return undefined;
  return fate.fate === "not-converted" ? `not converted: ${fate.advice}` : `${fate.fate}: ${fate.to}`;
}
