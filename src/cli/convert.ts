import { join } from "node:path";
import { runPipeline } from "../pipeline.js";
import { emitFiles, emitStream, type OutputFormat } from "../emit/index.js";
import { diagnostic } from "../diagnostics/codes.js";
import { nodeContext } from "./node-context.js";
import { outputTarget } from "./output.js";
import { commitFiles, OutputError, sharedPath } from "./transaction.js";
import { EXIT, printDiagnostics } from "./io.js";
import { komposeConvertOptions, komposeOutput, type KomposeFlags } from "./kompose-options.js";

export interface ConvertFlags extends KomposeFlags {
  file: string[];
  out?: string;
  format: OutputFormat;
  envFile: string[];
  /** --allow-outside: folders outside the project that may be read. */
  allowOutside: string[];
  projectName?: string;
  profile: string[];
  namespace?: string;
  comments: boolean;
  /** --report FILE.md|FILE.json: a migration report written with the manifests (see src/cli/report.ts). */
  report?: string;
}

/** `kubepose convert`: the whole pipeline, then one atomic write. Returns the exit code. */
export async function convertCommand(written: ConvertFlags): Promise<number> {
  const flags = komposeOutput(written);
  const context = nodeContext();
  const result = runPipeline(
    { files: flags.file, envFiles: flags.envFile, allowOutside: flags.allowOutside, projectName: flags.projectName, profiles: flags.profile, namespace: flags.namespace, ...komposeConvertOptions(flags) },
    context,
  );
  const manifests = result.manifests;
  if (!manifests) {
    printDiagnostics(result.diagnostics, result.sources, context.cwd);
    return EXIT.invalidInput;
  }
  const emitOptions = { format: flags.format, comments: flags.comments, baseDir: context.cwd };
  const target = outputTarget(flags.out);
  // Every file of the run is one transaction: the manifests and the report are written, or none is.
  const files = new Map<string, string>();
  if (target.kind === "file") files.set(target.path, emitStream(manifests, emitOptions));
  if (target.kind === "directory") for (const [name, content] of emitFiles(manifests, emitOptions)) files.set(join(target.path, name), content);
  if (flags.report !== undefined) {
    const clash = sharedPath([...files.keys(), flags.report]);
    if (clash !== undefined) {
      printDiagnostics([diagnostic("output-same-path", [], { path: clash })], undefined, context.cwd);
      return EXIT.usage;
    }
    files.set(flags.report, (await import("./report.js")).renderReport(flags.report, result, context.cwd));
  }
  try {
    commitFiles(files);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    result.diagnostics.push(diagnostic("output-write", [], { target: error.path, reason: error.reason }));
    printDiagnostics(result.diagnostics, result.sources, context.cwd);
    return EXIT.invalidInput;
  }
  if (target.kind === "stdout") process.stdout.write(emitStream(manifests, emitOptions));
  printDiagnostics(result.diagnostics, result.sources, context.cwd);
  return EXIT.ok;
}
