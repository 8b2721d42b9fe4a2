/**
 * The outside world as the core sees it. Only src/cli/ builds one from the real process;
 * tests and the browser pass plain maps. No stage reads process.env, the disk or the clock itself.
 *
 * Stages never call readFile directly for project files: they go through model/file-access.ts, which uses
 * realPath, fileKind and readBytes (when the context has them) to keep every read inside the project
 * boundary, to regular files, and under a size cap (see SECURITY.md).
 */
export interface Context {
  /** Contents of a file, or undefined when it does not exist. Paths are absolute, "/"-separated. */
  readFile(path: string): string | undefined;
  /** True for a directory (used to tell bind mounts of folders from files). */
  isDirectory?(path: string): boolean;
  /** Names of the entries of a directory, sorted; undefined when it is not one. */
  listDirectory?(path: string): string[] | undefined;
  /**
   * Permission bits of a file (0o755 for an executable script), or undefined when unknown. Bind-mounted
   * project files keep them in the pod: an executable file stays executable.
   */
  fileMode?(path: string): number | undefined;
  /**
   * The path with every symbolic link resolved, absolute and "/"-separated; undefined when it does not
   * exist, a link in it is broken, or links loop. Without it, every path is taken as already real.
   */
  realPath?(path: string): string | undefined;
  /**
   * What a real path is: a regular file, a directory, or anything else ("special": a named pipe, socket,
   * device, or a file of a pseudo file system such as /proc); undefined when it does not exist.
   */
  fileKind?(path: string): FileKind | undefined;
  /** The bytes of a regular file, at most `limit + 1` of them (so a longer file shows as too long). */
  readBytes?(path: string, limit: number): Uint8Array | undefined;
  /** The process environment (shell variables). */
  env: Readonly<Record<string, string | undefined>>;
  /** Absolute, "/"-separated working directory. */
  cwd: string;
}

export type FileKind = "file" | "directory" | "special";
