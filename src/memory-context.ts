import type { Context } from "./model/context.js";

/** A file held in memory with its permission bits: { content: "#!/bin/sh\n…", mode: 0o755 }. */
export interface MemoryFile {
  content: string;
  mode: number;
}

/**
 * Permission bits of a file given as plain text. A browser or a test has no file modes, so this follows
 * what a project checked out of git would have: git records only "executable or not", and a script
 * starting with "#!" is the file people mark executable; everything else is 0644.
 */
export const defaultFileMode = (content: string): number => (content.startsWith("#!") ? 0o755 : 0o644);

/**
 * A Context over files held in memory (path → text, or { content, mode }), for the browser playground,
 * tests, and library users without a disk. Relative keys are taken relative to `cwd`. Directories exist
 * implicitly: every parent folder of a file is one, so bind mounts of folders are recognised.
 *   memoryContext({ "compose.yaml": "services: {}", "/etc/app.conf": "x" }, { TAG: "1.0" })
 */
export function memoryContext(
  files: Readonly<Record<string, string | MemoryFile>> | ReadonlyMap<string, string | MemoryFile>,
  env: Record<string, string> = {},
  cwd = "/project",
): Context {
  const texts = new Map<string, MemoryFile>();
  const entries = files instanceof Map ? [...files] : Object.entries(files);
  for (const [path, file] of entries) {
    texts.set(absolute(path, cwd), typeof file === "string" ? { content: file, mode: defaultFileMode(file) } : file);
  }

  const directories = new Map<string, Set<string>>([[cwd, new Set()]]);
  for (const path of texts.keys()) {
    let child = path;
    while (child !== "/") {
      const parent = child.slice(0, child.lastIndexOf("/")) || "/";
      const names = directories.get(parent) ?? new Set<string>();
      names.add(child.slice(child.lastIndexOf("/") + 1));
      directories.set(parent, names);
      child = parent;
    }
  }

  return {
    readFile: (path) => texts.get(path)?.content,
    isDirectory: (path) => directories.has(trimSlash(path)),
    listDirectory: (path) => {
      const names = directories.get(trimSlash(path));
      return names ? [...names].sort() : undefined;
    },
    fileMode: (path) => texts.get(path)?.mode,
    env,
    cwd,
  };
}

function absolute(path: string, cwd: string): string {
  if (path.startsWith("/")) return path;
  return `${cwd === "/" ? "" : cwd}/${path}`.replace(/\/\.\//g, "/");
}

const trimSlash = (path: string): string => (path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path);
