import type { Severity } from "../../diagnostics/types.js";
import type { GraphLinkTable } from "../graph/node-links.js";
import type { PagePicture } from "./picture.js";

/*
 * The data of the `kubepose compare --html` page as it is embedded (built by views/report-page-data.ts)
 * and read (by the page's script, and by tests through the same readers). It is compact because the page
 * holds every line of a large project: 1000 services are 125,000 manifest lines, and a record with named
 * keys per line made 22 MB of JSON. Texts are whole (the reader splits them into lines), every line is a
 * few numbers naming shared tables, and the lines a Compose line highlights are runs of manifest lines.
 * Line references are [file index, 1-based line] on the Compose side and [manifest index, line index] on
 * the Kubernetes side; -1 is "none" wherever a number names a table entry.
 */
export interface PageData {
  title: string;
  /** Compose files by index; `text` is null when the project's sources were not kept (no lines). */
  files: { name: string; text: string | null }[];
  /** Emitted manifests without their last line break, by index. */
  manifests: { kind: string; name: string; text: string }[];
  /** Distinct manifest field paths ("spec.ports[0].port"), named by MANIFEST_LINE.field. */
  fields: string[];
  /** Per manifest, MANIFEST_LINE.size numbers per line (line l at l * size): its field and its group. */
  manifestLines: number[][];
  /**
   * Per file, one entry per line from line 1: 0 for a line with nothing to show, else [Compose path,
   * fate (fates) , explanation (explanations), ...the groups of manifest lines it produced, in order].
   */
  composeLines: (0 | ComposeLineEntry)[][];
  /**
   * The manifest lines that share a traced field, and what they share: GROUP.size numbers per group
   * (group g at g * size), its manifest, origin (origins), default (defaults) and explanation (explanations).
   * A line names its group; the lines of a group are found in its manifest.
   */
  groups: number[];
  /** The Compose line a manifest line came from and the lines of its block: [file, line, start, end] per origin. */
  origins: number[][];
  /** Why kubepose chose a default, each reason once. */
  defaults: string[];
  fates: string[];
  explanations: Explanation[];
  diagnostics: { severity: Severity; code: string; message: string; file?: number; line?: number }[];
  /** The picture of the app, which the page lays out and draws (picture.ts). */
  picture: PagePicture;
  /** Per node of the picture (in picture.nodes order), the lines a click on it highlights (graph/node-links.ts). */
  graph: GraphLinkTable;
}

export type ComposeLineEntry = [path: string, fate: number, explanation: number, ...groups: number[]];

export interface Explanation {
  id: string;
  title: string;
  summary: string;
  detail: string;
  docs: string[];
}

/** The positions of a manifest line's numbers in PageData.manifestLines. */
export const MANIFEST_LINE = { field: 0, group: 1, size: 2 } as const;

/** The positions of a group's numbers in PageData.groups. */
export const GROUP = { manifest: 0, origin: 1, default: 2, explanation: 3, size: 4 } as const;

/** The lines of a text as the page shows them. */
export const linesOf = (text: string | null): string[] => (text === null ? [] : text.split("\n"));

export interface ComposeLine {
  /** The Compose path written on (or covering) the line: "services.vote.ports". */
  path: string;
  fate?: string;
  explanation?: Explanation;
  /** Indexes into PageData.groups: the manifest lines it produced. */
  groups: number[];
}

/** What one Compose line shows; undefined for a line with nothing to show. */
export function composeLine(data: PageData, file: number, line: number): ComposeLine | undefined {
  const entry = data.composeLines[file]?.[line - 1];
  if (!entry) return undefined;
  const [path, fate, explanation, ...groups] = entry;
  const info: ComposeLine = { path, groups };
  if (fate >= 0) info.fate = data.fates[fate];
  if (explanation >= 0) info.explanation = data.explanations[explanation];
  return info;
}

/** Calls `visit` for each manifest line of the groups, in order; stops early when it returns true. */
export function forEachGroupLine(data: PageData, groups: readonly number[], visit: (manifest: number, line: number) => boolean | void): void {
  for (const group of groups) {
    const manifest = data.groups[group * GROUP.size + GROUP.manifest] ?? -1;
    const numbers = data.manifestLines[manifest] ?? [];
    // A group's lines are in its manifest (about 25 lines per manifest on average): looked for on a click.
    for (let at = MANIFEST_LINE.group; at < numbers.length; at += MANIFEST_LINE.size) {
      if (numbers[at] === group && visit(manifest, (at - MANIFEST_LINE.group) / MANIFEST_LINE.size) === true) return;
    }
  }
}

export interface Origin {
  file: number;
  line: number;
  start: number;
  end: number;
}

export interface ManifestLine {
  /** "spec.ports[0].port" */
  field: string;
  /** The Compose line it came from and the lines of that Compose block. */
  origin?: Origin;
  /** A default kubepose chose, and why. */
  default?: string;
  explanation?: Explanation;
}

/** What one manifest line shows; undefined past the manifest's end. */
export function manifestLine(data: PageData, manifest: number, line: number): ManifestLine | undefined {
  const numbers = data.manifestLines[manifest];
  const at = line * MANIFEST_LINE.size;
  if (!numbers || line < 0 || at >= numbers.length) return undefined;
  const info: ManifestLine = { field: data.fields[numbers[at + MANIFEST_LINE.field]!] ?? "" };
  const group = numbers[at + MANIFEST_LINE.group]! * GROUP.size;
  const origin = data.origins[data.groups[group + GROUP.origin]!];
  if (origin) info.origin = { file: origin[0]!, line: origin[1]!, start: origin[2]!, end: origin[3]! };
  const reason = data.defaults[data.groups[group + GROUP.default]!];
  if (reason !== undefined) info.default = reason;
  const explanation = data.explanations[data.groups[group + GROUP.explanation]!];
  if (explanation) info.explanation = explanation;
  return info;
}
