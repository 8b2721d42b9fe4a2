import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import { dirname, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Set up before every test file (vitest.config.ts): any file-system call of a test on a path beside the
 * repository (a sibling such as ../shared/) throws, so a test that would pass only where that folder
 * happens to exist fails everywhere instead. The temporary directory stays allowed even when the clone
 * lives inside it. Child processes (CLI tests) are not watched: the CLI reads only what a test gives it.
 */
export const repositoryRoot = fileURLToPath(new URL("../..", import.meta.url)).replace(/[\\/]$/, "");
const parent = dirname(repositoryRoot);
const temporary = resolve(tmpdir());

const inside = (path: string, folder: string) => path === folder || path.startsWith(folder + sep);

/** True for a path outside the repository but beside it (in the folder that holds the clone). */
export function isBesideRepository(target: string): boolean {
  const path = resolve(target);
  if (inside(path, repositoryRoot) || inside(temporary, parent) && inside(path, temporary)) return false;
  return inside(path, parent);
}

function pathOf(argument: unknown): string | undefined {
  if (typeof argument === "string") return argument;
  if (argument instanceof URL) return argument.protocol === "file:" ? fileURLToPath(argument) : undefined;
  if (Buffer.isBuffer(argument)) return argument.toString("utf8");
  return undefined;
}

function guarded<F extends (...args: never[]) => unknown>(name: string, original: F, promised = false): F {
  return function (this: unknown, ...args: Parameters<F>) {
    const path = pathOf(args[0]);
    if (path !== undefined && isBesideRepository(path)) {
      const error = new Error(`a test used ${resolve(path)} (fs.${name}), outside the repository ${repositoryRoot}: tests must read only what the repository carries`);
      if (promised) return Promise.reject(error);
      throw error;
    }
    return original.apply(this, args);
  } as F;
}

const SYNC = ["readFileSync", "existsSync", "statSync", "lstatSync", "openSync", "readdirSync", "accessSync", "realpathSync", "opendirSync", "createReadStream", "readFile", "stat", "lstat", "readdir", "open", "access"] as const;
const PROMISES = ["readFile", "stat", "lstat", "readdir", "open", "access", "opendir", "realpath"] as const;

const table = fs as unknown as Record<string, (...args: never[]) => unknown>;
for (const name of SYNC) if (typeof table[name] === "function") table[name] = guarded(name, table[name]);
const promises = fs.promises as unknown as Record<string, (...args: never[]) => unknown>;
for (const name of PROMISES) if (typeof promises[name] === "function") promises[name] = guarded(`promises.${name}`, promises[name], true);
syncBuiltinESMExports();
