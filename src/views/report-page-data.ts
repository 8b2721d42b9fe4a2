import type { Diagnostic, Location, Path } from "../diagnostics/types.js";
import { formatPath } from "../diagnostics/types.js";
import { findExplanation } from "../explain/catalogue.js";
import { relativeTo } from "../emit/comments.js";
import { entryCovering, sourceText } from "./compose-outline.js";
import { fieldsOfComposeLine } from "./line-fields.js";
import { composePathAt, explanationFor, sideBySide } from "./side-by-side.js";
import type { SideBySideInput } from "./view-input.js";
import type { Origin, TracedField } from "./trace-index.js";
import { appGraph, type AppGraph } from "./graph/app-graph.js";
import { graphLinks } from "./graph/graph-links.js";
import { fateText } from "./report-data.js";
import { pictureOf } from "./report-page/picture.js";
import { MANIFEST_LINE, type ComposeLineEntry, type PageData } from "./report-page/page-data.js";

/**
 * The page's data in its compact form (report-page/page-data.ts): what reportData (report-data.ts) says
 * one record per line, written as shared tables and numbers. tests/views/report-page-data.test.ts holds
 * the two equal, line by line, on every example and test project.
 */
export function pageData(input: SideBySideInput, diagnostics: readonly Diagnostic[], title: string, baseDir?: string, graph: AppGraph = appGraph(input)): PageData {
  const view = sideBySide(input);
  const fileNames = [...new Set(view.blocks.flatMap((block) => block.segments.map((segment) => segment.file)))];
  for (const d of diagnostics) if (d.location && !fileNames.includes(d.location.file)) fileNames.push(d.location.file);
  const fileIndex = (file: string) => fileNames.indexOf(file);
  const tables = new Tables();

  // Manifest lines grouped by the traced field they inherit from (rootOf returns one object per traced
  // field): a Compose line highlights whole groups, and a group's lines are mostly one run.
  const groupOfRoot = new Map<TracedField, number>();
  const groups: number[][] = [];
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
  const manifestLines = view.manifests.map((manifest): number[] => {
    const numbers = new Array<number>(manifest.lines.length * MANIFEST_LINE.size);
    // The lines of one origin share their group and their numbers: the trace index makes one origin
    // object per traced field (its own, or the one its descendants inherit), so rootOf and the table
    // look-ups run once per origin instead of once per line (125,000 lines, ~50,000 origins).
    const numbersOf = new Map<Origin, OriginNumbers>();
    for (let l = 0; l < manifest.lines.length; l++) {
      const line = manifest.lines[l]!;
      const origin = line.origin;
      let shared = numbersOf.get(origin);
      if (shared === undefined) {
        const root = view.index.rootOf(manifest.index, line.field);
        let group = groupOfRoot.get(root);
        if (group === undefined) groupOfRoot.set(root, (group = groups.push([manifest.index]) - 1));
        shared = {
          group,
          origin: origin.location ? originAt(origin.location) : -1,
          default: origin.kind === "default" ? tables.intern(tables.defaults, origin.reason, origin.reason) : -1,
          explanation: tables.explanation(origin.kind === "compose" ? explanationFor(origin.path, input.manifests[manifest.index]) : undefined),
        };
        numbersOf.set(origin, shared);
      }
      const runs = groups[shared.group]!;
      if (runs.length > 1 && runs[runs.length - 1] === l - 1) runs[runs.length - 1] = l;
      else runs.push(l, l);
      const at = l * MANIFEST_LINE.size;
      numbers[at + MANIFEST_LINE.field] = tables.field(line.field);
      numbers[at + MANIFEST_LINE.origin] = shared.origin;
      numbers[at + MANIFEST_LINE.default] = shared.default;
      numbers[at + MANIFEST_LINE.explanation] = shared.explanation;
    }
    return numbers;
  });

  const composeLines: (0 | ComposeLineEntry)[][] = fileNames.map(() => []);
  for (const block of view.blocks) {
    for (const segment of block.segments) {
      const outline = view.outlines.get(segment.file) ?? [];
      const entries = composeLines[fileIndex(segment.file)]!;
      for (let line = segment.start; line <= segment.end; line += 1) {
        if (!entryCovering(outline, line)) continue;
        const path = composePathAt(view, block, segment.file, line);
        const refs = fieldsOfComposeLine(view.index, outline, segment.file, line);
        const first = refs[0];
        const fate = fateText(path);
        const entry: ComposeLineEntry = [
          formatPath(path),
          fate === undefined ? -1 : tables.intern(tables.fates, fate, fate),
          tables.explanation(explanationFor(path, first ? input.manifests[first.manifest] : undefined)),
        ];
        // A ref names a traced field, so rootOf gives that field's own entry, the key of its group.
        for (const ref of refs) {
          const group = groupOfRoot.get(view.index.rootOf(ref.manifest, ref.field));
          if (group !== undefined) entry.push(group);
        }
        while (entries.length < line - 1) entries.push(0);
        entries[line - 1] = entry;
      }
    }
  }

  return {
    title,
    files: fileNames.map((file) => ({ name: relativeTo(baseDir, file), text: input.sources ? (sourceText(input.sources, file) ?? "") : null })),
    // The lines the views show: the emitted document without its last line break (side-by-side.ts's renderManifest).
    manifests: view.manifests.map((m) => ({ kind: m.kind, name: m.name, text: (input.documents[m.index] ?? "").replace(/\n$/, "") })),
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
    graph: graphLinks(graph, view, fileIndex),
  };
}

