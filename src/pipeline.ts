import type { Context } from "./model/context.js";
import type { ConvertOptions, Manifest } from "./model/manifest.js";
import type { Project } from "./model/project.js";
import type { ConnectionGraph } from "./model/connections.js";
import { hasErrors, type Diagnostic, type SourceMap, type StageResult } from "./diagnostics/types.js";
import { locatedInSourceOrder } from "./diagnostics/source-order.js";
import { sharedOnce } from "./diagnostics/shared.js";
import { load, type LoadOptions } from "./load/index.js";
import { validate } from "./validate/index.js";
import { normalize } from "./normalize/index.js";
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
  if (!loaded || failed()) return done({});
  const file = stage(validate(loaded.document));
  if (!file || failed()) return done({});
  // The loaded project's name, directory and variables; the context's file access.
  const project = stage(normalize(file, { ...context, ...loaded, profiles: options.profiles ?? [] }));
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
