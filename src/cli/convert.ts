import { join } from "node:path";
import { runPipeline } from "../pipeline.js";
import { emitFiles, emitStream, type OutputFormat } from "../emit/index.js";
import { diagnostic } from "../diagnostics/codes.js";
import { nodeContext } from "./node-context.js";
import { outputTarget, writeAtomically } from "./output.js";
import { EXIT, printDiagnostics } from "./io.js";

export interface ConvertFlags {
  file: string[];
  out?: string;
  format: OutputFormat;
  envFile: string[];
  projectName?: string;
  profile: string[];
  namespace?: string;
  comments: boolean;
}

/** `kubepose convert`: the whole pipeline, then one atomic write. Returns the exit code. */
export function convertCommand(flags: ConvertFlags): number {
  const context = nodeContext();
  const result = runPipeline(
    { files: flags.file, envFiles: flags.envFile, projectName: flags.projectName, profiles: flags.profile, namespace: flags.namespace },
    context,
  );
  const manifests = result.manifests;
  if (!manifests) {
    printDiagnostics(result.diagnostics, result.sources, context.cwd);
    return EXIT.invalidInput;
  }
  const emitOptions = { format: flags.format, comments: flags.comments, baseDir: context.cwd };
  const target = outputTarget(flags.out);
  try {
    if (target.kind === "stdout") {
      process.stdout.write(emitStream(manifests, emitOptions));
    } else if (target.kind === "file") {
      writeAtomically(new Map([[target.path, emitStream(manifests, emitOptions)]]));
    } else {
      const files = new Map<string, string>();
      for (const [name, content] of emitFiles(manifests, emitOptions)) files.set(join(target.path, name), content);
      writeAtomically(files);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    result.diagnostics.push(diagnostic("output-write", [], { target: flags.out ?? "-", reason }));
    printDiagnostics(result.diagnostics, result.sources, context.cwd);
    return EXIT.invalidInput;
  }
  printDiagnostics(result.diagnostics, result.sources, context.cwd);
  return EXIT.ok;
}
