import type { Context } from "./model/context.js";
import type { Project } from "./model/project.js";
import { hasErrors, type Diagnostic, type Path, type SourceMap, type StageResult } from "./diagnostics/types.js";
import { locatedInSourceOrder } from "./diagnostics/source-order.js";
import { sharedOnce } from "./diagnostics/shared.js";
import { load, type LoadedProject, type LoadOptions } from "./load/index.js";
import { validate, valueAt, withoutPaths } from "./validate/index.js";
import { normalize, type NormalizeContext } from "./normalize/index.js";
import { Redactor } from "./model/redact.js";

/**
 * The front of the pipeline, load → validate → normalize: all `kubepose validate` runs. It is a module of
 * its own so that the validate command's bundle path initialises none of convert, check and emit (their
 * Kubernetes schemas and tables): ~3 ms of every `validate` (#13).
 */
export interface ProjectRead {
  /** Undefined when nothing could be loaded. */
  loaded?: LoadedProject;
  /** Undefined when load or validate failed (normalize's errors are in diagnostics). */
  project?: Project;
  /** Unsorted and unmasked: finishDiagnostics() makes them what a caller sees. */
  diagnostics: Diagnostic[];
  /** Stops after the first stage that reports an error. */
  failed(): boolean;
  /** Adds a stage's diagnostics and gives its value. */
  stage<T>(result: StageResult<T>): T;
}

/** Which files and variables to read, and which profiles are active. */
export type ProjectOptions = LoadOptions & {
  /** --profile flags; without any, COMPOSE_PROFILES decides. */
  profiles?: string[];
};

export function readProject(options: ProjectOptions, context: Context): ProjectRead {
  const diagnostics: Diagnostic[] = [];
  const read: ProjectRead = {
    diagnostics,
    failed: () => hasErrors(diagnostics),
    stage: <T>(result: StageResult<T>): T => {
      diagnostics.push(...result.diagnostics);
      return result.value;
    },
  };
  const loaded = read.stage(load(options, context));
  if (!loaded) return read;
  read.loaded = loaded;
  // The loaded project's name, directory and variables; the context's file access.
  const normalizeContext: NormalizeContext = { ...context, ...loaded, profiles: options.profiles ?? [] };
  if (read.failed()) return (diagnostics.push(...errorsBeyond(loaded.document, diagnostics, normalizeContext, "load")), read);
  const file = read.stage(validate(loaded.document));
  if (!file || read.failed()) return (diagnostics.push(...errorsBeyond(loaded.document, diagnostics, normalizeContext, "validate")), read);
  read.project = read.stage(normalize(file, normalizeContext));
  return read;
}

/** What a caller sees: in source order, each once, and never repeating a credential's value (the excerpt lines are masked by the load stage's sources). */
export function finishDiagnostics(read: ProjectRead): { diagnostics: Diagnostic[]; sources?: SourceMap } {
  const redactor = new Redactor(read.loaded?.credentials ?? []);
  const masked = read.diagnostics.map((d) => ({ ...d, message: redactor.text(d.message) }));
  return { sources: read.loaded?.sources, diagnostics: sharedOnce(locatedInSourceOrder(masked, read.loaded?.sources, read.loaded?.files ?? [])) };
}

/**
 * Errors as a compiler gives them, all at once: after a stage failed, the document without the parts
 * that failed goes on through validate and normalize, and their errors are added. After a load error
 * (a bad `${`), validate's errors are independent ones; after validate's own, the errors that only the
 * removal caused (a dependency on a removed service) are removed in turn, up to a few rounds, unreported.
 */
function errorsBeyond(document: unknown, reported: readonly Diagnostic[], context: NormalizeContext, failedIn: "load" | "validate"): Diagnostic[] {
  const found: Diagnostic[] = [];
  const removed: Path[] = [];
  let errors = reported.filter((d) => d.severity === "error");
  let rest: unknown = document;
  for (let round = 0; round < 4; round++) {
    removed.push(...errors.map((d) => d.path));
    rest = withoutPaths(rest, errors.map((d) => d.path));
    if (rest === undefined) return found;
    const checked = validate(rest);
    const errorsOf = (all: readonly Diagnostic[]) => all.filter((d) => d.severity === "error");
    if (checked.value !== undefined) return [...found, ...errorsOf(normalize(checked.value, context).diagnostics)];
    errors = errorsOf(checked.diagnostics);
    found.push(...errors.filter((d) => (failedIn === "load" && round === 0) || !causedByRemoval(d, removed, document)));
  }
  return found;
}

/** A required key or a declaration the removal took away: "missing image" in a service whose image was removed, a use of a removed service. */
function causedByRemoval(error: Diagnostic, removed: readonly Path[], document: unknown): boolean {
  if (removed.some((path) => path.length > error.path.length && error.path.every((part, index) => path[index] === part))) return true;
  if (error.code !== "undefined-reference") return false;
  const written = valueAt(document, error.path);
  const name = typeof written === "string" ? written.split(":")[0] : error.path[error.path.length - 1];
  // Or declared inside a removed part: `volumes:` declarations misplaced under `services:`.
  const declaresIt = (path: Path) => {
    const value = valueAt(document, path);
    return typeof name === "string" && typeof value === "object" && value !== null && Object.hasOwn(value, name);
  };
  return removed.some((path) => path.length === 2 && (path[1] === name || declaresIt(path)));
}
