import { runPipeline } from "../pipeline.js";
import { writeSingleOutput } from "./single-output.js";
import { projectOptions, type ProjectFlags } from "./project-flags.js";
import { viewInput } from "../views/view-input.js";
import { appGraph } from "../views/graph/app-graph.js";
import { renderGraphText, type GraphFormat } from "../views/graph/text.js";
import { nodeContext } from "./node-context.js";
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
  return writeSingleOutput(flags.out, output, result, context.cwd, flags.verbose === true);
}
