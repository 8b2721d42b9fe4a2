export { runPipeline as convert } from "./pipeline.js";
export type { PipelineOptions as ConvertOptions, PipelineResult as ConvertResult } from "./pipeline.js";
export type { Context } from "./context.js";
export type { Diagnostic, Location, Path, Severity } from "./diagnostics/types.js";
export type { Project, Service } from "./normalize/model.js";
export type { Manifest, KubernetesObject } from "./convert/manifest.js";
export { emitStream, emitFiles, type EmitOptions, type OutputFormat } from "./emit/index.js";
export { memoryContext } from "./memory-context.js";
