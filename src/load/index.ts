import type { Context } from "../context.js";
import type { Diagnostic, SourceMap, StageResult } from "../diagnostics/types.js";
import { hasErrors } from "../diagnostics/types.js";
import { diagnostic } from "../diagnostics/codes.js";
import { findComposeFiles } from "./discover.js";
import { interpolateDocument } from "./interpolate-document.js";
import { dropExtensions, isMapping, mergeDocuments } from "./merge.js";
import { parseYaml } from "./parse.js";
import { dirname } from "./paths.js";
import { projectEnvironment } from "./project-env.js";
import { projectName } from "./project-name.js";
import { createSourceMap } from "./source-map.js";

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
}

/**
 * Reads, parses, interpolates and merges the Compose files. value is undefined when nothing usable was
 * loaded. When a file was read but has errors, a LoadedProject is still returned, so its sources can
 * place and show the errors; its document is then incomplete and must not be used (the diagnostics
 * hold errors).
 */
export function load(options: LoadOptions, context: Context): StageResult<LoadedProject | undefined> {
  const diagnostics: Diagnostic[] = [];
  const found = findComposeFiles(options.files, context);
  diagnostics.push(...found.diagnostics);
  const first = found.files[0];
  if (!first) return { value: undefined, diagnostics };

  const parsed = found.files.map((file) => parseYaml(file.text, file.path));
  for (const file of parsed) diagnostics.push(...file.diagnostics);
  const environment = projectEnvironment(options.envFiles, first.path, context);
  diagnostics.push(...environment.diagnostics);
  const sources = createSourceMap(parsed, environment.sources);
  const workingDir = dirname(first.path);
  const files = found.files.map((file) => file.path);

  const lookup = (name: string): string | undefined => environment.env[name];
  const warnedUnset = new Set<string>();
  let document: Record<string, unknown> = {};
  if (!hasErrors(diagnostics)) {
    let merged: unknown = {};
    for (const file of parsed) {
      const interpolated = interpolateDocument(file.value, { file: file.file, lookup, warnedUnset, diagnostics });
      merged = mergeDocuments(merged, interpolated);
    }
    document = isMapping(merged) ? dropExtensions(merged) : {};
  }

  const name = projectName({ option: options.projectName, env: environment.env, document, workingDir });
  if (name.name === "") diagnostics.push(diagnostic("project-name-invalid", name.raw === document.name ? ["name"] : [], { name: name.raw }));
  return { value: { document, sources, workingDir, files, env: environment.env, projectName: name.name }, diagnostics };
}
