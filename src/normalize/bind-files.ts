import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import { join } from "../load/paths.js";
import type { BoundFile } from "../model/project.js";

/** What reading a bind source needs: the Context's file access. */
export interface BindReadContext {
  readFile(path: string): string | undefined;
  isDirectory?(path: string): boolean;
  listDirectory?(path: string): string[] | undefined;
  fileMode?(path: string): number | undefined;
}

/** What normalize learns about a bind source inside the project; both undefined when the context cannot tell. */
export interface BoundSource {
  sourceKind?: "file" | "directory" | "missing";
  files?: BoundFile[];
}

const boundFile = (path: string, content: string, mode: number | undefined): BoundFile =>
  mode === undefined ? { path, content } : { path, content, mode };

/**
 * A bind mount inside the project becomes a ConfigMap, so what it holds must be small: past these caps the
 * content is left out (files undefined) and bind-too-large says so. Sizes count characters of text.
 */
export const BIND_LIMITS = { characters: 1024 * 1024, files: 256 } as const;
const limitText = `${BIND_LIMITS.files} files or 1 MiB`;

type Walk = { files: BoundFile[]; characters: number; tooLarge: boolean };

function isDirectory(path: string, context: BindReadContext): boolean {
  if (context.isDirectory) return context.isDirectory(path);
  return context.readFile(path) === undefined && context.listDirectory?.(path) !== undefined;
}

function walk(directory: string, relative: string, context: BindReadContext, into: Walk): void {
  for (const name of context.listDirectory?.(directory) ?? []) {
    if (into.tooLarge) return;
    const absolute = join(directory, name);
    const childRelative = relative === "" ? name : `${relative}/${name}`;
    if (isDirectory(absolute, context)) {
      walk(absolute, childRelative, context, into);
      continue;
    }
    const content = context.readFile(absolute);
    // Sockets, broken links and the like read as nothing; they cannot go into a ConfigMap either.
    if (content === undefined) continue;
    into.files.push(boundFile(childRelative, content, context.fileMode?.(absolute)));
    into.characters += content.length;
    into.tooLarge = into.files.length > BIND_LIMITS.files || into.characters > BIND_LIMITS.characters;
  }
}

/**
 * What a bind source inside the project holds: a file gives one entry with path ""; a directory gives every
 * regular file below it, sorted, with "/"-separated paths relative to the source ("nginx.conf",
 * "conf.d/site.conf"), each with its mode when the context reports one. A source that does not exist is
 * "missing" with no files (Compose creates an empty directory; convert decides what the pod gets and says
 * so). Files are left out when the context cannot tell, or when the content is too large.
 */
export function readBoundFiles(source: string, path: Path, context: BindReadContext, out: Diagnostic[]): BoundSource {
  if (!isDirectory(source, context)) {
    const content = context.readFile(source);
    if (content !== undefined) {
      if (content.length <= BIND_LIMITS.characters) return { sourceKind: "file", files: [boundFile("", content, context.fileMode?.(source))] };
      out.push(diagnostic("bind-not-read", path, { source, limit: limitText }));
      return { sourceKind: "file" };
    }
    if (!context.isDirectory && !context.listDirectory) return {};
    return { sourceKind: "missing", files: [] };
  }
  const found: Walk = { files: [], characters: 0, tooLarge: false };
  walk(source, "", context, found);
  if (found.tooLarge) {
    out.push(diagnostic("bind-not-read", path, { source, limit: limitText }));
    return { sourceKind: "directory" };
  }
  return { sourceKind: "directory", files: found.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}
