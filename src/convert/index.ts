import type { StageResult } from "../diagnostics/types.js";
import type { Project } from "../normalize/model.js";
import type { ConvertOptions, Manifest } from "./manifest.js";

/** Project → Kubernetes objects, in a stable order. */
export function convert(project: Project, options: ConvertOptions): StageResult<Manifest[]> {
  void project;
  void options;
  throw new Error("convert: not implemented yet");
}
