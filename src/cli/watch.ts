import { statSync, watch, type FSWatcher } from "node:fs";
import { basename, dirname } from "node:path";
import type { Context } from "../model/context.js";
import { nodeContext } from "./node-context.js";

/** At most this many folders are watched: a project that reads more is unusual, and watchers cost handles. */
const MAX_FOLDERS = 256;
/** Editors write a file in several steps (truncate, write, rename): one re-run after they settle. */
const DEBOUNCE_MS = 150;

/**
 * The real Context, remembering every path the pipeline asked for: the Compose files, `.env` and
 * `--env-file`s, `env_file`s, included files, mounted files and folders — also those that did not
 * exist, so creating one re-runs too. What the project reads is exactly what is watched.
 */
export function recordingContext(): { context: Context; paths: Map<string, number | undefined> } {
  const base = nodeContext();
  // Each path with its modification time when first read (undefined: it did not exist).
  const paths = new Map<string, number | undefined>();
  const note = <T>(path: string, value: T): T => {
    if (!paths.has(path)) paths.set(path, modified(path));
    return value;
  };
  const context: Context = {
    ...base,
    readFile: (path) => note(path, base.readFile(path)),
    isDirectory: (path) => note(path, base.isDirectory?.(path) ?? false),
    listDirectory: (path) => note(path, base.listDirectory?.(path)),
    // The file-access gate (load/file-access.ts) reads through these, not readFile.
    realPath: (path) => note(path, base.realPath?.(path)),
    fileKind: (path) => note(path, base.fileKind?.(path)),
    readBytes: (path, limit) => note(path, base.readBytes?.(path, limit)),
    fileMode: (path) => note(path, base.fileMode?.(path)),
  };
  return { context, paths };
}

/**
 * `--watch`: runs the command, then runs it again whenever a file it read changes, until the process
 * is interrupted (Ctrl-C). Each folder holding a read path is watched (not the file itself, which an
 * editor may replace); a change to a name that was read triggers one debounced re-run.
 */
export function watchAndRerun(run: (context: Context) => number | Promise<number>, announce: (text: string) => void): Promise<number> {
  let watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const closeAll = () => {
    for (const watcher of watchers) watcher.close();
    watchers = [];
  };
  const once = async (changed?: string) => {
    closeAll();
    if (changed !== undefined) announce(`kubepose: ${changed} changed, running again`);
    const { context, paths } = recordingContext();
    await run(context);
    const rerun = (path: string) => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        running = running.then(() => once(path));
      }, DEBOUNCE_MS);
    };
    watchers = watchFolders(new Set(paths.keys()), rerun);
    announce(`kubepose: watching ${paths.size} file${paths.size === 1 ? "" : "s"} for changes (Ctrl-C to stop)`);
    // A file changed while the command ran, before the watchers existed, is not missed.
    const stale = [...paths].find(([path, time]) => modified(path) !== time);
    if (stale !== undefined) rerun(stale[0]);
  };
  running = once();
  return new Promise((resolve) => {
    process.once("SIGINT", () => {
      closeAll();
      if (timer !== undefined) clearTimeout(timer);
      resolve(0);
    });
  });
}

/** One watcher per folder (at most MAX_FOLDERS), reporting changes to the names read from it. */
function watchFolders(paths: ReadonlySet<string>, changed: (path: string) => void): FSWatcher[] {
  const names = new Map<string, Set<string>>();
  for (const path of paths) {
    const folder = dirname(path);
    names.set(folder, (names.get(folder) ?? new Set()).add(basename(path)));
  }
  const watchers: FSWatcher[] = [];
  for (const [folder, inFolder] of [...names].slice(0, MAX_FOLDERS)) {
    try {
      const watcher = watch(folder, { persistent: true }, (_event, name) => {
        const file = name === null ? undefined : String(name);
        if (file === undefined || inFolder.has(file)) changed(file === undefined ? folder : `${folder}/${file}`);
      });
      watcher.on("error", () => watcher.close());
      watchers.push(watcher);
    } catch {
      // A folder that does not exist (a missing optional env file's) cannot be watched; the rest can.
    }
  }
  return watchers;
}

function modified(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}
