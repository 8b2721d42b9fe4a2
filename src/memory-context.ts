import type { Context, FileKind } from "./model/context.js";

/** A file held in memory with its permission bits: { content: "#!/bin/sh\n…", mode: 0o755 }. */
export interface MemoryFile {
  content: string | Uint8Array;
  mode: number;
}

/**
 * Permission bits of a file given without them. A browser or a test has no file modes, so this follows
 * what a project checked out of git would have: git records only "executable or not", and a script
 * starting with "#!" is the file people mark executable; everything else is 0644.
 */
export const defaultFileMode = (content: string | Uint8Array): number =>
  (typeof content === "string" ? content.startsWith("#!") : content[0] === 0x23 && content[1] === 0x21) ? 0o755 : 0o644;

/** Symbolic links and special files, for modelling a disk's tricks in tests. */
export interface MemoryExtras {
  /** Link path → target, as `ln -s TARGET PATH` would make it (a relative target is relative to the link's folder). */
  links?: Readonly<Record<string, string>>;
  /** Paths of named pipes, sockets or devices: they exist but are no regular files. */
  special?: readonly string[];
}

/** Links followed in one path before it counts as a loop, as Linux's ELOOP limit (40). */
const MAX_LINK_HOPS = 40;

/**
 * A Context over files held in memory (path → text, bytes, or { content, mode }), for the browser
 * playground, tests, and library users without a disk. Relative keys are taken relative to `cwd`. Directories exist implicitly:
 * every parent folder of a file is one, so bind mounts of folders are recognised.
 *   memoryContext({ "compose.yaml": "services: {}", "/etc/app.conf": "x" }, { TAG: "1.0" })
 *   memoryContext({ "compose.yaml": text }, {}, "/project", { links: { "env": "/proc/self/environ" } })
 */
export function memoryContext(
  files: Readonly<Record<string, string | Uint8Array | MemoryFile>> | ReadonlyMap<string, string | Uint8Array | MemoryFile>,
  env: Record<string, string> = {},
  cwd = "/project",
  extras: MemoryExtras = {},
): Context {
  const contents = new Map<string, string | Uint8Array>();
  const modes = new Map<string, number>();
  const entries = files instanceof Map ? [...files] : Object.entries(files);
  for (const [path, file] of entries) {
    const key = absolute(path, cwd);
    const content = typeof file === "string" || file instanceof Uint8Array ? file : file.content;
    contents.set(key, content);
    modes.set(key, typeof file === "string" || file instanceof Uint8Array ? defaultFileMode(file) : file.mode);
  }
  const links = new Map(Object.entries(extras.links ?? {}).map(([path, target]) => [absolute(path, cwd), target]));
  const special = new Set((extras.special ?? []).map((path) => absolute(path, cwd)));

  const directories = new Map<string, Set<string>>([[cwd, new Set()]]);
  for (const path of [...contents.keys(), ...links.keys(), ...special]) {
    let child = path;
    while (child !== "/") {
      const parent = parentOf(child);
      const names = directories.get(parent) ?? new Set<string>();
      names.add(child.slice(child.lastIndexOf("/") + 1));
      directories.set(parent, names);
      child = parent;
    }
  }

  const kind = (path: string): FileKind | undefined => {
    if (contents.has(path)) return "file";
    if (special.has(path)) return "special";
    return directories.has(path) ? "directory" : undefined;
  };
  /** Follows links one component at a time, like realpath(3). */
  const realPath = (path: string): string | undefined => {
    let pending = clean(path).split("/").filter((part) => part !== "");
    let current = "";
    let hops = 0;
    while (pending.length > 0) {
      const [part = "", ...rest] = pending;
      pending = rest;
      const next = part === ".." ? parentOf(current || "/") : `${current}/${part}`;
      const target = links.get(next);
      if (target === undefined) {
        current = next === "/" ? "" : next;
        continue;
      }
      if (++hops > MAX_LINK_HOPS) return undefined;
      const base = target.startsWith("/") ? "" : current;
      pending = [...`${base}/${target}`.split("/").filter((p) => p !== "" && p !== "."), ...pending];
      current = "";
    }
    const real = current || "/";
    return kind(real) === undefined ? undefined : real;
  };
  const read = (path: string): string | Uint8Array | undefined => {
    const real = realPath(path);
    return real === undefined ? undefined : contents.get(real);
  };

  return {
    readFile: (path) => {
      const content = read(path);
      return content === undefined || typeof content === "string" ? content : new TextDecoder().decode(content);
    },
    isDirectory: (path) => {
      const real = realPath(path);
      return real !== undefined && kind(real) === "directory";
    },
    listDirectory: (path) => {
      const real = realPath(path);
      const names = real === undefined ? undefined : directories.get(real);
      return names ? [...names].sort() : undefined;
    },
    fileMode: (path) => {
      const real = realPath(path);
      return real === undefined ? undefined : modes.get(real);
    },
    realPath,
    fileKind: (path) => {
      const real = realPath(path);
      return real === undefined ? undefined : kind(real);
    },
    readBytes: (path, limit) => {
      const content = read(path);
      if (content === undefined) return undefined;
      const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
      return bytes.subarray(0, limit + 1);
    },
    env,
    cwd,
  };
}

/** A key made absolute, "." and ".." collapsed (keys name files, not links). */
function absolute(path: string, cwd: string): string {
  const parts: string[] = [];
  for (const part of (path.startsWith("/") ? path : `${cwd}/${path}`).split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "" && part !== ".") parts.push(part);
  }
  return `/${parts.join("/")}`;
}

/** "/a/./b//" → "/a/b" (".." is left to realPath, which resolves it after links, as the kernel does). */
function clean(path: string): string {
  const parts = path.split("/").filter((part) => part !== "" && part !== ".");
  return `/${parts.join("/")}`;
}

const parentOf = (path: string): string => path.slice(0, path.lastIndexOf("/")) || "/";
