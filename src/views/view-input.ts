import type { SourceMap } from "../diagnostics/types.js";
import type { EmitOptions } from "../emit/index.js";
import type { Manifest } from "../model/manifest.js";
import type { Project } from "../model/project.js";
import type { ConnectionGraph } from "../model/connections.js";
import type { PipelineResult } from "../pipeline.js";

/** What a view needs from a pipeline result (the playground and the CLI both have one). */
export interface ViewInput {
  manifests: readonly Manifest[];
  project?: Project;
  /** Who reaches whom: the report's Connections section and compare's peer lines. */
  connections?: ConnectionGraph;
  sources?: SourceMap;
}

/**
 * The output the side-by-side views show, one YAML text per object without comments (the views put the
 * explanations beside the lines): callers ask the pipeline for it (`output: sideBySideOutput`).
 */
export const sideBySideOutput: EmitOptions<"documents"> = { format: "yaml", layout: "documents", comments: false, maskSecrets: true };

/** A pipeline result that converted, with the output above. */
export interface SideBySideInput extends ViewInput {
  /** Each manifest as emitted with sideBySideOutput, in the same order. */
  documents: readonly string[];
}

/** The view input of a pipeline result; undefined when it did not convert. */
export function viewInput(result: PipelineResult): ViewInput | undefined {
  if (!result.manifests) return undefined;
  return {
    manifests: result.manifests,
    ...(result.project ? { project: result.project } : {}),
    ...(result.connections ? { connections: result.connections } : {}),
    ...(result.sources ? { sources: result.sources } : {}),
  };
}

/** The side-by-side input of a pipeline run with `output: sideBySideOutput`; undefined when it did not convert. */
export function sideBySideInput(result: PipelineResult<"documents">): SideBySideInput | undefined {
  const input = viewInput(result);
  return input && result.output ? { ...input, documents: result.output } : undefined;
}
