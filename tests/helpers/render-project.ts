import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { runPipeline, type PipelineOptions } from "../../src/pipeline.js";
import { formatDiagnostic } from "../../src/diagnostics/format.js";
import { nodeContext } from "../../src/cli/node-context.js";
import { lintProject, policyPodSecurity } from "../../src/lint/index.js";
import { renderFindings } from "../../src/lint/report.js";

export interface RenderedProject {
  /** The YAML stream, or undefined when the project does not convert. */
  manifests: string | undefined;
  /** Diagnostics as the CLI prints them without colour, file names relative to the project. */
  diagnostics: string;
  /** What `kubepose lint` prints for the project (text), or undefined when it does not convert. */
  lint: string | undefined;
}

/**
 * Converts a Compose project directory as `kubepose convert` run inside it would, but with an empty
 * process environment, so the result depends on committed files only. The examples script, the
 * golden fixtures and their drift tests all render through this one function. A project may carry
 * `kubepose-options.json`: the convert options its golden is rendered with (flags such as --pod-security).
 */
export function renderProject(directory: string, options: Partial<Omit<PipelineOptions, "output">> = {}, env: Record<string, string> = {}): RenderedProject {
  const context = { ...nodeContext(), env, cwd: directory };
  const output = { format: "yaml", layout: "stream", comments: true, baseDir: directory } as const;
  const optionsFile = join(directory, "kubepose-options.json");
  const fixed = isFile(optionsFile) ? (JSON.parse(readFileSync(optionsFile, "utf8")) as Partial<PipelineOptions>) : {};
  const result = runPipeline({ files: [], envFiles: [], ...fixed, ...options, output }, context);
  const diagnostics = result.diagnostics.map((d) => formatDiagnostic(d, result.sources, { color: false, cwd: directory }));
  const lint = result.project === undefined || result.manifests === undefined ? undefined : renderFindings(lintProject(result.project, result.manifests, context, { podSecurity: policyPodSecurity, sources: result.sources }), "text", directory, "golden");
  return { manifests: result.output, diagnostics: diagnostics.length === 0 ? "" : `${diagnostics.join("\n")}\n`, lint };
}

/**
 * The project as a folder layout (`-c -o chart/` or `--kustomize -o deploy/`), converted the same way:
 * path inside the folder → content, or undefined when the project does not convert.
 */
export function renderFolder(directory: string, layout: "chart" | "kustomize" | "files", options: Partial<Omit<PipelineOptions, "output">> = {}): Map<string, string> | undefined {
  const context = { ...nodeContext(), env: {}, cwd: directory };
  const output = { format: "yaml", layout, comments: true, baseDir: directory } as const;
  return runPipeline({ files: [], envFiles: [], ...options, output }, context).output;
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
