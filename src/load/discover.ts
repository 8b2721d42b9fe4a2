import type { Context } from "../model/context.js";
import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { readInside, type Boundary } from "./file-access.js";
import { refusal } from "./file-refusal.js";
import { join, resolve } from "./paths.js";

/** The names `docker compose` looks for, in its order of preference, each with its override file. */
const defaultFiles = [
  { name: "compose.yaml", override: "compose.override.yaml" },
  { name: "compose.yml", override: "compose.override.yml" },
  { name: "docker-compose.yaml", override: "docker-compose.override.yaml" },
  { name: "docker-compose.yml", override: "docker-compose.override.yml" },
] as const;

export type ComposeFile = { path: string; text: string };

/**
 * COMPOSE_FILE, used when no -f is given: paths separated by COMPOSE_PATH_SEPARATOR, or by ":" (the
 * separator of Linux and macOS; the core does not know the platform, so Windows users set
 * COMPOSE_PATH_SEPARATOR=";").   COMPOSE_FILE=compose.yaml:compose.prod.yaml → two files.
 */
export function composeFileVariable(env: Readonly<Record<string, string | undefined>>): string[] {
  const value = env.COMPOSE_FILE;
  if (value === undefined || value === "") return [];
  const separator = env.COMPOSE_PATH_SEPARATOR || ":";
  return value.split(separator).filter((file) => file !== "");
}

/**
 * The Compose files to load, in merge order, with their text. Given -f files (or, without them, those
 * of COMPOSE_FILE in `env`) are resolved against the working directory; without either, the first
 * default name found there is used, plus its override.
 */
export function findComposeFiles(
  flags: readonly string[],
  context: Context,
  env: Readonly<Record<string, string | undefined>>,
  boundary: Boundary,
): { files: ComposeFile[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const files: ComposeFile[] = [];
  /** The text of one Compose file through the gate; a refusal is reported, a missing file left to the caller. */
  const read = (path: string, shown: string, key: string): string | undefined => {
    const result = readInside(context, path, boundary);
    const refused = refusal(result, boundary, { key, at: [], shown });
    if (refused) diagnostics.push(refused);
    return result.kind === "text" ? result.text : undefined;
  };
  const given = flags.length > 0 ? flags : composeFileVariable(env);
  if (given.length > 0) {
    const key = flags.length > 0 ? "-f" : "COMPOSE_FILE";
    for (const file of given) {
      const path = resolve(context.cwd, file);
      const before = diagnostics.length;
      const text = read(path, file, key);
      if (text !== undefined) files.push({ path, text });
      else if (diagnostics.length === before) diagnostics.push(diagnostic("file-not-found", [], { file }));
    }
    return { files, diagnostics };
  }
  for (const candidate of defaultFiles) {
    const path = join(context.cwd, candidate.name);
    const before = diagnostics.length;
    const text = read(path, candidate.name, "the default file name");
    if (text === undefined) {
      if (diagnostics.length > before) return { files, diagnostics };
      continue;
    }
    files.push({ path, text });
    const overridePath = join(context.cwd, candidate.override);
    const overrideText = read(overridePath, candidate.override, "the default override file name");
    if (overrideText !== undefined) files.push({ path: overridePath, text: overrideText });
    return { files, diagnostics };
  }
  const names = defaultFiles.map((f) => f.name);
  diagnostics.push(diagnostic("no-compose-file", [], { dir: context.cwd, names }));
  return { files, diagnostics };
}
