import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import { parseEnvFile } from "../load/env-file.js";
import { resolve } from "../load/paths.js";
import type { ComposeService } from "../validate/schema.js";
import { parseBoolean } from "./scalars.js";

/** What reading env files needs from the normalize context. */
export interface EnvFileContext {
  workingDir: string;
  env: Record<string, string>;
  readFile(path: string): string | undefined;
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
function parseRaw(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const equals = line.indexOf("=");
    if (line.trim() === "" || line.trimStart().startsWith("#") || equals <= 0) continue;
    values[line.slice(0, equals).trim()] = line.slice(equals + 1);
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
    const itemPath = [...path, index];
    if (typeof item === "string") return { file: item, required: true, format: undefined, path: itemPath, filePath: itemPath };
    const required = parseBoolean(item.required, [...itemPath, "required"], out) ?? true;
    return { file: item.path, required, format: item.format, path: itemPath, filePath: [...itemPath, "path"] };
  });
}

/**
 * Reads the service's env files in order (later files win) relative to the project directory, with the
 * project variables for ${VAR} references. A missing file is an error unless `required: false`.
 */
export function readEnvFiles(value: ComposeService["env_file"], path: Path, context: EnvFileContext, out: Diagnostic[]): Map<string, EnvFileValue> {
  const result = new Map<string, EnvFileValue>();
  for (const entry of entries(value, path, out)) {
    const file = resolve(context.workingDir, entry.file);
    if (entry.format !== undefined && entry.format !== "raw") {
      out.push(diagnostic("env-file-format", [...entry.path, "format"], { value: entry.format }));
      continue;
    }
    const text = context.readFile(file);
    if (text === undefined) {
      if (entry.required) out.push({ ...diagnostic("env-file-missing", entry.filePath, { file }), mark: entry.file });
      continue;
    }
    let values: Record<string, string>;
    if (entry.format === "raw") values = parseRaw(text);
    else {
      const parsed = parseEnvFile(text, file, (name) => context.env[name]);
      out.push(...parsed.diagnostics);
      values = parsed.value;
    }
    for (const [key, variable] of Object.entries(values)) result.set(key, { value: variable, path: entry.path });
  }
  return result;
}
