import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { runPipeline, type PipelineOptions } from "../pipeline.js";
import { emitStream } from "../emit/index.js";
import { formatDiagnostic } from "../diagnostics/format.js";
import { nodeContext } from "./node-context.js";

export interface RenderedProject {
  /** The YAML stream, or undefined when the project does not convert. */
  manifests: string | undefined;
  /** Diagnostics as the CLI prints them without colour, file names relative to the project. */
  diagnostics: string;
}

/**
 * Converts a Compose project directory as `kubepose convert` run inside it would, but with an empty
 * process environment, so the result depends on committed files only. The examples script, the
 * golden fixtures and their drift tests all render through this one function.
 */
export function renderProject(directory: string, options: Partial<PipelineOptions> = {}, env: Record<string, string> = {}): RenderedProject {
  const context = { ...nodeContext(), env, cwd: directory };
  const result = runPipeline({ files: [], envFiles: [], ...options }, context);
  const diagnostics = result.diagnostics.map((d) => formatDiagnostic(d, result.sources, { color: false, cwd: directory }));
  const manifests = result.manifests ? emitStream(result.manifests, { format: "yaml", comments: true, baseDir: directory }) : undefined;
  return { manifests, diagnostics: diagnostics.length === 0 ? "" : `${diagnostics.join("\n")}\n` };
}

/** Sub-directories of `root` holding a compose.yaml, sorted by name. */
export function projectDirectories(root: string): string[] {
  return readdirSync(root)
    .filter((name) => isFile(join(root, name, "compose.yaml")))
    .sort();
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
