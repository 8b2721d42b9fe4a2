import { join } from "node:path";
import { runPipeline } from "../pipeline.js";
import type { OutputFormat } from "../emit/index.js";
import { diagnostic } from "../diagnostics/codes.js";
import { nodeContext } from "./node-context.js";
import type { Context } from "../model/context.js";
import { outputTarget, writtenSummary, type OutputTarget } from "./output.js";
import { commitFiles, OutputError, sharedPath } from "./transaction.js";
import type { FolderSync } from "./output-index.js";
import { folderFlagsProblem, layoutOf } from "./folder-flags.js";
import { EXIT, printDiagnostics } from "./io.js";
import { hasErrors } from "../diagnostics/types.js";
import type { PinResult } from "./pin-digests.js";
import { projectOptions, type ProjectFlags } from "./project-flags.js";
import { komposeConvertOptions, komposeOutput, type KomposeFlags } from "./kompose-options.js";
import { waitConvertOptions, type WaitFlags } from "./wait-options.js";
import { productionConvertOptions, type ProductionFlags } from "./production-options.js";

export interface ConvertFlags extends KomposeFlags, WaitFlags, ProductionFlags, ProjectFlags {
  out?: string;
  format: OutputFormat;
  namespace?: string;
  /** --image-registry: where images built from `build:` without `image:` are pushed. */
  imageRegistry?: string;
  comments: boolean;
  /** --report FILE.md|FILE.json: a migration report written with the manifests (see src/cli/report.ts). */
  report?: string;
  /** -c/--chart: a Helm chart in the -o folder. */
  chart?: boolean;
  /** --kustomize: a Kustomize base and overlays in the -o folder. */
  kustomize?: boolean;
  /** --environments dev,staging,prod: the Kustomize overlays. */
  environments?: string[];
  /** --pin-digests: ask each image's registry for its digest and write repository:tag@sha256:…. */
  pinDigests?: boolean;
  /** --watch: convert again whenever a file of the project changes (src/cli/watch.ts). */
  watch?: boolean;
}

/** `kubepose convert`: the whole pipeline, then one atomic write. Returns the exit code. */
export async function convertCommand(written: ConvertFlags, context: Context = nodeContext()): Promise<number> {
  const flags = komposeOutput(written);
  const target = outputTarget(flags.out);
  const problem = folderFlagsProblem(flags, target);
  if (problem !== undefined) {
    printDiagnostics([problem], undefined, context.cwd);
    return EXIT.usage;
  }
  const pinned = flags.pinDigests === true ? await pinProject(flags, context) : { digests: undefined, diagnostics: [] };
  if (hasErrors(pinned.diagnostics)) {
    printDiagnostics(pinned.diagnostics, undefined, context.cwd, flags.verbose === true);
    return EXIT.invalidInput;
  }
  const layout = layoutOf(flags, target);
  const output = { format: flags.format, comments: flags.comments, baseDir: context.cwd, layout, ...(flags.environments ? { environments: flags.environments } : {}) } as const;
  const result = runPipeline(
    {
      ...projectOptions(flags),
      ...(flags.namespace === undefined ? {} : { namespace: flags.namespace }),
      ...(flags.imageRegistry === undefined ? {} : { imageRegistry: flags.imageRegistry }),
      ...komposeConvertOptions(flags),
      ...waitConvertOptions(flags),
      ...productionConvertOptions(flags),
      ...(pinned.digests === undefined ? {} : { imageDigests: pinned.digests }),
      // Field traces are read only by the report and a chart's value slots (src/emit/helm/slots.ts).
      keepTraces: flags.report !== undefined || layout === "chart",
      output,
    },
    context,
  );
  result.diagnostics.unshift(...pinned.diagnostics);
  if (!result.manifests || result.output === undefined) {
    printDiagnostics(result.diagnostics, result.sources, context.cwd, flags.verbose === true);
    return EXIT.invalidInput;
  }
  // Every file of the run is one transaction: the manifests, the removal of the files the last run wrote
  // that this one does not, and the report are written, or none is.
  const { writes: files, removed, kept } = await filesOf(target, result.output);
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
  for (const file of removed) result.diagnostics.push(diagnostic("output-removed", [], { file: join(target.kind === "directory" ? target.path : "", file) }));
  for (const file of kept) result.diagnostics.push(diagnostic("output-kept-changed", [], { file: join(target.kind === "directory" ? target.path : "", file) }));
  printDiagnostics(result.diagnostics, result.sources, context.cwd, flags.verbose === true);
  const wroteLine = writtenSummary(target, result.manifests.length, flags.report);
  if (wroteLine !== undefined) process.stderr.write(`${wroteLine}\n`);
  return EXIT.ok;
}

/**
 * Reads the project as far as normalize (the images it pulls), then asks the registries. Invalid
 * input is left for the full run to report; only the registries' answers come back here.
 */
async function pinProject(flags: ConvertFlags, context: ReturnType<typeof nodeContext>): Promise<PinResult | { digests: undefined; diagnostics: [] }> {
  const read = runPipeline(projectOptions(flags), context, "project");
  if (read.project === undefined || hasErrors(read.diagnostics)) return { digests: undefined, diagnostics: [] };
  const { pinDigests, defaultPinAccess } = await import("./pin-digests.js");
  return pinDigests(read.project, read.sources, defaultPinAccess());
}

/**
 * What goes to disk: the stream as one file (-o all.yaml); the files under the directory (-o k8s/, a
 * chart, overlays) with the folder's index, and the removal of the files only the last run wrote;
 * nothing for stdout.
 */
async function filesOf(target: OutputTarget, output: string | string[] | Map<string, string>): Promise<FolderSync> {
  if (target.kind === "stdout") return { writes: new Map(), removed: [], kept: [] };
  if (typeof output === "string") return { writes: new Map([[target.path, output]]), removed: [], kept: [] };
  if (Array.isArray(output)) throw new Error("convert: the documents layout is for the views, not for files");
  // Loaded for folders only: its SHA-256 brings in node:crypto, ~2 ms of every start otherwise.
  const { syncFolder } = await import("./output-index.js");
  return syncFolder(target.path, output);
}
