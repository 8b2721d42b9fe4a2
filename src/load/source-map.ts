import type { Location, Path, SourceMap } from "../diagnostics/types.js";
import type { ParsedYaml } from "./parse.js";
import type { EnvSource } from "./project-env.js";

/** Where one definition was written: a file, and the path of the definition in that file. */
export type Source = { document: ParsedYaml; path: Path };

/**
 * Definitions (a service, a volume…) whose merged path is not where they were written, because they
 * came through `extends` or `include`: resourceKey(section, name) → where to look, first match first.
 *   services.web  →  [compose.yaml services.web, common.yaml services.base]
 */
export type Redirects = Map<string, Source[]>;

/** Redirects are keyed by the first two segments of a path: ["services", "web", …] → "services\0web". */
export const resourceKey = (section: string | number, name: string | number): string => `${section}\u0000${name}`;

export interface Provenance {
  redirects: Redirects;
  /** Files read besides the top-level ones (extended, included), so their lines can be shown. */
  documents: readonly ParsedYaml[];
}

/**
 * Where paths of the merged project were written. A path under a redirected definition is searched
 * in the redirect's sources, in order; otherwise files are searched from last to first because a
 * later file wins the merge. A path found whole beats a longer prefix elsewhere, and when no source
 * has it whole, the deepest prefix is shown (the earlier source on a tie).
 */
export function createSourceMap(
  documents: readonly ParsedYaml[],
  envFiles: readonly EnvSource[],
  provenance: Provenance = { redirects: new Map(), documents: [] },
): SourceMap {
  const texts = new Map<string, string>();
  for (const source of envFiles) texts.set(source.path, source.text);
  for (const document of provenance.documents) texts.set(document.file, document.text);
  for (const document of documents) texts.set(document.file, document.text);
  const lines = new Map<string, string[]>();
  const topLevel: Source[] = [...documents].reverse().map((document) => ({ document, path: [] }));
  const { redirects } = provenance;

  return {
    locate(path: Path): Location | undefined {
      if (path.length >= 2 && redirects.size > 0) {
        const sources = redirects.get(resourceKey(path[0] ?? "", path[1] ?? ""));
        const found = sources && search(sources, path.slice(2));
        if (found) return found;
      }
      return search(topLevel, path);
    },
    lineText(file: string, line: number): string | undefined {
      let fileLines = lines.get(file);
      if (!fileLines) {
        const text = texts.get(file);
        if (text === undefined) return undefined;
        fileLines = text.split(/\r?\n/);
        lines.set(file, fileLines);
      }
      return fileLines[line - 1];
    },
    text(file: string): string | undefined {
      // lineText's lines split at "\r\n" or "\n"; joined by "\n" they are the text with each "\r\n" made "\n".
      const text = texts.get(file);
      return text === undefined || !text.includes("\r") ? text : text.replace(/\r\n/g, "\n");
    },
  };
}

/** `rest` below each source's path; sources that lack even their own path are skipped. */
function search(sources: readonly Source[], rest: Path): Location | undefined {
  let best: { location: Location; depth: number } | undefined;
  for (const source of sources) {
    const full = source.path.length === 0 ? rest : [...source.path, ...rest];
    const found = source.document.find(full);
    if (!found) continue;
    const depth = found.depth - source.path.length;
    if (depth < 0) continue;
    if (depth === rest.length) return found.location;
    if (!best || depth > best.depth) best = { location: found.location, depth };
  }
  return best?.location;
}
