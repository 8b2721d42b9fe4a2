import type { Context } from "../../context.js";

/**
 * Where a pasted project lives: "/project/compose.yaml". An example lives in a folder named after it
 * ("/voting-app/compose.yaml"), so its project name falls back to that name, as the CLI's would.
 */
export const DEFAULT_PROJECT_DIR = "/project";

/**
 * A Context over the playground's in-memory files (absolute path → text). Directories exist
 * implicitly: every parent folder of a file is one, so bind mounts of folders are recognised.
 * The shell environment is empty: in a browser there is none, and .env still applies.
 */
export function memoryContext(files: ReadonlyMap<string, string>, projectDir: string): Context {
  const directories = new Map<string, Set<string>>([[projectDir, new Set()]]);
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
    cwd: projectDir,
  };
}

/** "/project/secrets/cert.pem" → "secrets/cert.pem": how file names are shown. */
export const projectRelative = (path: string, projectDir: string): string =>
  path.startsWith(`${projectDir}/`) ? path.slice(projectDir.length + 1) : path;
