import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The file in an output folder that lists what kubepose wrote there, so the next run can clean up. */
export const INDEX_FILE = ".kubepose-files";

const sha256 = (content: string): string => createHash("sha256").update(content).digest("hex");

/** One line per file, sorted: "<sha256>  <path relative to the folder>", "/" as separator. */
export function indexText(files: ReadonlyMap<string, string>): string {
  const lines = [...files].map(([path, content]) => `${sha256(content)}  ${path}`).sort((a, b) => (a.slice(66) < b.slice(66) ? -1 : 1));
  return [
    "# The files kubepose wrote in this folder in its last run, with their SHA-256. A later run removes a",
    "# file listed here when it no longer writes it and the file is unchanged; it never touches other files.",
    ...lines,
    "",
  ].join("\n");
}

/**
 * The files an index lists. A line that is not "<64 hex>  <path>", or whose path could leave the folder
 * (absolute, "..", a backslash, a drive letter) is ignored: the index can only ever name files inside.
 */
export function parseIndex(text: string): Map<string, string> {
  const listed = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (match === null) continue;
    const path = match[2]!;
    const safe = !path.startsWith("/") && !path.includes("\\") && !/^[A-Za-z]:/.test(path) && path.split("/").every((part) => part !== "" && part !== "." && part !== "..");
    if (safe && path !== INDEX_FILE) listed.set(path, match[1]!);
  }
  return listed;
}

export interface FolderSync {
  /** Absolute or cwd-relative path → content, or null for a file to remove; the index included. */
  writes: Map<string, string | null>;
  /** Files of the last run this run no longer writes, removed (paths as written under the folder). */
  removed: string[];
  /** Files of the last run this run no longer writes, kept because they changed since kubepose wrote them. */
  kept: string[];
}

/**
 * What one run writes into an output folder: its files, the new index, and the removal of each file
 * the last run wrote (listed in the old index) that this run does not write and that nobody changed.
 */
export function syncFolder(folder: string, files: ReadonlyMap<string, string>, read: (path: string) => string | undefined = readOrUndefined): FolderSync {
  const previous = parseIndex(read(join(folder, INDEX_FILE)) ?? "");
  const writes = new Map<string, string | null>([...files].map(([path, content]) => [join(folder, path), content]));
  writes.set(join(folder, INDEX_FILE), indexText(files));
  const removed: string[] = [];
  const kept: string[] = [];
  for (const [path, hash] of [...previous].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (files.has(path)) continue;
    const current = read(join(folder, path));
    if (current === undefined) continue;
    if (sha256(current) === hash) {
      writes.set(join(folder, path), null);
      removed.push(path);
    } else kept.push(path);
  }
  return { writes, removed, kept };
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}
