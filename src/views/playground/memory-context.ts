import type { Context } from "../../context.js";

/** Where the playground's project lives: file paths are "/project/compose.yaml", "/project/.env"… */
export const PROJECT_DIR = "/project";

/**
 * A Context over the playground's in-memory files (absolute path → text). Directories exist
 * implicitly: every parent folder of a file is one, so bind mounts of folders are recognised.
 * The shell environment is empty: in a browser there is none, and .env still applies.
 */
export function memoryContext(files: ReadonlyMap<string, string>): Context {
  const directories = new Map<string, Set<string>>([[PROJECT_DIR, new Set()]]);
  for (const path of files.keys()) {
    let child = path;
    while (child !== "/") {
      const parent = child.slice(0, child.lastIndexOf("/")) || "/";
      const entries = directories.get(parent) ?? new Set<string>();
      entries.add(child.slice(child.lastIndexOf("/") + 1));
      directories.set(parent, entries);
      child = parent;
    }
  }
  const withoutSlash = (path: string) => (path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path);
  return {
    readFile: (path) => files.get(path),
    isDirectory: (path) => directories.has(withoutSlash(path)),
    listDirectory: (path) => {
      const entries = directories.get(withoutSlash(path));
      return entries ? [...entries].sort() : undefined;
    },
    env: {},
    cwd: PROJECT_DIR,
  };
}

/** "/project/secrets/cert.pem" → "secrets/cert.pem": how file names are shown. */
export const projectRelative = (path: string): string =>
  path.startsWith(`${PROJECT_DIR}/`) ? path.slice(PROJECT_DIR.length + 1) : path;
