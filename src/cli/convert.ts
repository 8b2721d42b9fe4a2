import { join } from "node:path";
import { runPipeline } from "../pipeline.js";
import { emitFiles, emitStream, type OutputFormat } from "../emit/index.js";
import { diagnostic } from "../diagnostics/codes.js";
import { nodeContext } from "./node-context.js";
import { outputTarget, writeAtomically } from "./output.js";
import { EXIT, printDiagnostics } from "./io.js";
import { projectOptions, type ProjectFlags } from "./project-flags.js";
import { komposeConvertOptions, komposeOutput, type KomposeFlags } from "./kompose-options.js";

export interface ConvertFlags extends KomposeFlags, ProjectFlags {
  out?: string;
  format: OutputFormat;
  namespace?: string;
  /** --image-registry: where images built from `build:` without `image:` are pushed. */
  imageRegistry?: string;
  comments: boolean;
  /** --report FILE.md|FILE.json: a migration report written with the manifests (see src/cli/report.ts). */
  report?: string;
}

/** `kubepose convert`: the whole pipeline, then one atomic write. Returns the exit code. */
export async function convertCommand(written: ConvertFlags): Promise<number> {
  const flags = komposeOutput(written);
  const context = nodeContext();
  const result = runPipeline(
    {
      ...projectOptions(flags),
      ...(flags.namespace === undefined ? {} : { namespace: flags.namespace }),
      ...(flags.imageRegistry === undefined ? {} : { imageRegistry: flags.imageRegistry }),
      ...komposeConvertOptions(flags),
    },
    context,
  );
  const manifests = result.manifests;
  if (!manifests) {
    printDiagnostics(result.diagnostics, result.sources, context.cwd, flags.verbose === true);
    return EXIT.invalidInput;
  }
  const emitOptions = { format: flags.format, comments: flags.comments, baseDir: context.cwd };
  const target = outputTarget(flags.out);
  // The report goes into the same atomic write as the manifests: both are written, or neither.
  const report = flags.report === undefined ? new Map<string, string>() : new Map([[flags.report, (await import("./report.js")).renderReport(flags.report, result, context.cwd)]]);
  try {
    if (target.kind === "stdout") {
      writeAtomically(report);
      process.stdout.write(emitStream(manifests, emitOptions));
    } else if (target.kind === "file") {
      writeAtomically(new Map([[target.path, emitStream(manifests, emitOptions)], ...report]));
    } else {
      const files = new Map<string, string>();
      for (const [name, content] of emitFiles(manifests, emitOptions)) files.set(join(target.path, name), content);
      writeAtomically(new Map([...files, ...report]));
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    result.diagnostics.push(diagnostic("output-write", [], { target: flags.out ?? "-", reason }));
    printDiagnostics(result.diagnostics, result.sources, context.cwd, flags.verbose === true);
    return EXIT.invalidInput;
  }
  printDiagnostics(result.diagnostics, result.sources, context.cwd, flags.verbose === true);
  return EXIT.ok;
}
