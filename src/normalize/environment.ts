import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import { readEnvFiles, type EnvFileContext } from "./env-files.js";
import type { ComposeService } from "../validate/schema.js";
import { keyValueEntries } from "./scalars.js";
import { put } from "../model/own-keys.js";
import { childPath } from "./exact.js";

export interface ServiceEnvironment {
  environment: Record<string, string>;
  environmentPaths: Record<string, Path>;
}

/**
 * The container environment, as Compose builds it: env_file values first (later files win), then
 * `environment`, which wins over them. `environment` is a list or a map:
 *   - "KEY=value"  → KEY=value          KEY: value / KEY: 3 / KEY: true → "value", "3", "true"
 *   - "KEY"        → KEY from the project environment; left out when it is unset there
 *     KEY: null    → the same
 * Each variable records the path of the entry that set it: the `environment` item, or the `env_file` entry.
 */
export function parseServiceEnvironment(
  service: Pick<ComposeService, "environment" | "env_file">,
  servicePath: Path,
  context: EnvFileContext,
  out: Diagnostic[],
): ServiceEnvironment {
  const environment: Record<string, string> = {};
  const environmentPaths: Record<string, Path> = {};
  for (const [key, entry] of readEnvFiles(service.env_file, childPath(servicePath, "env_file"), context, out)) {
    put(environment, key, entry.value);
    put(environmentPaths, key, entry.path);
  }
  for (const entry of keyValueEntries(service.environment, childPath(servicePath, "environment"))) {
    if (entry.key.trim() === "") {
      out.push(diagnostic("environment-syntax", entry.path, { value: `${entry.key}=${entry.value ?? ""}` }));
      continue;
    }
    const value = entry.value ?? context.env[entry.key];
    if (value === undefined) continue;
    put(environment, entry.key, value);
    put(environmentPaths, entry.key, entry.path);
  }
  return { environment, environmentPaths };
}
