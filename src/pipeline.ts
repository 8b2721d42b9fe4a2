import type { Context } from "./model/context.js";
import type { ConvertOptions, Manifest } from "./model/manifest.js";
import type { Project } from "./model/project.js";
import type { ConnectionGraph } from "./model/connections.js";
import type { Diagnostic, SourceMap } from "./diagnostics/types.js";
import { finishDiagnostics, readProject, type ProjectOptions } from "./pipeline-front.js";
import { buildConnections } from "./connect/index.js";
import { convert } from "./convert/index.js";
import { explain } from "./explain/index.js";
import { checkManifests, productionFindings } from "./check/index.js";
import { emit, emitNotices, type EmitOptions, type Emitted, type OutputLayout } from "./emit/index.js";

export type PipelineOptions<L extends OutputLayout = OutputLayout> = ProjectOptions & ConvertOptions & {
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
  const read = readProject(options, context);
  const { loaded, project, stage, failed } = read;
  const done = (result: Omit<PipelineResult<L>, "diagnostics" | "sources">): PipelineResult<L> => ({ ...result, ...finishDiagnostics(read) });
  if (!loaded || !project) return done({});
  if (failed() || until === "project") return done({ project });
  const connections = stage(buildConnections(project, context.readFile));
  const converted = stage(convert(project, options, connections));
  const manifests = stage(explain(converted, loaded.sources));
  const checked = stage({ value: manifests, diagnostics: [...checkManifests(manifests), ...productionFindings(manifests)] });
  if (failed()) return done({ project, connections });
  if (!options.output) return done({ project, connections, manifests: checked });
  // The chart is named after the project, the overlays' namespaces after -n or the project.
  const output: EmitOptions<L> = { project: project.name, ...(options.namespace !== undefined ? { namespace: options.namespace } : {}), ...options.output };
  read.diagnostics.push(...emitNotices(checked, output));
  return done({ project, connections, manifests: checked, output: emit(checked, output) });
}
