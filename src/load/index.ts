import type { Context } from "../context.js";
import type { SourceMap, StageResult } from "../diagnostics/types.js";

export interface LoadOptions {
  /** The -f files as given (relative to context.cwd); empty means discover compose.yaml & co. */
  files: string[];
  /** --env-file flags; empty means the .env beside the first Compose file. */
  envFiles?: string[];
  /** -p */
  projectName?: string;
}

export interface LoadedProject {
  /** The merged, interpolated document: plain JSON-shaped data. */
  document: Record<string, unknown>;
  sources: SourceMap;
  /** Absolute, "/"-separated: the directory of the first Compose file. */
  workingDir: string;
  /** Absolute paths of the Compose files read, in merge order. */
  files: string[];
  /** Variables for interpolation: .env values overlaid by the process environment. */
  env: Record<string, string>;
  projectName: string;
}

/** Reads, parses, interpolates and merges the Compose files. value is undefined when nothing usable was loaded. */
export function load(options: LoadOptions, context: Context): StageResult<LoadedProject | undefined> {
  void options;
  void context;
  throw new Error("load: not implemented yet");
}
