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
  /** The process environment (shell variables). */
  env: Readonly<Record<string, string | undefined>>;
  /** Absolute, "/"-separated working directory. */
  cwd: string;
}
