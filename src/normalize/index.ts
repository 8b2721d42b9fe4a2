import type { Context } from "../context.js";
import type { StageResult } from "../diagnostics/types.js";
import type { ComposeFile } from "../validate/schema.js";
import type { Project } from "./model.js";

export interface NormalizeContext {
  projectName: string;
  workingDir: string;
  /** Interpolation variables, for env_file contents. */
  env: Record<string, string>;
  readFile: Context["readFile"];
  isDirectory?: Context["isDirectory"];
}

/** Turns the document as written into the canonical Project. */
export function normalize(file: ComposeFile, context: NormalizeContext): StageResult<Project> {
  void file;
  void context;
  throw new Error("normalize: not implemented yet");
}
