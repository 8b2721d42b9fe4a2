import type { Location, Path, SourceMap } from "../diagnostics/types.js";
import { isSensitiveVariable } from "../model/credentials.js";
import type { InterpolatedSecret } from "../model/project.js";
import { MIN_MASKED_LENGTH, Redactor } from "../model/redact.js";
import type { SecretSubstitution } from "./interpolate-document.js";
import { isMapping } from "./merge.js";
import type { ParsedYaml } from "./parse.js";

const key = (location: Location) => `${location.file}\u0000${location.line}\u0000${location.column}`;

/**
 * The substitutions recorded while each file was interpolated, re-addressed to paths of the merged
 * document. A recorded path belongs to its own file (before extends, include and the merge), so both
 * sides meet at the place the string was written: a merged string counts when the source map puts it
 * exactly where a substitution happened, and it still contains the substituted value.
 */
export function interpolatedSecrets(
  document: Record<string, unknown>,
  sources: SourceMap,
  files: readonly ParsedYaml[],
  substitutions: readonly SecretSubstitution[],
): InterpolatedSecret[] {
  if (substitutions.length === 0) return [];
  const byFile = new Map(files.map((file) => [file.file, file]));
  const written = new Map<string, SecretSubstitution[]>();
  for (const substitution of substitutions) {
    const found = byFile.get(substitution.file)?.find(substitution.path);
    if (!found || found.depth !== substitution.path.length) continue;
    const at = key(found.location);
    written.set(at, [...(written.get(at) ?? []), substitution]);
  }
  // Any length counts here: the place, not the value, decides (a short password is still one).
  const shortest = substitutions.reduce((least, s) => Math.min(least, s.value.length), MIN_MASKED_LENGTH);
  const values = new Redactor(substitutions.map((s) => s.value), Math.max(1, shortest));
  const result: InterpolatedSecret[] = [];
  const visit = (value: unknown, path: Path): void => {
    if (typeof value === "string") {
      if (!values.holdsValue(value)) return;
      const location = sources.locate(path);
      const here = location ? written.get(key(location)) ?? [] : [];
      const seen = new Set<string>();
      for (const s of here) {
        if (!value.includes(s.value) || seen.has(s.variable)) continue;
        seen.add(s.variable);
        result.push({ path, variable: s.variable, value: s.value });
      }
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (isMapping(value)) for (const [name, item] of Object.entries(value)) visit(item, [...path, name]);
  };
  visit(document, []);
  return result;
}

/**
 * Every value known to be a credential, for masking views and error excerpts: project variables that
 * look like credentials (model/credentials.ts) and what was substituted from them.
 */
export function credentialValues(env: Readonly<Record<string, string>>, substitutions: readonly SecretSubstitution[]): string[] {
  const values = new Set<string>();
  for (const [name, value] of Object.entries(env)) if (value !== "" && isSensitiveVariable(name, value)) values.add(value);
  for (const substitution of substitutions) values.add(substitution.value);
  return [...values];
}
