import { closeSync, constants, fstatSync, openSync, readSync, readdirSync, realpathSync, statSync } from "node:fs";
import { READ_LIMIT_BYTES } from "../load/file-access.js";
import type { Context, FileKind } from "../model/context.js";

/**
 * Pseudo file systems whose "regular files" are the kernel's state (/proc/self/environ holds the
 * process's own environment, /sys the machine's): they are never project files.
 */
const pseudoFileSystems = ["/proc/", "/sys/", "/dev/"];

/** The real world, for the CLI: the only Context that touches the disk and the process environment. */
export function nodeContext(): Context {
  return {
    // Bounded like every read (a 5 GB log named by mistake costs 16 MiB); the gate then refuses it as too large.
    readFile: (path) => readBytes(path, READ_LIMIT_BYTES)?.toString("utf8"),
    isDirectory: (path) => fileKind(path) === "directory",
    listDirectory: (path) => {
      try {
        return readdirSync(path).sort();
      } catch {
        return undefined;
      }
    },
    fileMode: (path) => {
      try {
        const stat = statSync(path);
        return stat.isFile() ? stat.mode & 0o7777 : undefined;
      } catch {
        return undefined;
      }
    },
    realPath: (path) => {
      try {
        return realpathSync(path).split("\\").join("/");
      } catch {
        // Missing, a broken link, or links that loop (ELOOP).
        return undefined;
      }
    },
    fileKind,
    readBytes,
    env: process.env,
    cwd: process.cwd().split("\\").join("/"),
  };
}

function fileKind(path: string): FileKind | undefined {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return "directory";
    if (!stat.isFile() || pseudoFileSystems.some((prefix) => path.startsWith(prefix))) return "special";
    return "file";
  } catch {
    return undefined;
  }
}

/**
 * Up to `limit + 1` bytes of a regular file. Opened without blocking (a named pipe that appeared since
 * fileKind looked would otherwise wait for a writer forever) and checked again on the open descriptor.
 */
function readBytes(path: string, limit: number): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return undefined;
    // Read in chunks until the end or just past the limit: a size of 0 in stat does not mean empty everywhere.
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= limit) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, limit + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
    }
    return Buffer.concat(chunks, total);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
