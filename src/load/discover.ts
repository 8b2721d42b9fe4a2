import type { Context } from "../context.js";
import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { join, resolve } from "./paths.js";

/** The names `docker compose` looks for, in its order of preference, each with its override file. */
const defaultFiles = [
  { name: "compose.yaml", override: "compose.override.yaml" },
  { name: "compose.yml", override: "compose.override.yml" },
  { name: "docker-compose.yaml", override: "docker-compose.override.yaml" },
  { name: "docker-compose.yml", override: "docker-compose.override.yml" },
] as const;

export type ComposeFile = { path: string; text: string };

/**
 * The Compose files to load, in merge order, with their text. Given -f files are resolved against the
 * working directory; without them the first default name found there is used, plus its override.
 */
export function findComposeFiles(given: readonly string[], context: Context): { files: ComposeFile[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const files: ComposeFile[] = [];
  if (given.length > 0) {
    for (const file of given) {
      const path = resolve(context.cwd, file);
      const text = context.readFile(path);
      if (text === undefined) diagnostics.push(diagnostic("file-not-found", [], { file }));
      else files.push({ path, text });
    }
    return { files, diagnostics };
  }
  for (const candidate of defaultFiles) {
    const path = join(context.cwd, candidate.name);
    const text = context.readFile(path);
    if (text === undefined) continue;
    files.push({ path, text });
    const overridePath = join(context.cwd, candidate.override);
    const overrideText = context.readFile(overridePath);
    if (overrideText !== undefined) files.push({ path: overridePath, text: overrideText });
    return { files, diagnostics };
  }
  const names = defaultFiles.map((f) => f.name);
  diagnostics.push(diagnostic("no-compose-file", [], { dir: context.cwd, names }));
  return { files, diagnostics };
}
