import type { Context } from "./model/context.js";
import type { ConvertOptions, Manifest } from "./model/manifest.js";
import type { Project } from "./model/project.js";
import type { ConnectionGraph } from "./model/connections.js";
import { hasErrors, type Diagnostic, type Path, type SourceMap, type StageResult } from "./diagnostics/types.js";
import { locatedInSourceOrder } from "./diagnostics/source-order.js";
import { sharedOnce } from "./diagnostics/shared.js";
import { load, type LoadOptions } from "./load/index.js";
import { validate, valueAt, withoutPaths } from "./validate/index.js";
import { normalize, type NormalizeContext } from "./normalize/index.js";
import { buildConnections } from "./connect/index.js";
import { convert } from "./convert/index.js";
import { explain } from "./explain/index.js";
import { checkManifests, productionFindings } from "./check/index.js";
import { emit, emitNotices, type EmitOptions, type Emitted, type OutputLayout } from "./emit/index.js";
import { Redactor } from "./model/redact.js";

export type PipelineOptions<L extends OutputLayout = OutputLayout> = LoadOptions & ConvertOptions & {
  /** --profile flags; without any, COMPOSE_PROFILES decides. */
  profiles?: string[];
  /** The output to write, in one layout; without it nothing is rendered (the manifests are still returned). */
  output?: EmitOptions<L>;
};

export interface PipelineResult<L extends OutputLayout = OutputLayout> {
  /** Undefined when the input is invalid: then nothing may be written. */
  manifests?: Manifest[];
  /** The emitted text in the layout options.output asked for; undefined with the manifests. */
  output?: Emitted[L];
  project?: Project;
  /** Who reaches whom, on which port, from which line; set once the project is valid. */
  connections?: ConnectionGraph;
  diagnostics: Diagnostic[];
  /** Where each path was written; undefined when nothing could be loaded. */
  sources?: SourceMap;
}

/**
 * load → validate → normalize → connect → convert → explain → check → emit; stops after the first stage that
 * reports an error. `until: "project"` stops after normalize (`kubepose validate`).
 */
export function runPipeline<L extends OutputLayout>(options: PipelineOptions<L>, context: Context, until: "project" | "manifests" = "manifests"): PipelineResult<L> {
  const diagnostics: Diagnostic[] = [];
  const stage = <T>(result: StageResult<T>): T => {
    diagnostics.push(...result.diagnostics);
    return result.value;
  };
  const failed = () => hasErrors(diagnostics);
  const done = (result: Omit<PipelineResult<L>, "diagnostics" | "sources">): PipelineResult<L> => {
    // A message never repeats a credential's value (the excerpt lines are masked by the load stage's sources).
    const redactor = new Redactor(loaded?.credentials ?? []);
    const masked = diagnostics.map((d) => ({ ...d, message: redactor.text(d.message) }));
    return { ...result, sources: loaded?.sources, diagnostics: sharedOnce(locatedInSourceOrder(masked, loaded?.sources, loaded?.files ?? [])) };
  };

  const loaded = stage(load(options, context));
  if (!loaded) return done({});
  // The loaded project's name, directory and variables; the context's file access.
  const normalizeContext: NormalizeContext = { ...context, ...loaded, profiles: options.profiles ?? [] };
  if (failed()) return done((diagnostics.push(...errorsBeyond(loaded.document, diagnostics, normalizeContext, "load")), {}));
  const file = stage(validate(loaded.document));
  if (!file || failed()) return done((diagnostics.push(...errorsBeyond(loaded.document, diagnostics, normalizeContext, "validate")), {}));
  const project = stage(normalize(file, normalizeContext));
  if (failed() || until === "project") return done({ project });
  const connections = stage(buildConnections(project, context.readFile));
  const converted = stage(convert(project, options, connections));
  const manifests = stage(explain(converted, loaded.sources));
  const checked = stage({ value: manifests, diagnostics: [...checkManifests(manifests), ...productionFindings(manifests)] });
  if (failed()) return done({ project, connections });
  if (!options.output) return done({ project, connections, manifests: checked });
  // The chart is named after the project, the overlays' namespaces after -n or the project.
  const output: EmitOptions<L> = { project: project.name, ...(options.namespace !== undefined ? { namespace: options.namespace } : {}), ...options.output };
  diagnostics.push(...emitNotices(checked, output));
  return done({ project, connections, manifests: checked, output: emit(checked, output) });
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
