import type { StageResult } from "../diagnostics/types.js";

/**
 * Parses a .env / env_file text: KEY=VALUE lines, comments, quotes, `export`, references to earlier
 * variables. `lookup` resolves ${VAR} references to variables defined outside the file.
 * Diagnostics carry a location in `file`.
 */
export function parseEnvFile(
  text: string,
  file: string,
  lookup: (name: string) => string | undefined,
): StageResult<Record<string, string>> {
  void text;
  void file;
  void lookup;
  throw new Error("parseEnvFile: not implemented yet");
}
