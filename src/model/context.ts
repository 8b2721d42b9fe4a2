/**
 * The outside world as the core sees it. Only src/cli/ builds one from the real process;
 * tests and the browser pass plain maps. No stage reads process.env, the disk or the clock itself.
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
  /** The process environment (shell variables). */
  env: Readonly<Record<string, string | undefined>>;
  /** Absolute, "/"-separated working directory. */
  cwd: string;
}
