import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import { folderBoundary, readInside, type Boundary, type FileAccess } from "../load/file-access.js";
import { refusal } from "../load/file-refusal.js";
import { join, resolve } from "../load/paths.js";
import type { FileObjectDefinition, FileReference } from "../model/project.js";
import type { ComposeConfig, ComposeSecret, ComposeService } from "../validate/schema.js";
import { parseExternal, parseMode } from "./scalars.js";
import { put } from "../model/own-keys.js";
import { base64 } from "../model/base64.js";
import { childPath } from "./exact.js";

export type FileObjectKind = "configs" | "secrets";

/** Where Compose mounts them: configs at /<source>, secrets under /run/secrets/. */
const targetDirectory = { configs: "/", secrets: "/run/secrets" } as const satisfies Record<FileObjectKind, string>;

/**
 * A service's `configs:` / `secrets:` — "name" or { source, target, uid, gid, mode }. Targets:
 *   configs: "nginx" → /nginx; target "app.conf" → /app.conf; target "/etc/app.conf" as written.
 *   secrets: "db" → /run/secrets/db; target "pw" → /run/secrets/pw; absolute targets as written.
 */
export function parseFileReferences(value: ComposeService["configs"], path: Path, kind: FileObjectKind, out: Diagnostic[]): FileReference[] {
  if (value === undefined) return [];
  return value.flatMap((item, index): FileReference[] => {
    const itemPath = childPath(path, index);
    if (typeof item === "string") return [{ source: item, target: join(targetDirectory[kind], item), path: itemPath }];
    const { source, uid, gid } = item;
    if (source === undefined) return [];
    const target = item.target ?? source;
    const mode = parseMode(item.mode, childPath(itemPath, "mode"), out);
    return [{
      source,
      target: resolve(targetDirectory[kind], target),
      ...(uid === undefined ? {} : { uid }),
      ...(gid === undefined ? {} : { gid }),
      ...(mode === undefined ? {} : { mode }),
      path: itemPath,
    }];
  });
}

/** What reading `file:` and `environment:` sources needs. */
export interface FileObjectContext extends FileAccess {
  workingDir: string;
  env: Record<string, string>;
  /** What may be read; without it, the working directory (SECURITY.md). */
  boundary?: Boundary;
}

/**
 * One top-level config or secret. The content comes from:
 *   file: ./nginx.conf       read relative to the project; outside it (links followed) only with --allow-outside
 *   environment: DB_PASSWORD the project variable's value; unset is an error
 *   content: "inline text"   configs only, as written
 *   external: true           nothing to read; `name:` (or the key) names the existing object
 */
function parseFileObject(key: string, item: ComposeConfig | ComposeSecret, path: Path, context: FileObjectContext, out: Diagnostic[]): FileObjectDefinition {
  const external = parseExternal(item.external, childPath(path, "external"), out);
  const name = item.name ?? external.name ?? key;
  const definition: FileObjectDefinition = { name, external: external.external, path };
  const { file, environment: variable } = item;
  // Only configs have inline content; the schema rejects it on a secret.
  const content = "content" in item ? item.content : undefined;
  if (file !== undefined) {
    definition.file = resolve(context.workingDir, file);
    const filePath = childPath(path, "file");
    const boundary = context.boundary ?? folderBoundary(context, context.workingDir);
    const read = readInside(context, definition.file, boundary);
    const refused = refusal(read, boundary, { key: `${path[0]}.${key}.file`, at: filePath, shown: file });
    // A file that is not text (a keystore, a DER key) is kept byte for byte, base64-encoded.
    if (refused && read.kind !== "binary") out.push(refused);
    if (read.kind === "missing") out.push(diagnostic("file-missing", filePath, { file: definition.file }));
    else if (read.kind === "text") definition.content = read.text;
    else if (read.kind === "binary") Object.assign(definition, { content: base64(read.bytes), encoding: "base64" });
  } else if (variable !== undefined) {
    definition.environment = variable;
    const text = context.env[variable];
    if (text === undefined) out.push(diagnostic("variable-unset", childPath(path, "environment"), { name: variable }));
    else definition.content = text;
  } else if (content !== undefined) {
    definition.content = content;
  }
  return definition;
}

/** Top-level `configs:` or `secrets:`, keyed as written. */
export function parseFileObjects(
  value: Record<string, ComposeConfig | ComposeSecret> | undefined,
  kind: FileObjectKind,
  context: FileObjectContext,
  out: Diagnostic[],
): Record<string, FileObjectDefinition> {
  const result: Record<string, FileObjectDefinition> = {};
  if (value === undefined) return result;
  for (const [key, item] of Object.entries(value)) put(result, key, parseFileObject(key, item, [kind, key], context, out));
  return result;
}
