import type { Context } from "../model/context.js";
import { readInside, type Boundary } from "./file-access.js";
import { refusal } from "./file-refusal.js";
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
  access: { context: Context; boundary: Boundary; display: (path: string) => string },
): { entry?: IncludeEntry; diagnostics: Diagnostic[] } {
  const written = parseEntry(value);
  if (!written) return { diagnostics: [diagnostic("include-syntax", at, {})] };
  const diagnostics: Diagnostic[] = [];
  const { context, boundary, display } = access;
  /** One file through the gate; a refusal is reported here, a missing file left to the caller. */
  const read = (path: string, shown: string, key: string, where: Path): string | undefined => {
    const result = readInside(context, path, boundary);
    const refused = refusal(result, boundary, { key, at: where, shown });
    if (refused) diagnostics.push(refused);
    return result.kind === "text" ? result.text : undefined;
  };
  const files: IncludeEntry["files"] = [];
  for (const [index, file] of written.path.entries()) {
    const path = resolve(workingDir, file);
    const where = typeof value === "string" ? at : Array.isArray((value as Record<string, unknown>).path) ? [...at, "path", index] : [...at, "path"];
    const before = diagnostics.length;
    const text = read(path, file, "include", where);
    if (text !== undefined) files.push({ path, text });
    else if (diagnostics.length === before) diagnostics.push(diagnostic("include-file-missing", where, { file }));
  }
  const first = files[0];
  if (!first || diagnostics.length > 0) return { diagnostics };
  const projectDirectory = written.projectDirectory === undefined ? dirname(first.path) : resolve(workingDir, written.projectDirectory);

  const envPaths = written.envFiles?.map((file) => resolve(workingDir, file)) ?? [join(projectDirectory, ".env")];
  const fromFiles = new Map<string, string>();
  const lookup: Lookup = (name) => parentLookup(name) ?? fromFiles.get(name);
  const envSources: EnvSource[] = [];
  for (const [index, path] of envPaths.entries()) {
    const where = written.envFiles ? [...at, "env_file", ...(written.envFiles.length > 1 ? [index] : [])] : at;
    const shown = written.envFiles?.[index] ?? display(path);
    const before = diagnostics.length;
    const text = read(path, shown, written.envFiles ? "include env_file" : "include (its default .env)", where);
    if (text === undefined) {
      // The default .env is optional; a named env_file is not.
      if (written.envFiles && diagnostics.length === before) diagnostics.push(diagnostic("include-file-missing", where, { file: shown }));
      continue;
    }
    envSources.push({ path, text });
    const parsed = parseEnvFile(text, path, lookup);
    diagnostics.push(...parsed.diagnostics);
    for (const [name, variable] of Object.entries(parsed.value)) fromFiles.set(name, variable);
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
