import type { Context } from "../context.js";
import type { Diagnostic, Path, SourceMap, StageResult } from "../diagnostics/types.js";
import { hasErrors } from "../diagnostics/types.js";
import { findComposeFiles } from "./discover.js";
import { interpolateDocument } from "./interpolate-document.js";
import { dropExtensions, mergeFiles } from "./merge.js";
import { mergedSourceMap } from "./merge-locate.js";
import { parseYaml } from "./parse.js";
import { dirname } from "./paths.js";
import { discoveryEnvironment, projectEnvironment } from "./project-env.js";
import { projectName } from "./project-name.js";
import { createSourceMap } from "./source-map.js";
import { obsoleteVersion } from "./version.js";

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
  const warnedUnset = new Set<string>();
  let document: Record<string, unknown> = {};
  if (!hasErrors(diagnostics)) {
    const interpolated = parsed.map((file) => {
      const locate = (path: Path) => file.find(path)?.location;
      return { file: file.file, value: interpolateDocument(file.value, { file: file.file, lookup, warnedUnset, diagnostics, locate }) };
    });
    const merged = mergeFiles(interpolated);
    diagnostics.push(...merged.diagnostics, ...obsoleteVersion(merged.document));
    sources = mergedSourceMap(merged.provenance, parsed, sources);
    document = dropExtensions(merged.document);
  }

  const name = projectName({ option: options.projectName, env: environment.env, document, workingDir });
  diagnostics.push(...name.diagnostics);
  return { value: { document, sources, workingDir, files, env: environment.env, projectName: name.name }, diagnostics };
}
