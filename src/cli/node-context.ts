import { closeSync, openSync, readFileSync, readSync, readdirSync, statSync } from "node:fs";
import type { Context } from "../model/context.js";

/**
 * Files above this size are read only up to it, so a huge or endless input (a 5 GB log passed by
 * mistake, /dev/zero) costs a bounded read; load then rejects the file as too large.
 */
const READ_CAP_BYTES = 16 * 1024 * 1024;

/** The real world, for the CLI: the only Context that touches the disk and the process environment. */
export function nodeContext(): Context {
  return {
    readFile: readCapped,
    isDirectory: (path) => statOrUndefined(path)?.isDirectory() ?? false,
    listDirectory: (path) => {
      try {
        return readdirSync(path).sort();
      } catch {
        return undefined;
      }
    },
    fileMode: (path) => {
      const stat = statOrUndefined(path);
      return stat?.isFile() ? stat.mode & 0o7777 : undefined;
    },
    env: process.env,
    cwd: process.cwd().split("\\").join("/"),
  };
}

function readCapped(path: string): string | undefined {
  const stat = statOrUndefined(path);
  if (!stat || stat.isDirectory()) return undefined;
  try {
    if (stat.isFile() && stat.size <= READ_CAP_BYTES) return readFileSync(path, "utf8");
    const buffer = Buffer.alloc(READ_CAP_BYTES + 1);
    const fd = openForRead(path);
    if (fd === undefined) return undefined;
    let filled = 0;
    try {
      while (filled < buffer.length) {
        const read = readSync(fd, buffer, filled, buffer.length - filled, null);
        if (read === 0) break;
        filled += read;
      }
    } finally {
      closeSync(fd);
    }
    return buffer.subarray(0, filled).toString("utf8");
  } catch {
    return undefined;
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function openForRead(path: string): number | undefined {
  try {
    return openSync(path, "r");
  } catch {
    return undefined;
  }
}
