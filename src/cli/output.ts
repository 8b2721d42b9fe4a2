import { existsSync, statSync } from "node:fs";

/** Where `-o` sends the result: stdout, one file, or a directory of one file per object. */
export type OutputTarget = { kind: "stdout" } | { kind: "file"; path: string } | { kind: "directory"; path: string };

/**
 * `-o -` → stdout; `-o k8s/`, an existing directory, or a new name without extension → directory;
 * `-o all.yaml` or anything else that exists and is not a directory (`-o /dev/null`) → one file.
 */
export function outputTarget(option: string | undefined): OutputTarget {
  if (option === undefined || option === "-") return { kind: "stdout" };
  if (option.endsWith("/") || option.endsWith("\\")) return { kind: "directory", path: option };
  if (isDirectory(option)) return { kind: "directory", path: option };
  if (existsSync(option)) return { kind: "file", path: option };
  const base = option.split(/[\\/]/).pop() ?? option;
  return base.includes(".") ? { kind: "file", path: option } : { kind: "directory", path: option };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The line that tells what `-o` made, so `-o newdir` (no slash, not there before) cannot surprise:
 * "wrote 7 objects to the folder k8s/ (one file each)" or "… to the file all.yaml".
 */
export function writtenSummary(target: OutputTarget, objects: number, report?: string): string | undefined {
  if (target.kind === "stdout") return undefined;
  const count = `${objects} object${objects === 1 ? "" : "s"}`;
  const where =
    target.kind === "directory"
      ? `the folder ${target.path.replace(/[\\/]*$/, "/")} (one file each)`
      : `the file ${target.path}`;
  return `kubepose: wrote ${count} to ${where}${report === undefined ? "" : `, and the report ${report}`}`;
}
