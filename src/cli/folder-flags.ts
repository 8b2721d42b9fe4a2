import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/types.js";
import type { OutputFormat, OutputLayout } from "../emit/index.js";
import type { OutputTarget } from "./output.js";

export interface FolderFlags {
  format: OutputFormat;
  chart?: boolean;
  kustomize?: boolean;
  environments?: string[];
}

/** The layout -o and the folder flags ask for: -c/--kustomize their folder, -o DIR/ one file per object, else one stream. */
export function layoutOf(flags: FolderFlags, target: OutputTarget): OutputLayout {
  if (flags.chart === true) return "chart";
  if (flags.kustomize === true) return "kustomize";
  return target.kind === "directory" ? "files" : "stream";
}

/** Folder flags that cannot work together: a usage error (exit 2), or undefined. */
export function folderFlagsProblem(flags: FolderFlags, target: OutputTarget): Diagnostic | undefined {
  if (flags.environments !== undefined && flags.kustomize !== true) return diagnostic("output-environments-without-kustomize", [], {});
  const flag = flags.chart === true ? "--chart" : flags.kustomize === true ? "--kustomize" : undefined;
  if (flag === undefined) return undefined;
  if (flags.format === "json") return diagnostic("output-folder-json", [], { flag });
  if (target.kind !== "directory") return diagnostic("output-needs-directory", [], { flag });
  return undefined;
}
