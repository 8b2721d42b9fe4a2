import * as fs from "node:fs";
import { dirname, join, resolve } from "node:path";

/** A file's text, whole or in pieces written one after another (never joined); no piece ends inside a surrogate pair. */
export type FileText = string | readonly string[];

/** The few file-system calls a transaction makes; tests pass one that fails on cue. */
export interface TransactionFs {
  writeFileSync(path: string, content: FileText): void;
  renameSync(from: string, to: string): void;
  rmSync(path: string, options: { force: true }): void;
  rmdirSync(path: string): void;
  mkdirSync(path: string): void;
  existsSync(path: string): boolean;
  isDirectory(path: string): boolean;
  /** A character device, FIFO or socket (/dev/null, /dev/stdout): written in place, never staged or replaced. */
  isSpecial(path: string): boolean;
}

export const realFs: TransactionFs = {
  writeFileSync: (path, content) => (typeof content === "string" ? fs.writeFileSync(path, content) : writePieces(path, content)),
  renameSync: fs.renameSync,
  // What rmSync(path, { force: true }) does to a file, without loading Node's recursive remover for it
  // (internal/fs/rimraf, ~1 ms of a convert that replaces its output file).
  rmSync: (path) => {
    try {
      fs.unlinkSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  },
  rmdirSync: fs.rmdirSync,
  mkdirSync: (path) => fs.mkdirSync(path),
  existsSync: fs.existsSync,
  isDirectory: (path) => {
    try {
      return fs.statSync(path).isDirectory();
    } catch {
      return false;
    }
  },
  isSpecial: (path) => {
    try {
      const stat = fs.statSync(path);
      return stat.isCharacterDevice() || stat.isFIFO() || stat.isSocket();
    } catch {
      return false;
    }
  },
};

/** A write that failed, with the path it failed on (the report's path names the report). */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message.replace(/^[A-Z]+: /, "") : String(error));

/**
 * Writes every file of one run, or none. First each file is staged beside its destination (same
 * directory, so the final rename cannot cross file systems); then each staged file replaces its
 * destination, whose old content is kept aside until all are in place. A path whose content is null
 * is removed the same way: set aside, and deleted only when everything else is in place (its folder
 * goes too when that leaves it empty). Any failure, in either phase, restores what was there, removes
 * every staged file and every directory this run created, and throws an OutputError that names the
 * path that failed. A device or pipe (`-o /dev/null`) cannot be staged or renamed onto: it is written
 * directly, last, once every regular file is in place.
 */
export function commitFiles(files: ReadonlyMap<string, FileText | null>, fsys: TransactionFs = realFs): void {
  const tag = `kubepose-${process.pid}`;
  const created: string[] = [];
  const staged: { temporary: string; path: string }[] = [];
  const removed: string[] = [];
  const placed: { path: string; backup?: string }[] = [];
  const undo = () => {
    for (const { path, backup } of placed.reverse()) {
      attempt(() => fsys.rmSync(path, { force: true }));
      if (backup !== undefined) attempt(() => fsys.renameSync(backup, path));
    }
    for (const { temporary } of staged) attempt(() => fsys.rmSync(temporary, { force: true }));
    for (const directory of created.reverse()) attempt(() => fsys.rmdirSync(directory));
  };
  let current = "";
  const special = [...files].filter(([path]) => fsys.isSpecial(path));
  try {
    for (const [path, content] of files) {
      current = path;
      if (content === null) {
        removed.push(path);
        continue;
      }
      if (special.some(([device]) => device === path)) continue;
      makeDirectories(dirname(path), created, fsys);
      const temporary = join(dirname(path), `.${path.split(/[\\/]/).pop()}.${tag}.tmp`);
      staged.push({ temporary, path });
      fsys.writeFileSync(temporary, content);
    }
    for (const { temporary, path } of staged) {
      current = path;
      const backup = fsys.existsSync(path) ? join(dirname(path), `.${path.split(/[\\/]/).pop()}.${tag}.bak`) : undefined;
      if (backup !== undefined) fsys.renameSync(path, backup);
      placed.push(backup === undefined ? { path } : { path, backup });
      fsys.renameSync(temporary, path);
    }
    for (const path of removed) {
      current = path;
      if (!fsys.existsSync(path)) continue;
      const backup = join(dirname(path), `.${path.split(/[\\/]/).pop()}.${tag}.bak`);
      fsys.renameSync(path, backup);
      placed.push({ path, backup });
    }
    for (const [path, content] of special) {
      if (content === null) continue;
      current = path;
      fsys.writeFileSync(path, content);
    }
  } catch (error) {
    undo();
    throw new OutputError(current, reasonOf(error));
  }
  for (const { backup } of placed) if (backup !== undefined) attempt(() => fsys.rmSync(backup, { force: true }));
  // rmdir removes only an empty folder: one that still holds anything stays.
  for (const directory of new Set(removed.map((path) => dirname(path)))) attempt(() => fsys.rmdirSync(directory));
}

// UTF-16 code units a chunk surely holds as UTF-8: three bytes at most per unit (a pair's four are two units).
const CHUNK_BYTES = 1 << 20;
const CHUNK_UNITS = Math.floor(CHUNK_BYTES / 3);

/**
 * writeFileSync(path, pieces.join("")), without the joined text: each piece is encoded into one reused
 * buffer, written whenever the next would not fit; a longer piece goes in slices ending on whole characters.
 */
export function writePieces(path: string, pieces: readonly string[]): void {
  const fd = fs.openSync(path, "w");
  try {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    let used = 0;
    for (let p = 0; p < pieces.length; p++) {
      const piece = pieces[p]!;
      for (let start = 0, end = 0; start < piece.length; start = end) {
        end = Math.min(piece.length, start + CHUNK_UNITS);
        // Not between the two halves of a surrogate pair (a high surrogate is 0xD800-0xDBFF).
        if (end < piece.length && (piece.charCodeAt(end - 1) & 0xfc00) === 0xd800) end -= 1;
        if (used + (end - start) * 3 > CHUNK_BYTES) used = writeAll(fd, chunk, used);
        used += chunk.write(start === 0 && end === piece.length ? piece : piece.slice(start, end), used);
      }
    }
    writeAll(fd, chunk, used);
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes the first `length` bytes of `buffer` (a write may take fewer); returns 0, the chunk's new fill. */
function writeAll(fd: number, buffer: Buffer, length: number): 0 {
  for (let at = 0; at < length; ) at += fs.writeSync(fd, buffer, at, length - at);
  return 0;
}

function attempt(step: () => void): void {
  try {
    step();
  } catch {
    // Undo is best effort: one step that fails must not stop the others.
  }
}

/**
 * mkdir -p, one level at a time, remembering what it made. Node's own `mkdirSync(…, { recursive: true })`
 * spins forever on some file systems (under /proc it never returns), so each missing level is made by hand.
 */
function makeDirectories(directory: string, created: string[], fsys: TransactionFs): void {
  const missing: string[] = [];
  let current = resolve(directory);
  while (!fsys.isDirectory(current)) {
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const level of missing.reverse()) {
    fsys.mkdirSync(level);
    created.push(level);
  }
}

/** Two outputs of one run that resolve to the same file: "-o x.json --report x.json". */
export function sharedPath(paths: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(path);
    if (seen.has(absolute)) return path;
    seen.add(absolute);
  }
  return undefined;
}
