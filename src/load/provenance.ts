import { isMapping } from "./merge.js";
import type { ParsedYaml } from "./parse.js";
import { resourceKey, type Redirects, type Source } from "./source-map.js";

/**
 * One Compose file of a project after its `extends` and `include` were applied: the file, and for
 * each definition that came (partly) from elsewhere, every place it was written, the file itself first.
 */
export interface FileUnit {
  parsed: ParsedYaml;
  provenance: Redirects;
}

/** The sections whose entries `include` imports and whose definitions can be redirected. */
export const resourceSections = ["services", "volumes", "networks", "configs", "secrets"] as const;

/** True when the file itself writes `section.name` (before extends and include). */
export function writes(parsed: ParsedYaml, section: string, name: string): boolean {
  const definitions = parsed.value?.[section];
  return isMapping(definitions) && Object.hasOwn(definitions, name);
}

/**
 * Where `section.name` of a merged set of files was written, the file that wins the merge (the last)
 * first. A file without a redirect for it counts when it writes the definition itself.
 */
export function sourcesFor(units: readonly FileUnit[], section: string, name: string): Source[] {
  const key = resourceKey(section, name);
  const sources: Source[] = [];
  for (let i = units.length - 1; i >= 0; i--) {
    const unit = units[i];
    if (!unit) continue;
    const redirected = unit.provenance.get(key);
    if (redirected) sources.push(...redirected);
    else if (writes(unit.parsed, section, name)) sources.push({ document: unit.parsed, path: [section, name] });
  }
  return sources;
}

/** The redirects of a merged set of files: every definition that any of them redirects. */
export function mergedRedirects(units: readonly FileUnit[]): Redirects {
  const redirects: Redirects = new Map();
  for (const unit of units) {
    for (const key of unit.provenance.keys()) {
      if (redirects.has(key)) continue;
      const [section = "", name = ""] = key.split("\u0000");
      redirects.set(key, sourcesFor(units, section, name));
    }
  }
  return redirects;
}
