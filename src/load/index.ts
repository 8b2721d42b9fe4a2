import type { Context } from "../model/context.js";
import type { Diagnostic, SourceMap, StageResult } from "../diagnostics/types.js";
import { hasErrors } from "../diagnostics/types.js";
import { findComposeFiles } from "./discover.js";
import { dropExtensions } from "./merge.js";
import { mergedSourceMap } from "./merge-locate.js";
import { parseYaml } from "./parse.js";
import { dirname, relative } from "./paths.js";
import { loadProjectFiles } from "./project-files.js";
import { mergedRedirects } from "./provenance.js";
import { discoveryEnvironment, projectEnvironment } from "./project-env.js";
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
  const found = findComposeFiles(options.files, context, options.files.length > 0 ? context.env : discoveryEnvironment(options.envFiles, context));
  diagnostics.push(...found.diagnostics);
  const first = found.files[0];
  if (!first) return { value: undefined, diagnostics };

  const parsed = found.files.map((file) => parseYaml(file.text, file.path));
  for (const file of parsed) diagnostics.push(...file.diagnostics);
  const environment = projectEnvironment(options.envFiles, first.path, context);
  diagnostics.push(...environment.diagnostics);
  let sources = createSourceMap(parsed, environment.sources);
  const workingDir = dirname(first.path);
  const files = found.files.map((file) => file.path);

  const lookup = (name: string): string | undefined => environment.env[name];
  let document: Record<string, unknown> = {};
  const substitutions: SecretSubstitution[] = [];
  let secrets: InterpolatedSecret[] = [];
  if (!hasErrors(diagnostics)) {
    // Each file interpolated, its extends and include applied (project-files.ts), then the files merged.
    const display = (path: string) => relative(context.cwd, path);
    const loaded = loadProjectFiles(parsed, { context, workingDir, lookup, warnedUnset: new Set(), includeChain: [], display, substitutions });
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
  return { value: { document, sources, workingDir, files, env: environment.env, projectName: name.name, credentials, interpolatedSecrets: secrets }, diagnostics };
}
