import type { Context } from "../../src/context.js";

/**
 * A Context backed by a map of absolute path → text, for tests. Relative keys are taken relative to
 * `cwd`. Directories exist implicitly: every parent folder of a file in the map is one.
 *   memoryContext({ "compose.yaml": "services: {}", "/etc/app.conf": "x" }, { TAG: "1.0" })
 */
export function memoryContext(files: Record<string, string>, env: Record<string, string> = {}, cwd = "/project"): Context {
  const texts = new Map<string, string>();
  for (const [path, text] of Object.entries(files)) texts.set(absolute(path, cwd), text);

  const directories = new Map<string, Set<string>>();
  for (const path of texts.keys()) {
    let child = path;
    while (child !== "/") {
      const parent = child.slice(0, child.lastIndexOf("/")) || "/";
      const entries = directories.get(parent) ?? new Set<string>();
      entries.add(child.slice(child.lastIndexOf("/") + 1));
      directories.set(parent, entries);
      child = parent;
    }
  }
  if (!directories.has(cwd)) directories.set(cwd, new Set());

  return {
    readFile: (path) => texts.get(path),
    isDirectory: (path) => directories.has(trimSlash(path)),
    listDirectory: (path) => {
      const entries = directories.get(trimSlash(path));
      return entries ? [...entries].sort() : undefined;
    },
    env,
    cwd,
  };
}

function absolute(path: string, cwd: string): string {
  if (path.startsWith("/")) return path;
  return `${cwd === "/" ? "" : cwd}/${path}`.replace(/\/\.\//g, "/");
}

const trimSlash = (path: string): string => (path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path);
