import { runPipeline } from "../pipeline.js";
import { hasErrors } from "../diagnostics/types.js";
import { nodeContext } from "./node-context.js";
import { EXIT, printDiagnostics } from "./io.js";

export interface ValidateFlags {
  file: string[];
  envFile: string[];
  /** --allow-outside: folders outside the project that may be read. */
  allowOutside: string[];
  projectName?: string;
  profile: string[];
}

/** `kubepose validate`: load, validate and normalize only; nothing is converted or written. */
export function validateCommand(flags: ValidateFlags): number {
  const context = nodeContext();
  const result = runPipeline({ files: flags.file, envFiles: flags.envFile, allowOutside: flags.allowOutside, projectName: flags.projectName, profiles: flags.profile }, context, "project");
  printDiagnostics(result.diagnostics, result.sources, context.cwd);
  if (hasErrors(result.diagnostics) || !result.project) return EXIT.invalidInput;
  const services = result.project.services.length;
  process.stdout.write(`${result.project.name}: ${services} service${services === 1 ? "" : "s"}, valid\n`);
  return EXIT.ok;
}
