import { statSync } from "node:fs";

/** Where `-o` sends the result: stdout, one file, or a directory of one file per object. */
export type OutputTarget = { kind: "stdout" } | { kind: "file"; path: string } | { kind: "directory"; path: string };

/**
 * `-o -` → stdout; `-o k8s/`, an existing directory, or a name without extension → directory;
 * `-o all.yaml` → one file.
 */
export function outputTarget(option: string | undefined): OutputTarget {
  if (option === undefined || option === "-") return { kind: "stdout" };
  if (option.endsWith("/") || option.endsWith("\\")) return { kind: "directory", path: option };
  if (isDirectory(option)) return { kind: "directory", path: option };
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
