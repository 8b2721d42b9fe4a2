import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Location, Path } from "../diagnostics/types.js";
import type { Boundary, FileRead } from "./file-access.js";
import { basename, dirname } from "./paths.js";

/** How a refusal names things: the key that named the file, and how paths are shown. */
export interface Naming {
  /** The Compose key or option that named the file: "env_file", "include", "-f", "the .env file"… */
  key: string;
  /** Where that key was written, as a path into the document ([] for the command line). */
  at: Path;
  /** The file as shown in messages (relative to the working directory, or as written). */
  shown: string;
}

/**
 * The diagnostic for a read the gate refused, undefined for text and for a missing file (each caller
 * knows whether a missing file is an error). A file that is not UTF-8 is an error placed at its first bad
 * byte, for the callers that need text; bind mounts and secret or config files take the bytes instead.
 */
export function refusal(read: FileRead, boundary: Boundary, naming: Naming): Diagnostic | undefined {
  const found = describe(read, boundary, naming);
  // Named by no key (on the command line, or found by name): placed at the file itself, not at line 1 of
  // the first Compose file, which had nothing to do with it.
  return found && !found.location && naming.at.length === 0 && read.kind !== "directory" ? { ...found, location: { file: read.path, line: 1, column: 1 } } : found;
}

function describe(read: FileRead, boundary: Boundary, naming: Naming): Diagnostic | undefined {
  const { key, at, shown } = naming;
  switch (read.kind) {
    case "text":
    case "missing":
      return undefined;
    case "outside": {
      const linked = read.realPath !== read.path;
      const root = boundary.roots[0] ?? "/";
      // Absolute: "../../proc/self" says less than "/proc/self".
      const allow = dirname(read.realPath);
      const example = `./${basename(read.path)}`;
      return diagnostic("outside-project", at, { file: shown, key, root, allow, example, ...(linked ? { realPath: read.realPath } : {}) });
    }
    case "special":
      return diagnostic("not-a-regular-file", at, { file: shown, key });
    case "directory":
      return diagnostic("is-a-directory", at, { file: shown, key });
    case "too-large":
      return diagnostic("file-read-too-large", at, { file: shown, key, limit: read.limit });
    case "binary": {
      const byte = `0x${(read.bytes[read.offset] ?? 0).toString(16).toUpperCase().padStart(2, "0")}`;
      const location: Location = { file: read.path, line: read.line, column: read.column };
      return diagnostic("invalid-utf8", [], { byte }, location);
    }
  }
}
