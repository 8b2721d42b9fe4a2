export { runPipeline as convert } from "./pipeline.js";
export type { PipelineOptions as ConvertOptions, PipelineResult as ConvertResult } from "./pipeline.js";
export type { Context } from "./model/context.js";
export type { Diagnostic, Location, Path, Severity } from "./diagnostics/types.js";
export type { Project, Service } from "./model/project.js";
export type { Manifest, KubernetesObject } from "./model/manifest.js";
export { emit, type EmitOptions, type Emitted, type OutputFormat, type OutputLayout } from "./emit/index.js";
export { memoryContext, type MemoryFile } from "./memory-context.js";
