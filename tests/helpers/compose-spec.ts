import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The official Compose JSON schema, vendored in spec/ (see spec/README.md for its source and how to
 * refresh it). Tests read it from the repository, never from outside it, so a fresh clone passes alone.
 */
export const composeSpecFile = fileURLToPath(new URL("../../spec/compose-spec.json", import.meta.url));

let parsed: Record<string, unknown> | undefined;
export function composeSpec(): Record<string, unknown> {
  parsed ??= JSON.parse(readFileSync(composeSpecFile, "utf8")) as Record<string, unknown>;
  return parsed;
}