/** The numbers every manifest line of one origin shares: its group (PageData.groups) and its table entries. */
interface OriginNumbers {
  group: number;
  origin: number;
  default: number;
  explanation: number;
}

interface FieldNode {
  id: number;
  children?: Map<string | number, FieldNode>;
}

/** The page's shared tables, each value written once and named by its index. */
class Tables {
  readonly fields: string[] = [];
  readonly origins: number[][] = [];
  readonly defaults: string[] = [];
  readonly fates: string[] = [];
  readonly explanations: PageData["explanations"] = [];
  private readonly indexes = new Map<unknown[], Map<string, number>>();
  private readonly explanationIndex = new Map<string, number>();
  /** Field paths by their parts, so a line's field is found without formatting its path (125,000 lines, a few hundred fields). */
  private readonly fieldRoot: FieldNode = { id: -1 };
  private readonly fieldOfPath = new Map<Path, number>();

  /** The index of a value in its table, adding it the first time. */
  intern<T>(table: T[], key: string, value: T): number {
    let index = this.indexes.get(table);
    if (!index) this.indexes.set(table, (index = new Map()));
    let at = index.get(key);
    if (at === undefined) index.set(key, (at = table.push(value) - 1));
    return at;
  }

  field(path: Path): number {
    // The emitted lines share one path array per distinct field (path-trie.ts): most are found by identity.
    let id = this.fieldOfPath.get(path);
    if (id === undefined) this.fieldOfPath.set(path, (id = this.fieldOfParts(path)));
    return id;
  }

  private fieldOfParts(path: Path): number {
    let node = this.fieldRoot;
    for (const part of path) {
      let child = node.children?.get(part);
      if (!child) (node.children ??= new Map()).set(part, (child = { id: -1 }));
      node = child;
    }
    if (node.id < 0) node.id = this.fields.push(formatPath(path)) - 1;
    return node.id;
  }

  /** The index of a catalogue explanation, written the first time it is named; -1 for none. */
  explanation(id: string | undefined): number {
    const entry = id === undefined ? undefined : findExplanation(id);
    if (!entry) return -1;
    let at = this.explanationIndex.get(entry.id);
    if (at === undefined) {
      at = this.explanations.push({ id: entry.id, title: entry.title, summary: entry.summary, detail: entry.detail, docs: [...entry.docs] }) - 1;
      this.explanationIndex.set(entry.id, at);
    }
    return at;
  }
}
