import type { Context } from "../model/context.js";
import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Location } from "../diagnostics/types.js";
import { MAX_VALUE_LENGTH, parseEnvFile } from "./env-file.js";
import { readInside, type Boundary } from "./file-access.js";
import { refusal } from "./file-refusal.js";
import { dirname, join, relative, resolve } from "./paths.js";

export type EnvSource = { path: string; text: string };

export interface ProjectEnvironment {
  env: Record<string, string>;
  /** Variables whose value would exceed the length cap: where each was defined. Not in `env`; an error when used. */
  tooLong: Map<string, Location>;
  sources: EnvSource[];
  diagnostics: Diagnostic[];
}

/**
 * The variables Compose files are interpolated with: the --env-file files (or, without them, the .env
 * beside the first Compose file, if there is one), later files winning, all overlaid by the process
 * environment, which wins over every file. Every file goes through the gate (file-access.ts).
 */
export function projectEnvironment(
  envFiles: readonly string[] | undefined,
  firstComposeFile: string,
  context: Context,
  boundary: Boundary,
): ProjectEnvironment {
  const diagnostics: Diagnostic[] = [];
  const sources: EnvSource[] = [];
  const tooLong = new Map<string, Location>();
  const given = envFiles ?? [];
  const paths = given.length > 0 ? given.map((file) => resolve(context.cwd, file)) : [join(dirname(firstComposeFile), ".env")];
  const fromFiles = new Map<string, string>();
  // References inside env files see the shell first, then what earlier env files defined.
  const lookup = (name: string): string | undefined => (Object.hasOwn(context.env, name) ? context.env[name] : undefined) ?? fromFiles.get(name);

  for (const [index, path] of paths.entries()) {
    // Named as the user wrote it on the command line.
    const shown = given[index] ?? relative(context.cwd, path);
    const read = readInside(context, path, boundary);
    const refused = refusal(read, boundary, { key: given.length > 0 ? "--env-file" : "the default .env", at: [], shown });
    if (refused) diagnostics.push(refused);
    if (read.kind !== "text") {
      if (read.kind === "missing" && given.length > 0) diagnostics.push(diagnostic("file-not-found", [], { file: shown }));
      continue;
    }
    sources.push({ path, text: read.text });
    const parsed = parseEnvFile(read.text, path, lookup, tooLong);
    diagnostics.push(...parsed.diagnostics);
    for (const [name, value] of Object.entries(parsed.value)) fromFiles.set(name, value);
    // A later file's value too long to build replaces an earlier file's value: it is no longer known.
    for (const name of tooLong.keys()) fromFiles.delete(name);
  }

  // A Map, then defineProperty: a variable named __proto__ is a variable like any other.
  const env: Record<string, string> = Object.create(null) as Record<string, string>;
  const define = (name: string, value: string) => Object.defineProperty(env, name, { value, enumerable: true, writable: true, configurable: true });
  for (const [name, value] of fromFiles) define(name, value);
  for (const [name, value] of Object.entries(context.env)) {
    if (value === undefined) continue;
    define(name, value);
    tooLong.delete(name);
  }
  return { env, tooLong, sources, diagnostics };
}

/**
 * The variables that choose the files (COMPOSE_FILE, COMPOSE_PATH_SEPARATOR) before any is known:
 * docker compose reads them from the shell and from the --env-file files or the .env of the working
 * directory, the shell winning. Problems with those files are reported by projectEnvironment.
 */
export function discoveryEnvironment(envFiles: readonly string[] | undefined, context: Context, boundary: Boundary): Record<string, string> {
  return projectEnvironment(envFiles, join(context.cwd, "compose.yaml"), context, boundary).env;
}

/**
 * The variables as every stage reads them: those too long to build are there too, as getters that
 * report variable-too-long at the definition, once, into `out`, and read as unset. Not enumerable, so
 * only a use by name reports. One object serves load's interpolation and normalize (environment: [X],
 * build args, hooks, env_file references, secrets' environment:).
 */
export function tooLongReported(env: Record<string, string>, tooLong: ReadonlyMap<string, Location>, out: Diagnostic[]): Record<string, string> {
  const variables = Object.create(null) as Record<string, string>;
  for (const [name, value] of Object.entries(env)) Object.defineProperty(variables, name, { value, enumerable: true });
  for (const [name, definedAt] of tooLong) {
    if (Object.hasOwn(env, name)) continue;
    let reported = false;
    const get = () => {
      if (!reported) out.push(diagnostic("variable-too-long", [], { variable: name, limit: MAX_VALUE_LENGTH }, definedAt));
      reported = true;
      return undefined;
    };
    Object.defineProperty(variables, name, { get, enumerable: false });
  }
  return variables;
}
