// The playground page: edit a Compose project on the left, see the manifests kubepose makes of it on
// the right, with the picture of the app, diagnostics and explanations below. Everything runs in the page
// (no server), on the same core as the CLI; the project is kept in localStorage so a reload keeps it.
// Built into one file by scripts/playground.mjs.
import type { Diagnostic } from "../../diagnostics/types.js";
import { ComposeEditor } from "./editor.js";
import { byId, element } from "./dom.js";
import { DEFAULT_EXAMPLE, embeddedExamples, exampleProject, type PlaygroundExample } from "./examples.js";
import { DEFAULT_PROJECT_DIR } from "./project-paths.js";
import { convertFiles, type Conversion } from "./session.js";
import { renderManifests, renderNoManifests } from "./manifests-view.js";
import { renderDiagnostics } from "./diagnostics-view.js";
import { renderExplanation } from "./explanation-view.js";
import { Workspace } from "./workspace.js";
import { loadProject, saveProject } from "./project-store.js";
import { wireFilesBar } from "./files-bar.js";
import { renderGraph } from "./graph-view.js";
import * as select from "./selection.js";
import type { NodeSelection } from "./graph-view.js";
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

const selection: select.SelectionPage = {
  state: () => ({ editor, manifestsPane, explanationPane, conversion, workspace }),
  openFile: (path) => openFile(path),
  markDiagnostics: (selected) => markDiagnostics(selected),
};
const selectComposeLine = (line: number): void => select.selectComposeLine(selection, line);
const selectManifestLine = (manifest: number, line: number): void => select.selectManifestLine(selection, manifest, line);
const selectNode = (node: NodeSelection): void => select.selectNode(selection, node);

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
