import { runPipeline } from "../pipeline.js";
import { projectOptions, type ProjectFlags } from "./project-flags.js";
import { hasErrors } from "../diagnostics/types.js";
import { nodeContext } from "./node-context.js";
import { EXIT, printDiagnostics } from "./io.js";

export type ValidateFlags = ProjectFlags;

/** `kubepose validate`: load, validate and normalize only; nothing is converted or written. */
export function validateCommand(flags: ValidateFlags): number {
  const context = nodeContext();
  const result = runPipeline(projectOptions(flags), context, "project");
  printDiagnostics(result.diagnostics, result.sources, context.cwd, flags.verbose === true);
  if (hasErrors(result.diagnostics) || !result.project) return EXIT.invalidInput;
  const services = result.project.services.length;
  process.stdout.write(`${result.project.name}: ${services} service${services === 1 ? "" : "s"}, valid\n`);
  return EXIT.ok;
}
