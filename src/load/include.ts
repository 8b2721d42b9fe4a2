import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Location } from "../diagnostics/types.js";
import { hasErrors } from "../diagnostics/types.js";
import { locatedIn } from "./extends.js";
import { readIncludeEntry } from "./include-entry.js";
import { isMapping } from "./merge.js";
import { parseYaml, type ParsedYaml } from "./parse.js";
import type { EnvSource } from "./project-env.js";
import type { LoadProject, ProjectScope } from "./project-scope.js";
import { resourceSections, sourcesFor } from "./provenance.js";
import { rebaseSection } from "./rebase.js";
import { resourceKey, type Redirects } from "./source-map.js";
import { put } from "../model/own-keys.js";

export type Included = { documents: ParsedYaml[]; envSources: EnvSource[]; diagnostics: Diagnostic[] };

/**
 * Applies the `include` section of one interpolated file, in place: each entry is loaded as a project
 * of its own (its directory, its .env, its own extends and includes), its relative paths rebased
 * onto this project's directory, and its services, volumes, networks, configs and secrets added.
 * A name defined twice differently (here and in an included file, or in two included files) is an
 * error; the same definition twice is kept once, as compose does. `provenance` receives where each
 * imported definition was written.
 */
export function applyInclude(document: Record<string, unknown>, parsed: ParsedYaml, provenance: Redirects, scope: ProjectScope, load: LoadProject): Included {
  const result: Included = { documents: [], envSources: [], diagnostics: [] };
  const entries = document.include;
  delete document.include;
  if (entries === undefined || entries === null) return result;
  const report = (problems: readonly Diagnostic[]) => result.diagnostics.push(...locatedIn(parsed, problems));
  if (!Array.isArray(entries)) return report([diagnostic("include-syntax", ["include"], {})]), result;

  const chain = [...scope.includeChain, parsed.file];
  // Where each imported definition was written, for a later conflict's message.
  const importedAt = new Map<string, Location>();
  entries.forEach((value: unknown, index) => {
    const at = ["include", index];
    const read = readIncludeEntry(value, at, scope.workingDir, scope.lookup, scope);
    report(read.diagnostics);
    if (!read.entry) return;
    const entry = read.entry;
    const repeated = entry.files.find((file) => chain.includes(file.path));
    if (repeated) {
      const circle = [...chain.slice(chain.indexOf(repeated.path)), repeated.path].map(scope.display).join(" → ");
      return report([diagnostic("include-cycle", at, { chain: circle })]);
    }
    const files = entry.files.map((file) => parseYaml(file.text, file.path));
    result.documents.push(...files);
    result.envSources.push(...entry.envSources);
    for (const file of files) result.diagnostics.push(...file.diagnostics);
    if (files.some((file) => file.value === undefined)) return;

    const loaded = load(files, { ...scope, workingDir: entry.projectDirectory, lookup: entry.lookup, includeChain: chain });
    result.documents.push(...loaded.documents);
    result.envSources.push(...loaded.envSources);
    result.diagnostics.push(...loaded.diagnostics);
    if (hasErrors(loaded.diagnostics)) return;

    for (const section of resourceSections) {
      const definitions = loaded.document[section];
      if (!isMapping(definitions)) continue;
      const rebased = rebaseSection(section, definitions, entry.projectDirectory, scope.workingDir);
      const target = isMapping(document[section]) ? document[section] : (document[section] = {});
      for (const [name, definition] of Object.entries(rebased)) {
        const sources = sourcesFor(loaded.units, section, name);
        const second = sources[0] && sources[0].document.find(sources[0].path)?.location;
        const key = resourceKey(section, name);
        if (Object.hasOwn(target, name)) {
          if (sameValue(target[name], definition)) continue;
          const first = importedAt.get(key) ?? parsed.find([section, name])?.location;
          const place = (location: Location | undefined) => (location ? `${scope.display(location.file)}:${location.line}` : "an included file");
          report([diagnostic("include-conflict", at, { resource: `${section}.${name}`, first: place(first), second: place(second) })]);
          continue;
        }
        put(target, name, definition);
        provenance.set(key, sources);
        if (second) importedAt.set(key, second);
      }
    }
  });
  return result;
}

/** Deep equality of JSON-shaped values; mapping key order does not matter. */
function sameValue(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (Array.isArray(left) || Array.isArray(right)) {
    return Array.isArray(left) && Array.isArray(right) && left.length === right.length && left.every((item, i) => sameValue(item, right[i]));
  }
  if (!isMapping(left) || !isMapping(right)) return false;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => Object.hasOwn(right, key) && sameValue(left[key], right[key]));
}
