import type { Context } from "../model/context.js";
import type { Diagnostic, Location, SourceMap, StageResult } from "../diagnostics/types.js";
import { hasErrors } from "../diagnostics/types.js";
import { diagnostic } from "../diagnostics/codes.js";
import { projectBoundary } from "./boundary.js";
import { findComposeFiles } from "./discover.js";
import type { Boundary } from "./file-access.js";
import { dropExtensions } from "./merge.js";
import { mergedSourceMap } from "./merge-locate.js";
import type { Lookup } from "./interpolate.js";
import { parseYaml, type ParsedYaml } from "./parse.js";
import { dirname, relative } from "./paths.js";
import { loadProjectFiles } from "./project-files.js";
import { mergedRedirects } from "./provenance.js";
import { discoveryEnvironment, projectEnvironment, tooLongReported } from "./project-env.js";
import { projectName } from "./project-name.js";
import { createSourceMap } from "./source-map.js";
import { obsoleteVersion } from "./version.js";
import type { SecretSubstitution } from "./interpolate-document.js";
import { credentialValues, interpolatedSecrets } from "./secret-uses.js";
import type { InterpolatedSecret } from "../model/project.js";
import { Redactor, redactedSourceMap } from "../model/redact.js";

export interface LoadOptions {
  /** The -f files as given (relative to context.cwd); empty means discover compose.yaml & co. */
  files: string[];
  /** --env-file flags; empty means the .env beside the first Compose file. */
  envFiles?: string[];
  /** -p */
  projectName?: string;
  /** --no-interpolate: values are kept as written ("${VAR}" and "$$" stay), as `docker compose config --no-interpolate`. */
  noInterpolate?: boolean;
  /**
   * --allow-outside: folders (or files) outside the project folder that may be read, relative to
   * context.cwd. Without them, nothing outside the project folder is read (SECURITY.md).
   */
  allowOutside?: string[];
}

export interface LoadedProject {
  /** The merged, interpolated document: plain JSON-shaped data. */
  document: Record<string, unknown>;
  sources: SourceMap;
  /** Absolute, "/"-separated: the directory of the first Compose file. */
  workingDir: string;
  /** Absolute paths of the Compose files read, in merge order. */
  files: string[];
  /** Variables for interpolation: .env values overlaid by the process environment. */
  env: Record<string, string>;
  projectName: string;
  /** Variables too long to build (env-file.ts), by where each was defined: an error wherever used. */
  tooLong: ReadonlyMap<string, Location>;
  /** What may be read: the project folder, the --allow-outside folders and the files named on the command line. */
  boundary: Boundary;
  /** Values known to be credentials: views and messages mask them (model/redact.ts). */
  credentials: string[];
  /** Strings of `document` that hold a credential-like variable's value, substituted while loading. */
  interpolatedSecrets: InterpolatedSecret[];
}

/**
 * Reads, parses, interpolates and merges the Compose files. value is undefined when nothing usable was
 * loaded. When a file was read but has errors, a LoadedProject is still returned, so its sources can
 * place and show the errors; its document is then incomplete and must not be used (the diagnostics
 * hold errors).
 */
export function load(options: LoadOptions, context: Context): StageResult<LoadedProject | undefined> {
  const diagnostics: Diagnostic[] = [];
  const cwdBoundary = projectBoundary(context.cwd, options, context);
  const discoveryEnv = options.files.length > 0 ? context.env : discoveryEnvironment(options.envFiles, context, cwdBoundary);
  const found = findComposeFiles(options.files, context, discoveryEnv, cwdBoundary);
  diagnostics.push(...found.diagnostics);
  const first = found.files[0];
  if (!first) return { value: undefined, diagnostics };

  const workingDir = dirname(first.path);
  const boundary = projectBoundary(workingDir, options, context);
  const parsed = found.files.map((file) => parseYaml(file.text, file.path));
  for (const file of parsed) diagnostics.push(...file.diagnostics, ...emptyFile(file));
  const environment = projectEnvironment(options.envFiles, first.path, context, boundary);
  diagnostics.push(...environment.diagnostics);
  let sources = createSourceMap(parsed, environment.sources);
  const files = found.files.map((file) => file.path);

  const variables = tooLongReported(environment.env, environment.tooLong, diagnostics);
  const lookup: Lookup = (name) => (Object.hasOwn(variables, name) ? variables[name] : undefined);
  let document: Record<string, unknown> = {};
  const substitutions: SecretSubstitution[] = [];
  let secrets: InterpolatedSecret[] = [];
  if (!hasErrors(diagnostics)) {
    // Each file interpolated, its extends and include applied (project-files.ts), then the files merged.
    const display = (path: string) => relative(context.cwd, path);
    const loaded = loadProjectFiles(parsed, { context, boundary, workingDir, lookup, warnedUnset: new Set(), includeChain: [], display, noInterpolate: options.noInterpolate === true, substitutions });
    diagnostics.push(...loaded.diagnostics, ...obsoleteVersion(loaded.document));
    const provenance = { redirects: mergedRedirects(loaded.units), documents: loaded.documents };
    sources = mergedSourceMap(loaded.merged, parsed, createSourceMap(parsed, [...environment.sources, ...loaded.envSources], provenance));
    document = dropExtensions(loaded.document);
    secrets = interpolatedSecrets(document, sources, [...parsed, ...loaded.documents], substitutions);
  }
  // Every line shown from here on (error excerpts, views) has its credentials masked.
  const credentials = credentialValues(environment.env, substitutions);
  sources = redactedSourceMap(sources, new Redactor(credentials));

  const name = projectName({ option: options.projectName, env: environment.env, document, workingDir });
  diagnostics.push(...name.diagnostics);
  return { value: { document, sources, workingDir, files, env: environment.env, tooLong: environment.tooLong, projectName: name.name, boundary, credentials, interpolatedSecrets: secrets }, diagnostics };
}

/** An empty Compose file is an error, as in docker compose ("empty compose file"). */
function emptyFile(file: ParsedYaml): Diagnostic[] {
  if (!file.value || Object.keys(file.value).length > 0) return [];
  return [diagnostic("empty-compose-file", [], {}, { file: file.file, line: 1, column: 1 })];
}
