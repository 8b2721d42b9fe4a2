import type { Path } from "../diagnostics/types.js";
import { resolve } from "../load/paths.js";
import type { Service } from "../model/project.js";
import type { ComposeService } from "../validate/schema.js";
import { keyValueEntries } from "./scalars.js";
import { put } from "../model/own-keys.js";
import { childPath } from "./exact.js";

/** Remote contexts are passed to the builder as written: "https://github.com/x/y.git#main", "git@github.com:x/y". */
const remoteContext = /^([a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)/i;

const resolveContext = (workingDir: string, context: string): string =>
  remoteContext.test(context) ? context : resolve(workingDir, context);

/**
 * `build: ./app` or `build: { context: ./app, dockerfile: Dockerfile.prod, target: runtime, args: [VERSION=1] }`.
 * Local contexts become absolute; an arg without a value ("- VERSION", `VERSION: null`) takes the project
 * variable and is left out when that is unset, as Compose does.
 */
export function parseBuild(value: ComposeService["build"], path: Path, workingDir: string, env: Record<string, string>): Service["build"] {
  if (value === undefined) return undefined;
  if (typeof value === "string") return { context: resolveContext(workingDir, value), args: {}, path };
  const args: Record<string, string> = {};
  for (const entry of keyValueEntries(value.args, childPath(path, "args"))) {
    const arg = entry.value ?? env[entry.key];
    if (arg !== undefined) put(args, entry.key, arg);
  }
  const { dockerfile, target } = value;
  return {
    context: resolveContext(workingDir, value.context ?? "."),
    ...(dockerfile === undefined ? {} : { dockerfile }),
    ...(target === undefined ? {} : { target }),
    args,
    path,
  };
}
