import { finishDiagnostics, readProject } from "../pipeline-front.js";
import { projectOptions, type ProjectFlags } from "./project-flags.js";
import { hasErrors } from "../diagnostics/types.js";
import { nodeContext } from "./node-context.js";
import { EXIT, printDiagnostics } from "./io.js";

export type ValidateFlags = ProjectFlags;

/** `kubepose validate`: load, validate and normalize only; nothing is converted or written. */
export function validateCommand(flags: ValidateFlags): number {
  const context = nodeContext();
  const read = readProject(projectOptions(flags), context);
  const { diagnostics, sources } = finishDiagnostics(read);
  printDiagnostics(diagnostics, sources, context.cwd, flags.verbose === true);
  if (hasErrors(diagnostics) || !read.project) return EXIT.invalidInput;
  const services = read.project.services.length;
  process.stdout.write(`${read.project.name}: ${services} service${services === 1 ? "" : "s"}, valid\n`);
  return EXIT.ok;
}
