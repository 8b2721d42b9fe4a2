// The playground page: edit a Compose project on the left, see the manifests kubepose makes of it on
// the right, with the picture of the app, diagnostics and explanations below. Everything runs in the page
// (no server), on the same core as the CLI; the project is kept in localStorage so a reload keeps it.
// Built into one file by scripts/playground.mjs.
import { formatPath, type Diagnostic } from "../../diagnostics/types.js";
import { ComposeEditor } from "./editor.js";
import { byId, element } from "./dom.js";
import { DEFAULT_EXAMPLE, embeddedExamples, exampleProject, type PlaygroundExample } from "./examples.js";
import { DEFAULT_PROJECT_DIR } from "./project-paths.js";
import { convertFiles, fieldsForComposeLine, linesOfField, originOfManifestLine, type Conversion } from "./session.js";
import { highlightManifestLines, renderManifests, renderNoManifests } from "./manifests-view.js";
import { renderDiagnostics } from "./diagnostics-view.js";
import { describeOrigin, renderExplanation, type ExplanationSubject } from "./explanation-view.js";
import { composeOutline, entryCovering } from "../compose-outline.js";
import { explanationFor } from "../side-by-side.js";
import { fateText } from "../report-data.js";
import { samePath } from "../trace-index.js";
import { Workspace } from "./workspace.js";
import { loadProject, saveProject } from "./project-store.js";
import { wireFilesBar } from "./files-bar.js";
import { renderGraph, type NodeSelection } from "./graph-view.js";
import { renderStale } from "./stale-view.js";

/** Milliseconds of quiet typing before converting again. */
const DEBOUNCE_MS = 250;
/** What "New project" starts from: one service, so the page shows something to learn from at once. */
const STARTER = 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n';

const editor = new ComposeEditor(byId("compose", HTMLTextAreaElement), byId("gutter", HTMLElement), byId("backdrop", HTMLElement));
const examplesMenu = byId("examples", HTMLElement);
const manifestsPane = byId("manifests", HTMLElement);
const stalePane = byId("stale", HTMLElement);
const graphPane = byId("graph", HTMLElement);
const diagnosticsList = byId("diagnostics", HTMLElement);
const explanationPane = byId("explanation", HTMLElement);
const status = byId("status", HTMLElement);

let workspace = new Workspace(DEFAULT_PROJECT_DIR, new Map([[`${DEFAULT_PROJECT_DIR}/compose.yaml`, STARTER]]), `${DEFAULT_PROJECT_DIR}/compose.yaml`);
let conversion: Conversion = { diagnostics: [] };
/** The last conversion that produced manifests: shown, dimmed, while the project has errors. */
let lastGood: Conversion | undefined;
let revision = 0;
let pending: ReturnType<typeof setTimeout> | undefined;

const filesBar = wireFilesBar(byId("files", HTMLElement), byId("file", HTMLSelectElement), {
  workspace: () => workspace,
  changed: () => openProject(false),
  newProject: () => {
    workspace = new Workspace(DEFAULT_PROJECT_DIR, new Map([[`${DEFAULT_PROJECT_DIR}/compose.yaml`, STARTER]]), `${DEFAULT_PROJECT_DIR}/compose.yaml`);
    pressExample(undefined);
    openProject(true);
  },
  refuse: (reason) => {
    status.textContent = reason;
  },
});

function loadExample(example: PlaygroundExample): void {
  const { directory, files } = exampleProject(example);
  workspace = new Workspace(directory, files, Workspace.mainFile(directory, files));
  pressExample(example.name);
  openProject(true);
}

const pressExample = (name: string | undefined): void =>
  examplesMenu.querySelectorAll("button").forEach((button) => button.setAttribute("aria-pressed", String(button.dataset["example"] === name)));

/** Shows the workspace's open file, saves the project and converts it; a new project forgets the last manifests. */
function openProject(fresh: boolean): void {
  if (fresh) lastGood = undefined;
  filesBar.render();
  editor.setText(workspace.files.get(workspace.current) ?? "");
  saveProject(workspace.toStored());
  update();
}

/** Converts the in-memory project and redraws everything; the selection is cleared (its lines may have moved). */
function update(): void {
  pending = undefined;
  conversion = convertSafely();
  const views = conversion.manifests;
  if (views) {
    lastGood = conversion;
    renderManifests(manifestsPane, views, selectManifestLine);
  } else if (!lastGood?.manifests) {
    renderNoManifests(manifestsPane, "No manifests: the project has errors (listed below). Fix them and the manifests come back.");
  }
  const errors = conversion.diagnostics.filter((d) => d.severity === "error");
  manifestsPane.classList.toggle("stale", !views && lastGood !== undefined);
  graphPane.classList.toggle("stale", !views && lastGood !== undefined);
  renderStale(stalePane, views ? [] : errors, workspace.directory, goToDiagnostic);
  renderGraph(graphPane, conversion.graph, selectNode);
  renderDiagnostics(diagnosticsList, conversion.diagnostics, workspace.directory, goToDiagnostic);
  renderExplanation(explanationPane, views ?? [], undefined);
  markDiagnostics();
  const firstError = errors.find((d) => d.location?.file === workspace.current);
  if (firstError?.location) editor.reveal(firstError.location.line);
  const warnings = conversion.diagnostics.length - errors.length;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  status.textContent = views
    ? `${count(views.length, "object", "objects")}, ${count(warnings, "warning or note", "warnings and notes")}`
    : `${count(errors.length, "error", "errors")}${lastGood ? ": showing the last manifests that converted" : ""}`;
  // While typing, keep showing what the line under the caret became.
  if (document.activeElement === editor.textarea && views) selectComposeLine(editor.caretLine());
  revision += 1;
  // Tests wait for this to change after typing instead of sleeping.
  document.body.dataset["revision"] = String(revision);
}

