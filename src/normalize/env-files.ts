import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Location, Path } from "../diagnostics/types.js";
import { MAX_VALUE_LENGTH, parseEnvFile } from "../load/env-file.js";
import { folderBoundary, readInside, type Boundary, type FileAccess } from "../load/file-access.js";
import { refusal } from "../load/file-refusal.js";
import { resolve } from "../load/paths.js";
import type { ComposeService } from "../validate/schema.js";
import { parseBoolean } from "./scalars.js";
import { childPath } from "./exact.js";

/** What reading env files needs from the normalize context. */
export interface EnvFileContext extends FileAccess {
  workingDir: string;
  env: Record<string, string>;
  /** What may be read; without it, the working directory (SECURITY.md). */
  boundary?: Boundary;
}

/** One variable read from an env file, with the path of the `env_file` entry that named the file. */
export interface EnvFileValue {
  value: string;
  path: Path;
}

/**
 * `format: raw` — every "KEY=VALUE" line taken literally: no quotes, escapes, comments after the value or
 * interpolation. Blank lines and lines starting with "#" are skipped, as are lines without "=".
 */
function parseRaw(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const equals = line.indexOf("=");
    if (line.trim() === "" || line.trimStart().startsWith("#") || equals <= 0) continue;
    values.set(line.slice(0, equals).trim(), line.slice(equals + 1));
  }
  return values;
}

interface EnvFileEntry {
  file: string;
  required: boolean;
  format: string | undefined;
  path: Path;
  /** Where the file name is written: the item, or its `path` key in the long syntax. */
  filePath: Path;
}

/** `env_file: .env`, `env_file: [a.env, b.env]`, `env_file: [{ path: c.env, required: false, format: raw }]`. */
function entries(value: ComposeService["env_file"], path: Path, out: Diagnostic[]): EnvFileEntry[] {
  if (value === undefined) return [];
  if (typeof value === "string") return [{ file: value, required: true, format: undefined, path, filePath: path }];
  return value.map((item, index): EnvFileEntry => {
    const itemPath = childPath(path, index);
    if (typeof item === "string") return { file: item, required: true, format: undefined, path: itemPath, filePath: itemPath };
    const required = parseBoolean(item.required, childPath(itemPath, "required"), out) ?? true;
    return { file: item.path, required, format: item.format, path: itemPath, filePath: childPath(itemPath, "path") };
  });
}

/**
 * Reads the service's env files in order (later files win) relative to the project directory, with the
 * project variables for ${VAR} references. A missing file is an error unless `required: false`.
 */
export function readEnvFiles(value: ComposeService["env_file"], path: Path, context: EnvFileContext, out: Diagnostic[]): Map<string, EnvFileValue> {
  const result = new Map<string, EnvFileValue>();
  const files = entries(value, path, out);
  // Finding the boundary asks the file system (the real path of the project folder): only when there is a file to read.
  if (files.length === 0) return result;
  const boundary = context.boundary ?? folderBoundary(context, context.workingDir);
  for (const entry of files) {
    const file = resolve(context.workingDir, entry.file);
    if (entry.format !== undefined && entry.format !== "raw") {
      out.push(diagnostic("env-file-format", [...entry.path, "format"], { value: entry.format }));
      continue;
    }
    const read = readInside(context, file, boundary);
    const refused = refusal(read, boundary, { key: "env_file", at: entry.path, shown: entry.file });
    if (refused) out.push(refused);
    if (read.kind !== "text") {
      if (read.kind === "missing" && entry.required) out.push({ ...diagnostic("env-file-missing", entry.filePath, { file }), mark: entry.file });
      continue;
    }
    let values: Map<string, string>;
    if (entry.format === "raw") values = parseRaw(read.text);
    else {
      // Every variable of an env_file goes into the container, so one too long to build is an error here.
      const tooLong = new Map<string, Location>();
      const parsed = parseEnvFile(read.text, file, (name) => (Object.hasOwn(context.env, name) ? context.env[name] : undefined), tooLong);
      out.push(...parsed.diagnostics);
      for (const [variable, at] of tooLong) out.push(diagnostic("variable-too-long", [], { variable, limit: MAX_VALUE_LENGTH }, at));
      values = new Map(Object.entries(parsed.value));
    }
    for (const [key, variable] of values) result.set(key, { value: variable, path: entry.path });
  }
  return result;
}
