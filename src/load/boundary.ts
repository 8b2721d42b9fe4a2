import type { Context } from "../model/context.js";
import { bothForms, type Boundary } from "./file-access.js";
import { resolve } from "./paths.js";

/** What the boundary is built from: the LoadOptions that choose files and folders. */
export interface BoundaryOptions {
  /** -f files: the user's explicit choice, read wherever they are. */
  files: readonly string[];
  /** --env-file files: explicit too. */
  envFiles?: readonly string[];
  /** --allow-outside folders (or files): their real paths become readable as well. */
  allowOutside?: readonly string[];
}

/**
 * The boundary of a project whose folder is `projectDir`: that folder and every --allow-outside one,
 * each by its real path (a project reached through a link is still itself), plus the named files.
 * Before the Compose files are known, `projectDir` is the working directory, where discovery looks.
 */
export function projectBoundary(projectDir: string, options: BoundaryOptions, context: Context): Boundary {
  const allowed = (options.allowOutside ?? []).map((path) => resolve(context.cwd, path));
  const named = [...options.files, ...(options.envFiles ?? [])].map((file) => resolve(context.cwd, file));
  return { roots: bothForms(context, [projectDir, ...allowed]), named: new Set(named) };
}
