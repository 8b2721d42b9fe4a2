import type { Context, FileKind } from "../model/context.js";
import { isInside } from "./paths.js";
import { decodeUtf8 } from "./utf8.js";

/**
 * The one gate every project file goes through (Compose files, .env, env_file, include, extends,
 * secret and config files, bind-mounted files and folders), with any Context: the real path (symbolic
 * links resolved) must stay inside the boundary, the file must be a regular one, and it is read only up
 * to READ_LIMIT_BYTES. Each refusal is a value; the stage that asked turns it into a positioned diagnostic.
 */

/**
 * No file kubepose reads is larger: the biggest a Compose file may be is 10 MiB (load/parse.ts) and a
 * ConfigMap or Secret holds at most 1 MiB, so 16 MiB leaves room and still bounds memory when a 5 GB log
 * or /dev/zero is named by mistake.
 */
export const READ_LIMIT_BYTES = 16 * 1024 * 1024;

/** What the gate needs of a Context: a normalize context, which carries these methods, will do too. */
export type FileAccess = Pick<Context, "readFile"> & Partial<Pick<Context, "isDirectory" | "realPath" | "fileKind" | "readBytes">>;

/** Where files may be read from. */
export interface Boundary {
  /**
   * The folders whose files may be read, each as written and as its real path (a project reached through
   * a link is still itself): the project folder first, then each --allow-outside.
   */
  roots: readonly string[];
  /** Files the user named on the command line (-f, --env-file): read wherever they are. */
  named: ReadonlySet<string>;
}

export type Located = { path: string; realPath: string };

export type PathState =
  | (Located & { kind: FileKind })
  | { kind: "missing"; path: string }
  | (Located & { kind: "outside" });

export type FileRead =
  | (Located & { kind: "text"; text: string })
  | (Located & { kind: "binary"; bytes: Uint8Array; offset: number; line: number; column: number })
  | (Located & { kind: "directory" | "special" | "outside" })
  | (Located & { kind: "too-large"; limit: number })
  | { kind: "missing"; path: string };

/** A boundary of one folder (a library caller's normalize context that names none): everything below it. */
export function folderBoundary(context: FileAccess, folder: string): Boundary {
  return { roots: bothForms(context, [folder]), named: new Set() };
}

/** Each folder as written and as its real path, without repeats. */
export function bothForms(context: FileAccess, folders: readonly string[]): string[] {
  return [...new Set(folders.flatMap((folder) => [folder, realPathOf(context, folder) ?? folder]))];
}

/** The real path of `path` (links resolved), or `path` itself when the context knows no links. */
export function realPathOf(context: FileAccess, path: string): string | undefined {
  if (context.realPath) return context.realPath(path);
  return kindOf(context, path) === undefined ? undefined : path;
}

/** What `path` is, after links, and whether the boundary lets it be read. */
export function pathState(context: FileAccess, path: string, boundary: Boundary): PathState {
  const allowed = (candidate: string) => boundary.named.has(path) || boundary.roots.some((root) => isInside(root, candidate));
  // Outside as written: refused before the disk is asked anything, so not even existence leaks.
  if (!allowed(path)) return { kind: "outside", path, realPath: path };
  const realPath = realPathOf(context, path);
  if (realPath === undefined) return { kind: "missing", path };
  if (!allowed(realPath)) return { kind: "outside", path, realPath };
  const kind = kindOf(context, realPath);
  return kind === undefined ? { kind: "missing", path } : { kind, path, realPath };
}

/** Reads one file through the gate; text when it is UTF-8, its bytes and the first bad byte's position otherwise. */
export function readInside(context: FileAccess, path: string, boundary: Boundary): FileRead {
  const state = pathState(context, path, boundary);
  if (state.kind === "missing" || state.kind === "outside") return state;
  if (state.kind !== "file") return { kind: state.kind, path, realPath: state.realPath };
  const located = { path, realPath: state.realPath };
  const bytes = bytesOf(context, state.realPath);
  if (bytes === undefined) return { kind: "missing", path };
  if (bytes.length > READ_LIMIT_BYTES) return { ...located, kind: "too-large", limit: READ_LIMIT_BYTES };
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return { ...located, kind: "text", text: decoded.text };
  return { ...located, kind: "binary", bytes, offset: decoded.offset, line: decoded.line, column: decoded.column };
}

/** Without fileKind, a context's directories are what isDirectory says and its files what readFile finds. */
function kindOf(context: FileAccess, path: string): FileKind | undefined {
  if (context.fileKind) return context.fileKind(path);
  if (context.isDirectory?.(path)) return "directory";
  return context.readFile(path) === undefined ? undefined : "file";
}

const encoder = new TextEncoder();

function bytesOf(context: FileAccess, path: string): Uint8Array | undefined {
  if (context.readBytes) return context.readBytes(path, READ_LIMIT_BYTES);
  const text = context.readFile(path);
  return text === undefined ? undefined : encoder.encode(text);
}
