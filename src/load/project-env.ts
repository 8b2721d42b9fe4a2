import type { Context } from "../model/context.js";
import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { parseEnvFile } from "./env-file.js";
import { dirname, join, resolve } from "./paths.js";

export type EnvSource = { path: string; text: string };

/**
 * The variables Compose files are interpolated with: the --env-file files (or, without them, the .env
 * beside the first Compose file, if there is one), later files winning, all overlaid by the process
 * environment, which wins over every file.
 */
export function projectEnvironment(
  envFiles: readonly string[] | undefined,
  firstComposeFile: string,
  context: Context,
): { env: Record<string, string>; sources: EnvSource[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const sources: EnvSource[] = [];
  const given = envFiles ?? [];
  const paths = given.length > 0 ? given.map((file) => resolve(context.cwd, file)) : [join(dirname(firstComposeFile), ".env")];
  const fromFiles: Record<string, string> = {};
  // References inside env files see the shell first, then what earlier env files defined.
  const lookup = (name: string): string | undefined => context.env[name] ?? fromFiles[name];

  for (const [index, path] of paths.entries()) {
    const text = context.readFile(path);
    if (text === undefined) {
      // Named as the user wrote it on the command line.
      if (given.length > 0) diagnostics.push(diagnostic("file-not-found", [], { file: given[index] ?? path }));
      continue;
    }
    sources.push({ path, text });
    const parsed = parseEnvFile(text, path, lookup);
    diagnostics.push(...parsed.diagnostics);
    Object.assign(fromFiles, parsed.value);
  }

  const env: Record<string, string> = { ...fromFiles };
  for (const [name, value] of Object.entries(context.env)) if (value !== undefined) env[name] = value;
  return { env, sources, diagnostics };
}

/**
 * The variables that choose the files (COMPOSE_FILE, COMPOSE_PATH_SEPARATOR) before any is known:
 * docker compose reads them from the shell and from the --env-file files or the .env of the working
 * directory, the shell winning. Problems with those files are reported by projectEnvironment.
 */
export function discoveryEnvironment(envFiles: readonly string[] | undefined, context: Context): Record<string, string> {
  return projectEnvironment(envFiles, join(context.cwd, "compose.yaml"), context).env;
}
