import { join } from "node:path";
import { runPipeline } from "../pipeline.js";
import type { OutputFormat } from "../emit/index.js";
import { diagnostic } from "../diagnostics/codes.js";
import { nodeContext } from "./node-context.js";
import type { Context } from "../model/context.js";
import { outputTarget, writtenSummary, type OutputTarget } from "./output.js";
import { commitFiles, OutputError, sharedPath } from "./transaction.js";
import { EXIT, printDiagnostics } from "./io.js";
import { projectOptions, type ProjectFlags } from "./project-flags.js";
import { komposeConvertOptions, komposeOutput, type KomposeFlags } from "./kompose-options.js";
import { waitConvertOptions, type WaitFlags } from "./wait-options.js";

export interface ConvertFlags extends KomposeFlags, WaitFlags, ProjectFlags {
  out?: string;
  format: OutputFormat;
  namespace?: string;
  /** --image-registry: where images built from `build:` without `image:` are pushed. */
  imageRegistry?: string;
  comments: boolean;
  /** --report FILE.md|FILE.json: a migration report written with the manifests (see src/cli/report.ts). */
  report?: string;
  /** --watch: convert again whenever a file of the project changes (src/cli/watch.ts). */
  watch?: boolean;
}

/** `kubepose convert`: the whole pipeline, then one atomic write. Returns the exit code. */
export async function convertCommand(written: ConvertFlags, context: Context = nodeContext()): Promise<number> {
  const flags = komposeOutput(written);
  const target = outputTarget(flags.out);
  // -o DIR/ writes one file per object; stdout and -o FILE one stream.
  const output = { format: flags.format, comments: flags.comments, baseDir: context.cwd, layout: target.kind === "directory" ? "files" : "stream" } as const;
  const result = runPipeline(
    {
      ...projectOptions(flags),
      ...(flags.namespace === undefined ? {} : { namespace: flags.namespace }),
      ...(flags.imageRegistry === undefined ? {} : { imageRegistry: flags.imageRegistry }),
      ...komposeConvertOptions(flags),
      ...waitConvertOptions(flags),
      output,
    },
    context,
  );
  if (!result.manifests || result.output === undefined) {
    printDiagnostics(result.diagnostics, result.sources, context.cwd, flags.verbose === true);
    return EXIT.invalidInput;
  }
  // Every file of the run is one transaction: the manifests and the report are written, or none is.
  const files = filesOf(target, result.output);
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
    printDiagnostics(result.diagnostics, result.sources, context.cwd, flags.verbose === true);
    return EXIT.invalidInput;
  }
  if (target.kind === "stdout" && typeof result.output === "string") process.stdout.write(result.output);
  printDiagnostics(result.diagnostics, result.sources, context.cwd, flags.verbose === true);
  const wroteLine = writtenSummary(target, result.manifests.length, flags.report);
  if (wroteLine !== undefined) process.stderr.write(`${wroteLine}\n`);
  return EXIT.ok;
}

/** What goes to disk: the stream as one file (-o all.yaml), the files under the directory (-o k8s/), nothing for stdout. */
function filesOf(target: OutputTarget, output: string | Map<string, string>): Map<string, string> {
  if (target.kind === "stdout") return new Map();
  if (typeof output === "string") return new Map([[target.path, output]]);
  return new Map([...output].map(([name, content]) => [join(target.path, name), content]));
}
