import { runPipeline } from "../pipeline.js";
import { projectOptions, type ProjectFlags } from "./project-flags.js";
import { diagnostic } from "../diagnostics/codes.js";
import { viewInput } from "../views/view-input.js";
import { appGraph } from "../views/graph/app-graph.js";
import { renderGraphText, type GraphFormat } from "../views/graph/text.js";
import { nodeContext } from "./node-context.js";
import { commitFiles, OutputError } from "./transaction.js";
import { EXIT, printDiagnostics } from "./io.js";

export interface GraphFlags extends ProjectFlags {
  format: GraphFormat;
  out?: string;
}

/**
 * `kubepose graph`: the Compose services with who reaches whom, and the Kubernetes objects that replace
 * them, as Mermaid or Graphviz DOT text to paste into docs. Diagnostics go to stderr as for convert.
 */
export function graphCommand(flags: GraphFlags): number {
  const context = nodeContext();
  const result = runPipeline(projectOptions(flags), context);
  const input = viewInput(result);
  if (!input) {
    printDiagnostics(result.diagnostics, result.sources, context.cwd, flags.verbose === true);
    return EXIT.invalidInput;
  }
  const output = renderGraphText(appGraph(input), flags.format);
  if (flags.out !== undefined && flags.out !== "-") {
    try {
      commitFiles(new Map([[flags.out, output]]));
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      result.diagnostics.push(diagnostic("output-write", [], { target: error.path, reason: error.reason }));
      printDiagnostics(result.diagnostics, result.sources, context.cwd, flags.verbose === true);
      return EXIT.invalidInput;
    }
  } else {
    process.stdout.write(output);
  }
  printDiagnostics(result.diagnostics, result.sources, context.cwd, flags.verbose === true);
  return EXIT.ok;
}
