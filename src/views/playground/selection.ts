import { formatPath } from "../../diagnostics/types.js";
import { composeOutline, entryCovering } from "../compose-outline.js";
import { explanationFor } from "../side-by-side.js";
import { fateText } from "../report-data.js";
import { samePath } from "../trace-index.js";
import type { ComposeEditor } from "./editor.js";
import { fieldsForComposeLine, linesOfField, originOfManifestLine, type Conversion } from "./session.js";
import { highlightManifestLines } from "./manifests-view.js";
import { describeOrigin, renderExplanation, type ExplanationSubject } from "./explanation-view.js";
import type { NodeSelection } from "./graph-view.js";
import type { Workspace } from "./workspace.js";

/*
 * What a click selects in the playground, and what it highlights and explains: a Compose line, a
 * manifest line, or a node of the picture of the app.
 */

/** The page as the selection handlers see it. */
export interface SelectionPage {
  state(): { editor: ComposeEditor; manifestsPane: HTMLElement; explanationPane: HTMLElement; conversion: Conversion; workspace: Workspace };
  openFile(path: string): void;
  markDiagnostics(selected?: number[]): void;
}

/** Compose line → the manifest fields it produced, highlighted, with the objects' explanations; a line not converted says why. */
export function selectComposeLine(page: SelectionPage, line: number): void {
  const { editor, manifestsPane, explanationPane, conversion, workspace } = page.state();
  page.markDiagnostics([line]);
  const views = conversion.manifests ?? [];
  const refs = fieldsForComposeLine(conversion, workspace.current, editor.text, line);
  highlightManifestLines(manifestsPane, refs.flatMap((ref) => (views[ref.manifest] ? [linesOfField(views[ref.manifest]!, ref.manifest, ref.field)] : [])));
  const entry = entryCovering(composeOutline(editor.text), line);
  const fate = entry ? fateText(entry.path) : undefined;
  const subject: ExplanationSubject = {
    heading: `${workspace.relative(workspace.current)}:${line}${entry ? ` ${formatPath(entry.path)}` : ""}`,
    mappings: refs.map((ref) => `→ ${views[ref.manifest]?.title ?? "?"}${ref.field.length > 0 ? ` ${formatPath(ref.field)}` : " (whole object)"}`),
    manifests: [...new Set(refs.map((ref) => ref.manifest))],
    ...(!conversion.manifests ? { empty: "No manifests while the project has errors." } : fate?.startsWith("not converted") ? { empty: `${fate[0]?.toUpperCase()}${fate.slice(1)}` } : {}),
  };
  // The key's own explanation first (a port line: ports-to-service), then those of the objects it made.
  const first = entry && refs.length > 0 ? explanationFor(entry.path, undefined) : undefined;
  if (first !== undefined) subject.first = first;
  renderExplanation(explanationPane, views, subject);
}

/** Manifest line → where that field came from: its Compose line marked, the object's explanations shown. */
export function selectManifestLine(page: SelectionPage, manifest: number, line: number): void {
  const { manifestsPane, explanationPane, conversion, workspace } = page.state();
  const views = conversion.manifests ?? [];
  const view = views[manifest];
  const found = originOfManifestLine(conversion, manifest, line);
  if (!view || !found) return;
  highlightManifestLines(manifestsPane, [linesOfField(view, manifest, found.field)]);
  const location = found.origin.location;
  if (location) page.openFile(location.file);
  page.markDiagnostics(location && location.file === workspace.current ? [location.line] : []);
  renderExplanation(explanationPane, views, {
    heading: `${view.title}${found.field.length > 0 ? ` ${formatPath(found.field)}` : ""}`,
    mappings: [describeOrigin(found.origin, workspace.directory)],
    manifests: [manifest],
  });
}

/** A node of the picture → its manifests and its Compose definition highlighted. */
export function selectNode(page: SelectionPage, selection: NodeSelection): void {
  const { editor, manifestsPane, explanationPane, conversion, workspace } = page.state();
  const views = conversion.manifests ?? [];
  highlightManifestLines(manifestsPane, selection.manifests.flatMap((m) => (views[m] ? [{ manifest: m, start: 1, end: views[m]!.lines.length }] : [])));
  const location = selection.source ? conversion.sources?.locate(selection.source) : undefined;
  if (location) page.openFile(location.file);
  const entry = selection.source && location?.file === workspace.current ? composeOutline(editor.text).find((e) => samePath(e.path, selection.source ?? [])) : undefined;
  page.markDiagnostics(entry ? Array.from({ length: entry.end - entry.start + 1 }, (_, i) => entry.start + i) : []);
  if (entry) editor.reveal(entry.start);
  renderExplanation(explanationPane, views, {
    heading: selection.caption,
    mappings: selection.manifests.map((m) => `→ ${views[m]?.title ?? "?"}`),
    manifests: selection.manifests,
  });
}
