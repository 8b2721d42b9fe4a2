import { basename } from "node:path";
import { runPipeline } from "../pipeline.js";
import { diagnostic } from "../diagnostics/codes.js";
import { renderCompareText } from "../views/compare-text.js";
import { renderCompareHtml } from "../views/compare-html.js";
import { nodeContext } from "./node-context.js";
import { commitFiles, OutputError } from "./transaction.js";
import { EXIT, printDiagnostics, useColor } from "./io.js";

export interface CompareFlags {
  file: string[];
  envFile: string[];
  /** --allow-outside: folders outside the project that may be read. */
  allowOutside: string[];
  projectName?: string;
  profile: string[];
  width?: number;
  html?: boolean;
  out?: string;
}

/** Columns when neither --width nor a terminal says: wide enough for two readable columns. */
const DEFAULT_WIDTH = 100;

/**
 * `kubepose compare`: each Compose definition beside the objects made from it, in the terminal
 * (aligned by source line, explanations under each group) or, with --html, as one self-contained page.
 */
export function compareCommand(flags: CompareFlags): number {
  const context = nodeContext();
  const result = runPipeline({ files: flags.file, envFiles: flags.envFile, allowOutside: flags.allowOutside, projectName: flags.projectName, profiles: flags.profile }, context);
  const { manifests } = result;
  if (!manifests) {
    printDiagnostics(result.diagnostics, result.sources, context.cwd);
    return EXIT.invalidInput;
  }
  const input = { manifests, ...(result.project ? { project: result.project } : {}), ...(result.sources ? { sources: result.sources } : {}) };
  const toFile = flags.out !== undefined && flags.out !== "-";
  let output: string;
  if (flags.html) {
    const title = result.project?.name ?? basename(context.cwd);
    output = renderCompareHtml(input, result.diagnostics, { title, baseDir: context.cwd });
  } else {
    const width = flags.width ?? (!toFile && process.stdout.isTTY ? process.stdout.columns : undefined) ?? DEFAULT_WIDTH;
    output = renderCompareText(input, { width, color: !toFile && useColor(process.stdout), baseDir: context.cwd });
  }
  if (toFile && flags.out !== undefined) {
    try {
      commitFiles(new Map([[flags.out, output]]));
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      result.diagnostics.push(diagnostic("output-write", [], { target: error.path, reason: error.reason }));
      printDiagnostics(result.diagnostics, result.sources, context.cwd);
      return EXIT.invalidInput;
    }
  } else {
    process.stdout.write(output);
  }
  printDiagnostics(result.diagnostics, result.sources, context.cwd);
  return EXIT.ok;
}