/** A bug in the core must not leave the page blank: show it as a diagnostic. */
function convertSafely(): Conversion {
  try {
    return convertFiles(workspace.files, workspace.directory);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { diagnostics: [{ code: "internal-error", severity: "error", path: [], message: `internal error, please report: ${message}` }] };
  }
}

function markDiagnostics(selected: number[] = []): void {
  const marks = new Map<number, string>();
  for (const d of conversion.diagnostics) {
    if (d.location?.file === workspace.current && !marks.has(d.location.line)) marks.set(d.location.line, d.severity);
  }
  for (const line of selected) marks.set(line, "selected");
  editor.mark(marks);
}

function openFile(path: string): void {
  if (!workspace.files.has(path) || path === workspace.current) return;
  workspace.current = path;
  filesBar.render();
  editor.setText(workspace.files.get(path) ?? "");
  saveProject(workspace.toStored());
  markDiagnostics();
}

function goToDiagnostic(diagnostic: Diagnostic): void {
  if (!diagnostic.location) return;
  openFile(diagnostic.location.file);
  if (diagnostic.location.file !== workspace.current) return;
  editor.moveCaret(diagnostic.location.line, diagnostic.location.column);
  selectComposeLine(diagnostic.location.line);
}

/** Compose line → the manifest fields it produced, highlighted, with the objects' explanations; a line not converted says why. */
function selectComposeLine(line: number): void {
  markDiagnostics([line]);
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
function selectManifestLine(manifest: number, line: number): void {
  const views = conversion.manifests ?? [];
  const view = views[manifest];
  const found = originOfManifestLine(conversion, manifest, line);
  if (!view || !found) return;
  highlightManifestLines(manifestsPane, [linesOfField(view, manifest, found.field)]);
  const location = found.origin.location;
  if (location) openFile(location.file);
  markDiagnostics(location && location.file === workspace.current ? [location.line] : []);
  renderExplanation(explanationPane, views, {
    heading: `${view.title}${found.field.length > 0 ? ` ${formatPath(found.field)}` : ""}`,
    mappings: [describeOrigin(found.origin, workspace.directory)],
    manifests: [manifest],
  });
}

/** A node of the picture → its manifests and its Compose definition highlighted. */
function selectNode(selection: NodeSelection): void {
  const views = conversion.manifests ?? [];
  highlightManifestLines(manifestsPane, selection.manifests.flatMap((m) => (views[m] ? [{ manifest: m, start: 1, end: views[m]!.lines.length }] : [])));
  const location = selection.source ? conversion.sources?.locate(selection.source) : undefined;
  if (location) openFile(location.file);
  const entry = selection.source && location?.file === workspace.current ? composeOutline(editor.text).find((e) => samePath(e.path, selection.source ?? [])) : undefined;
  markDiagnostics(entry ? Array.from({ length: entry.end - entry.start + 1 }, (_, i) => entry.start + i) : []);
  if (entry) editor.reveal(entry.start);
  renderExplanation(explanationPane, views, {
    heading: selection.caption,
    mappings: selection.manifests.map((m) => `→ ${views[m]?.title ?? "?"}`),
    manifests: selection.manifests,
  });
}

function scheduleUpdate(): void {
  workspace.files.set(workspace.current, editor.text);
  saveProject(workspace.toStored());
  editor.refreshRows();
  if (pending !== undefined) clearTimeout(pending);
  pending = setTimeout(update, DEBOUNCE_MS);
}

let lastCaretLine = 0;
function caretMoved(): void {
  const line = editor.caretLine();
  if (line === lastCaretLine || pending !== undefined) return;
  lastCaretLine = line;
  selectComposeLine(line);
}

const examples = embeddedExamples();
examplesMenu.replaceChildren(
  ...examples.map((example) => {
    const button = element("button", { text: example.name, attributes: { type: "button", "data-example": example.name } });
    button.addEventListener("click", () => loadExample(example));
    return button;
  }),
);
editor.textarea.addEventListener("input", () => {
  lastCaretLine = 0;
  scheduleUpdate();
});
editor.textarea.addEventListener("click", () => {
  lastCaretLine = 0;
  caretMoved();
});
editor.textarea.addEventListener("keyup", caretMoved);

const stored = loadProject();
const first = examples.find((example) => example.name === DEFAULT_EXAMPLE) ?? examples[0];
if (stored) {
  workspace = Workspace.fromStored(stored);
  pressExample(examples.find((example) => `/${example.name}` === stored.directory)?.name);
  openProject(true);
} else if (first) loadExample(first);
else openProject(true);
