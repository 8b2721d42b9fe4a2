import type { Location, Path, SourceMap } from "../diagnostics/types.js";
import type { ParsedYaml } from "./parse.js";
import type { EnvSource } from "./project-env.js";

/**
 * Where paths of the merged project were written. Files are searched from last to first because a
 * later file wins the merge; a path found whole in any file beats a longer prefix elsewhere, and
 * when no file has it whole, the deepest prefix is shown (the later file on a tie).
 */
export function createSourceMap(documents: readonly ParsedYaml[], envFiles: readonly EnvSource[]): SourceMap {
  const texts = new Map<string, string>();
  for (const source of envFiles) texts.set(source.path, source.text);
  for (const document of documents) texts.set(document.file, document.text);
  const lines = new Map<string, string[]>();

  return {
    locate(path: Path): Location | undefined {
      let best: { location: Location; depth: number } | undefined;
      for (let i = documents.length - 1; i >= 0; i--) {
        const found = documents[i]?.find(path);
        if (!found) continue;
        if (found.depth === path.length) return found.location;
        if (!best || found.depth > best.depth) best = found;
      }
      return best?.location;
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
  };
}
