import { wholeText, type Location, type Path, type SourceMap } from "../diagnostics/types.js";
import type { Provenance } from "./merge-values.js";
import type { ParsedYaml } from "./parse.js";

/**
 * Where a path of the merged document was written, following the merge's provenance: a port appended
 * by compose.prod.yaml is services.web.ports.2 in the merged document but services.web.ports.0 in the
 * file that wrote it. Paths the provenance cannot place whole (values that came through `extends` or
 * `include`) are left to `files`, the source map of the files themselves.
 */
export function mergedSourceMap(provenance: Provenance, documents: readonly ParsedYaml[], files: SourceMap): SourceMap {
  const byFile = new Map(documents.map((document) => [document.file, document]));
  return {
    locate(path: Path): Location | undefined {
      const origin = originOf(provenance, path);
      const found = byFile.get(origin.file)?.find(origin.path);
      if (found && found.depth === origin.path.length) return found.location;
      return files.locate(path) ?? found?.location;
    },
    lineText: (file, line) => files.lineText(file, line),
    text: (file) => wholeText(files, file),
  };
}

/** The file and path a merged path came from; past the merged containers, the rest of the path is the file's own. */
export function originOf(provenance: Provenance, path: Path): Provenance["origin"] {
  let node = provenance;
  // By index: entries() made an iterator result and an [index, segment] pair per step (6000 look-ups in explain).
  for (let index = 0; index < path.length; index++) {
    const segment = path[index]!;
    if (!node.children) {
      // A file merged with nothing (one file, origin []) has the path as it is: no copy for each look-up.
      if (index === 0 && node.origin.path.length === 0) return { file: node.origin.file, path };
      return { file: node.origin.file, path: [...node.origin.path, ...path.slice(index)] };
    }
    const child = node.children.get(segment);
    if (!child) return node.origin;
    node = child;
  }
  return node.origin;
}
