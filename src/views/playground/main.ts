// The playground page: edit a Compose project on the left, see the manifests kubepose makes of it on
// the right, with diagnostics and explanations below. Everything runs in the page (no server), on the
// same core as the CLI. Built into one file by scripts/playground.mjs.
import { formatPath, type Diagnostic } from "../../diagnostics/types.js";
import { ComposeEditor } from "./editor.js";
import { byId, element } from "./dom.js";
import { DEFAULT_EXAMPLE, embeddedExamples, exampleProject, type PlaygroundExample } from "./examples.js";
import { DEFAULT_PROJECT_DIR } from "./project-paths.js";
import { relativeTo } from "../../diagnostics/format.js";
import { convertFiles, fieldsForComposeLine, linesOfField, originOfManifestLine, type Conversion } from "./session.js";
import { highlightManifestLines, renderManifests, renderNoManifests } from "./manifests-view.js";
import { renderDiagnostics } from "./diagnostics-view.js";
import { describeOrigin, renderExplanation, type ExplanationSubject } from "./explanation-view.js";
import { composeOutline, entryCovering } from "../compose-outline.js";
import { explanationFor } from "../side-by-side.js";

/** Milliseconds of quiet typing before converting again. */
const DEBOUNCE_MS = 250;
const COMPOSE_NAMES = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"];

const editor = new ComposeEditor(byId("compose", HTMLTextAreaElement), byId("gutter", HTMLElement), byId("backdrop", HTMLElement));
const examplesMenu = byId("examples", HTMLElement);
const fileMenu = byId("file", HTMLSelectElement);
const manifestsPane = byId("manifests", HTMLElement);
const diagnosticsList = byId("diagnostics", HTMLElement);
const explanationPane = byId("explanation", HTMLElement);
const status = byId("status", HTMLElement);

let projectDir = DEFAULT_PROJECT_DIR;
let files = new Map<string, string>();
let currentFile = `${projectDir}/compose.yaml`;
let conversion: Conversion = { diagnostics: [] };
let revision = 0;
let pending: ReturnType<typeof setTimeout> | undefined;

function loadExample(example: PlaygroundExample): void {
  ({ directory: projectDir, files } = exampleProject(example));
  const compose = COMPOSE_NAMES.map((name) => `${projectDir}/${name}`).find((path) => files.has(path));
  currentFile = compose ?? [...files.keys()][0] ?? `${projectDir}/compose.yaml`;
  if (!files.has(currentFile)) files.set(currentFile, "");
  examplesMenu.querySelectorAll("button").forEach((button) => button.setAttribute("aria-pressed", String(button.dataset["example"] === example.name)));
  renderFileMenu();
  editor.setText(files.get(currentFile) ?? "");
  update();
}

function renderFileMenu(): void {
  fileMenu.replaceChildren(...[...files.keys()].sort().map((path) => element("option", { text: relativeTo(path, projectDir), attributes: { value: path } })));
  fileMenu.value = currentFile;
}

function openFile(path: string): void {
  if (!files.has(path) || path === currentFile) return;
  currentFile = path;
  fileMenu.value = path;
  editor.setText(files.get(path) ?? "");
  markDiagnostics();
}

/** Converts the in-memory project and redraws everything; the selection is cleared (its lines may have moved). */
function update(): void {
  pending = undefined;
  conversion = convertSafely();
  const views = conversion.manifests;
  if (views) renderManifests(manifestsPane, views, selectManifestLine);
  else renderNoManifests(manifestsPane, "No manifests: the project has errors (listed below). Fix them and the manifests come back.");
  renderDiagnostics(diagnosticsList, conversion.diagnostics, projectDir, goToDiagnostic);
  renderExplanation(explanationPane, views ?? [], undefined);
  markDiagnostics();
  const errors = conversion.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = conversion.diagnostics.length - errors;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  status.textContent = views
    ? `${count(views.length, "object", "objects")}, ${count(warnings, "warning or note", "warnings and notes")}`
    : count(errors, "error", "errors");
  // While typing, keep showing what the line under the caret became.
  if (document.activeElement === editor.textarea && views) selectComposeLine(editor.caretLine());
  revision += 1;
  // Tests wait for this to change after typing instead of sleeping.
  document.body.dataset["revision"] = String(revision);
}

/** A bug in the core must not leave the page blank: show it as a diagnostic. */
function convertSafely(): Conversion {
  try {
    return convertFiles(files, projectDir);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { diagnostics: [{ code: "internal-error", severity: "error", path: [], message: `internal error, please report: ${message}` }] };
  }
}

function markDiagnostics(selected?: number): void {
  const marks = new Map<number, string>();
  for (const d of conversion.diagnostics) {
    if (d.location?.file === currentFile && !marks.has(d.location.line)) marks.set(d.location.line, d.severity);
  }
  if (selected !== undefined) marks.set(selected, "selected");
  editor.mark(marks);
}

function goToDiagnostic(diagnostic: Diagnostic): void {
  if (!diagnostic.location) return;
  openFile(diagnostic.location.file);
  if (diagnostic.location.file !== currentFile) return;
  editor.moveCaret(diagnostic.location.line, diagnostic.location.column);
  selectComposeLine(diagnostic.location.line);
}

/** Compose line → the manifest fields it produced, highlighted, with the objects' explanations. */
function selectComposeLine(line: number): void {
  markDiagnostics(line);
  const views = conversion.manifests ?? [];
  const refs = fieldsForComposeLine(conversion, currentFile, editor.text, line);
  const ranges = refs.flatMap((ref) => {
    const view = views[ref.manifest];
    return view ? [linesOfField(view, ref.manifest, ref.field)] : [];
  });
  highlightManifestLines(manifestsPane, ranges);
  const entry = entryCovering(composeOutline(editor.text), line);
  const subject: ExplanationSubject = {
    heading: `${relativeTo(currentFile, projectDir)}:${line}${entry ? ` ${formatPath(entry.path)}` : ""}`,
    mappings: refs.map((ref) => `→ ${views[ref.manifest]?.title ?? "?"}${ref.field.length > 0 ? ` ${formatPath(ref.field)}` : " (whole object)"}`),
    manifests: [...new Set(refs.map((ref) => ref.manifest))],
    ...(conversion.manifests ? {} : { empty: "No manifests while the project has errors." }),
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
  markDiagnostics(location && location.file === currentFile ? location.line : undefined);
  renderExplanation(explanationPane, views, {
    heading: `${view.title}${found.field.length > 0 ? ` ${formatPath(found.field)}` : ""}`,
    mappings: [describeOrigin(found.origin, projectDir)],
    manifests: [manifest],
  });
}

function scheduleUpdate(): void {
  files.set(currentFile, editor.text);
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
fileMenu.addEventListener("change", () => openFile(fileMenu.value));

const first = examples.find((example) => example.name === DEFAULT_EXAMPLE) ?? examples[0];
if (first) loadExample(first);
else update();
