import type { Context } from "./model/context.js";

/**
 * A Context over files held in memory (path → text), for the browser playground, tests, and library
 * users without a disk. Relative keys are taken relative to `cwd`. Directories exist implicitly: every
 * parent folder of a file is one, so bind mounts of folders are recognised.
 *   memoryContext({ "compose.yaml": "services: {}", "/etc/app.conf": "x" }, { TAG: "1.0" })
 */
export function memoryContext(
  files: Readonly<Record<string, string>> | ReadonlyMap<string, string>,
  env: Record<string, string> = {},
  cwd = "/project",
): Context {
  const texts = new Map<string, string>();
  const entries = files instanceof Map ? [...files] : Object.entries(files);
  for (const [path, text] of entries) texts.set(absolute(path, cwd), text);

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
    readFile: (path) => texts.get(path),
    isDirectory: (path) => directories.has(trimSlash(path)),
    listDirectory: (path) => {
      const names = directories.get(trimSlash(path));
      return names ? [...names].sort() : undefined;
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
