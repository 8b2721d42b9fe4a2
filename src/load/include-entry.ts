import type { Context } from "../model/context.js";
import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import { parseEnvFile } from "./env-file.js";
import type { Lookup } from "./interpolate.js";
import { isMapping } from "./merge.js";
import { dirname, join, resolve } from "./paths.js";
import type { EnvSource } from "./project-env.js";

/** One `include` entry, its paths made absolute. */
export interface IncludeEntry {
  /** The Compose files, merged like -f files; the first names the default project directory. */
  files: { path: string; text: string }[];
  projectDirectory: string;
  /** Variables of the included project: the including project's first, then its env files. */
  lookup: Lookup;
  envSources: EnvSource[];
}

type Written = { path: string[]; projectDirectory?: string; envFiles?: string[] };

/**
 * Reads one entry of `include`; relative paths are relative to the including project's directory.
 *   include:
 *     - ../commons/compose.yaml                 short: one file, .env of its directory if there is one
 *     - path: [db/compose.yaml, db/dev.yaml]    long: files merged like -f
 *       project_directory: db                   base of the included files' relative paths
 *       env_file: db/dev.env                    instead of <project_directory>/.env; must exist
 */
export function readIncludeEntry(
  value: unknown,
  at: Path,
  workingDir: string,
  parentLookup: Lookup,
  context: Context,
): { entry?: IncludeEntry; diagnostics: Diagnostic[] } {
  const written = parseEntry(value);
  if (!written) return { diagnostics: [diagnostic("include-syntax", at, {})] };
  const diagnostics: Diagnostic[] = [];
  const files: IncludeEntry["files"] = [];
  for (const [index, file] of written.path.entries()) {
    const path = resolve(workingDir, file);
    const text = context.readFile(path);
    const where = typeof value === "string" ? at : Array.isArray((value as Record<string, unknown>).path) ? [...at, "path", index] : [...at, "path"];
    if (text === undefined) diagnostics.push(diagnostic("include-file-missing", where, { file }));
    else files.push({ path, text });
  }
  const first = files[0];
  if (!first || diagnostics.length > 0) return { diagnostics };
  const projectDirectory = written.projectDirectory === undefined ? dirname(first.path) : resolve(workingDir, written.projectDirectory);

  const envPaths = written.envFiles?.map((file) => resolve(workingDir, file)) ?? [join(projectDirectory, ".env")];
  const fromFiles: Record<string, string> = {};
  const lookup: Lookup = (name) => parentLookup(name) ?? fromFiles[name];
  const envSources: EnvSource[] = [];
  for (const [index, path] of envPaths.entries()) {
    const text = context.readFile(path);
    if (text === undefined) {
      // The default .env is optional; a named env_file is not.
      if (written.envFiles) diagnostics.push(diagnostic("include-file-missing", [...at, "env_file", ...(written.envFiles.length > 1 ? [index] : [])], { file: written.envFiles[index] ?? path }));
      continue;
    }
    envSources.push({ path, text });
    const parsed = parseEnvFile(text, path, lookup);
    diagnostics.push(...parsed.diagnostics);
    Object.assign(fromFiles, parsed.value);
  }
  return { entry: { files, projectDirectory, lookup, envSources }, diagnostics };
}

function parseEntry(value: unknown): Written | undefined {
  if (typeof value === "string") return { path: [value] };
  if (!isMapping(value)) return undefined;
  const path = stringList(value.path);
  const envFiles = value.env_file === undefined || value.env_file === null ? undefined : stringList(value.env_file);
  const directory = value.project_directory;
  if (!path || path.length === 0 || (value.env_file !== undefined && value.env_file !== null && !envFiles)) return undefined;
  if (directory !== undefined && directory !== null && typeof directory !== "string") return undefined;
  const written: Written = { path };
  if (typeof directory === "string") written.projectDirectory = directory;
  if (envFiles) written.envFiles = envFiles;
  return written;
}

/** "a" → ["a"]; ["a", "b"] as is; anything else undefined. */
function stringList(value: unknown): string[] | undefined {
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.every((item): item is string => typeof item === "string")) return value;
  return undefined;
}
