import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

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

/**
 * Writes every file or none: each goes to a temporary sibling first and is renamed into place only
 * after all of them were written, so an error (disk full, permission) leaves no half-written output.
 */
export function writeAtomically(files: Map<string, string>): void {
  const staged: [string, string][] = [];
  try {
    for (const [path, content] of files) {
      makeDirectories(dirname(path));
      const temporary = join(dirname(path), `.${path.split(/[\\/]/).pop()}.kubepose-${process.pid}.tmp`);
      writeFileSync(temporary, content);
      staged.push([temporary, path]);
    }
  } catch (error) {
    for (const [temporary] of staged) rmSync(temporary, { force: true });
    throw error;
  }
  for (const [temporary, path] of staged) renameSync(temporary, path);
}

/**
 * mkdir -p, one level at a time. Node's own `mkdirSync(…, { recursive: true })` spins forever on some
 * file systems (under /proc it never returns), so each missing level is created by hand.
 */
function makeDirectories(directory: string): void {
  const missing: string[] = [];
  let current = directory;
  while (!isDirectory(current)) {
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const level of missing.reverse()) mkdirSync(level);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
