import type { Context } from "../context.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { applyExtends, locatedIn, type ExtendsScope } from "./extends.js";
import { applyInclude } from "./include.js";
import type { Lookup } from "./interpolate.js";
import { interpolateDocument } from "./interpolate-document.js";
import { isMapping, mergeFiles, type Provenance as MergeProvenance } from "./merge.js";
import type { ParsedYaml } from "./parse.js";
import type { EnvSource } from "./project-env.js";
import type { FileUnit } from "./provenance.js";
import type { Redirects } from "./source-map.js";

/** The main project, or one brought in by include. */
export interface ProjectScope {
  context: Context;
  /** The project directory: what relative paths in its files are relative to. */
  workingDir: string;
  lookup: Lookup;
  /** Variables already warned about: docker compose warns once per name, not per use. */
  warnedUnset: Set<string>;
  /** The files that include this project, outermost first, to find include cycles. */
  includeChain: readonly string[];
  /** A file's name in messages. */
  display: (path: string) => string;
  /** --no-interpolate: values are kept as written. */
  noInterpolate?: boolean;
}

export interface LoadedFiles {
  /** The files merged, x- keys still in. */
  document: Record<string, unknown>;
  /** Which file (and path there) each merged value came from, as the merge saw it. */
  merged: MergeProvenance;
  /** The project's own files in merge order, with where their extended and included definitions were written. */
  units: FileUnit[];
  /** Every other Compose file read (extended, included). */
  documents: ParsedYaml[];
  envSources: EnvSource[];
  diagnostics: Diagnostic[];
}

/**
 * Each file on its own is interpolated, then its extends and its include are applied, then the files
 * are merged in order, as docker compose does. Files that did not parse are left out (their errors
 * are reported by whoever parsed them).
 */
export function loadProjectFiles(files: readonly ParsedYaml[], scope: ProjectScope): LoadedFiles {
  const result: LoadedFiles = { document: {}, merged: { origin: { file: "", path: [] } }, units: [], documents: [], envSources: [], diagnostics: [] };
  const extendsScope: ExtendsScope = {
    context: scope.context,
    lookup: scope.lookup,
    warnedUnset: scope.warnedUnset,
    diagnostics: result.diagnostics,
    documents: result.documents,
    files: new Map(),
    display: scope.display,
    noInterpolate: scope.noInterpolate,
  };
  const expanded: { file: string; value: Record<string, unknown> }[] = [];
  for (const file of files) {
    if (!file.value) continue;
    const problems: Diagnostic[] = [];
    const interpolated = interpolateDocument(file.value, { file: file.file, lookup: scope.lookup, warnedUnset: scope.warnedUnset, diagnostics: problems, noInterpolate: scope.noInterpolate });
    result.diagnostics.push(...locatedIn(file, problems));
    if (!isMapping(interpolated)) continue;
    const provenance: Redirects = applyExtends(interpolated, file, scope.workingDir, extendsScope);
    const included = applyInclude(interpolated, file, provenance, scope, loadProjectFiles);
    result.documents.push(...included.documents);
    result.envSources.push(...included.envSources);
    result.diagnostics.push(...included.diagnostics);
    result.units.push({ parsed: file, provenance });
    expanded.push({ file: file.file, value: interpolated });
  }
  const merged = mergeFiles(expanded);
  result.diagnostics.push(...merged.diagnostics);
  result.document = merged.document;
  result.merged = merged.provenance;
  return result;
}
