import type { Diagnostic } from "../diagnostics/types.js";
import { applyExtends, locatedIn, type ExtendsScope } from "./extends.js";
import { applyInclude } from "./include.js";
import { interpolateDocument } from "./interpolate-document.js";
import { isMapping, mergeFiles } from "./merge.js";
import type { ParsedYaml } from "./parse.js";
import type { LoadedFiles, ProjectScope } from "./project-scope.js";
import type { Redirects } from "./source-map.js";

/**
 * Each file on its own is interpolated, then its extends and its include are applied, then the files
 * are merged in order, as docker compose does. Files that did not parse are left out (their errors
 * are reported by whoever parsed them).
 */
export function loadProjectFiles(files: readonly ParsedYaml[], scope: ProjectScope): LoadedFiles {
  const result: LoadedFiles = { document: {}, merged: { origin: { file: "", path: [] } }, units: [], documents: [], envSources: [], diagnostics: [] };
  const extendsScope: ExtendsScope = {
    context: scope.context,
    boundary: scope.boundary,
    lookup: scope.lookup,
    warnedUnset: scope.warnedUnset,
    diagnostics: result.diagnostics,
    documents: result.documents,
    files: new Map(),
    display: scope.display,
    noInterpolate: scope.noInterpolate,
    substitutions: scope.substitutions,
  };
  const expanded: { file: string; value: Record<string, unknown>; plain?: boolean }[] = [];
  for (const file of files) {
    if (!file.value) continue;
    const problems: Diagnostic[] = [];
    const interpolated = interpolateDocument(file.value, { file: file.file, lookup: scope.lookup, warnedUnset: scope.warnedUnset, diagnostics: problems, noInterpolate: scope.noInterpolate, substitutions: scope.substitutions, plain: file.plain, text: file.text });
    result.diagnostics.push(...locatedIn(file, problems));
    if (!isMapping(interpolated)) continue;
    const provenance: Redirects = applyExtends(interpolated, file, scope.workingDir, extendsScope);
    const included = applyInclude(interpolated, file, provenance, scope, loadProjectFiles);
    result.documents.push(...included.documents);
    result.envSources.push(...included.envSources);
    result.diagnostics.push(...included.diagnostics);
    result.units.push({ parsed: file, provenance });
    // A plain file stays free of !reset and !override: extends and include bring in merged values only.
    expanded.push({ file: file.file, value: interpolated, plain: file.plain });
  }
  const merged = mergeFiles(expanded);
  result.diagnostics.push(...merged.diagnostics);
  result.document = merged.document;
  result.merged = merged.provenance;
  return result;
}
