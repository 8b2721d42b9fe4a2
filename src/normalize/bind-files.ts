import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import { folderBoundary, pathState, readInside, type Boundary, type FileAccess, type FileRead } from "../load/file-access.js";
import { refusal } from "../load/file-refusal.js";
import { join, relative } from "../load/paths.js";
import { base64 } from "../model/base64.js";
import type { BoundFile } from "../model/project.js";

/** What reading a bind source needs: the Context's file access, and what may be read. */
export interface BindReadContext extends FileAccess {
  listDirectory?(path: string): string[] | undefined;
  fileMode?(path: string): number | undefined;
  workingDir: string;
  /** What may be read; without it, the working directory (SECURITY.md). */
  boundary?: Boundary;
}

/** What normalize learns about a bind source inside the project; both undefined when the context cannot tell. */
export interface BoundSource {
  sourceKind?: "file" | "directory" | "missing";
  files?: BoundFile[];
}

/**
 * A bind mount inside the project becomes a ConfigMap, so what it holds must be small: past these caps the
 * content is left out (files undefined) and bind-not-read says so. Sizes count characters of text.
 * The walk of a bound folder also stops past `depth` folders down (configuration trees are two or three
 * deep: conf.d/, provisioning/dashboards/; a ConfigMap key holds the whole path in 253 characters) and
 * past `entries` files and folders seen, skipped ones included (four times the file cap: a folder of
 * folders, or node_modules mounted by mistake, ends quickly). A link back to a folder above is a loop.
 */
export const BIND_LIMITS = { characters: 1024 * 1024, files: 256, depth: 16, entries: 1024 } as const;
const limitText = `${BIND_LIMITS.files} files or 1 MiB`;

type Walk = { files: BoundFile[]; characters: number; entries: number; tooLarge: boolean; stop?: string };
type Reader = { context: BindReadContext; boundary: Boundary; refuse: (read: FileRead) => void };

function walk(directory: string, relativePath: string, chain: readonly string[], reader: Reader, into: Walk): void {
  if (chain.length > BIND_LIMITS.depth) return void (into.stop = `it is more than ${BIND_LIMITS.depth} folders deep`);
  for (const name of reader.context.listDirectory?.(directory) ?? []) {
    if (into.tooLarge || into.stop) return;
    if (++into.entries > BIND_LIMITS.entries) return void (into.stop = `it holds more than ${BIND_LIMITS.entries} files and folders`);
    const absolute = join(directory, name);
    const childRelative = relativePath === "" ? name : `${relativePath}/${name}`;
    const state = pathState(reader.context, absolute, reader.boundary);
    if (state.kind === "directory") {
      if (chain.includes(state.realPath)) return void (into.stop = `${childRelative} is a symbolic link back to a folder above it, a loop`);
      walk(state.realPath, childRelative, [...chain, state.realPath], reader, into);
      continue;
    }
    // A broken link reads as nothing, in the container too.
    if (state.kind === "missing") continue;
    const file = content(readInside(reader.context, absolute, reader.boundary), childRelative, absolute, reader);
    if (!file) continue;
    into.files.push(file);
    into.characters += file.content.length;
    into.tooLarge = into.files.length > BIND_LIMITS.files || into.characters > BIND_LIMITS.characters;
  }
}

/**
 * Text as it is; bytes that are not UTF-8 (an image, a keystore) as base64, for binaryData; each with its
 * mode when the context reports one (an executable stays executable). Refusals reported.
 */
function content(read: FileRead, path: string, absolute: string, reader: Reader): BoundFile | undefined {
  const mode = reader.context.fileMode?.(absolute);
  const withMode = (file: BoundFile): BoundFile => (mode === undefined ? file : { ...file, mode });
  if (read.kind === "text") return withMode({ path, content: read.text });
  if (read.kind === "binary") return withMode({ path, content: base64(read.bytes), encoding: "base64" });
  if (read.kind !== "missing") reader.refuse(read);
  return undefined;
}

/**
 * What a bind source inside the project holds: a file gives one entry with path ""; a directory gives every
 * regular file below it, sorted, with "/"-separated paths relative to the source ("nginx.conf",
 * "conf.d/site.conf"). A source that does not exist is "missing" with no files (Compose creates an empty
 * directory; convert decides what the pod gets and says so). Files are left out when the context cannot
 * tell, when the content is too large, or when a file is refused (a link out of the project, a named pipe:
 * an error).
 */
export function readBoundFiles(source: string, path: Path, context: BindReadContext, out: Diagnostic[]): BoundSource {
  const boundary = context.boundary ?? folderBoundary(context, context.workingDir);
  const display = (file: string) => `./${relative(context.workingDir, file)}`;
  const errors = out.length;
  const refuse = (read: FileRead) => {
    const refused = refusal(read, boundary, { key: "volumes", at: path, shown: display(read.path) });
    if (refused) out.push(refused);
  };
  const reader: Reader = { context, boundary, refuse };
  const state = pathState(context, source, boundary);
  if (state.kind !== "directory") {
    if (state.kind === "missing") {
      if (!context.isDirectory && !context.listDirectory && !context.fileKind) return {};
      return { sourceKind: "missing", files: [] };
    }
    const file = content(readInside(context, source, boundary), "", source, reader);
    if (!file) return { sourceKind: "file" };
    if (file.content.length <= BIND_LIMITS.characters) return { sourceKind: "file", files: [file] };
    out.push(diagnostic("bind-not-read", path, { source, limit: limitText }));
    return { sourceKind: "file" };
  }
  const found: Walk = { files: [], characters: 0, entries: 0, tooLarge: false };
  walk(state.realPath, "", [state.realPath], reader, found);
  if (found.stop) out.push(diagnostic("bind-walk-limit", path, { source: display(source), reason: found.stop }));
  else if (found.tooLarge) out.push(diagnostic("bind-not-read", path, { source, limit: limitText }));
  if (found.stop || found.tooLarge || out.slice(errors).some((d) => d.severity === "error")) return { sourceKind: "directory" };
  return { sourceKind: "directory", files: found.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}
