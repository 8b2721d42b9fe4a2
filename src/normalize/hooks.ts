import type { Diagnostic, Path } from "../diagnostics/types.js";
import { parseCommand } from "./command.js";
import type { Service, ServiceHook } from "../model/project.js";
import type { ComposePreStartHook, ComposeService } from "../validate/schema.js";
import { keyValueEntries, parseBoolean } from "./scalars.js";
import { parseUser } from "./user.js";
import { put } from "../model/own-keys.js";
import { childPath } from "./exact.js";

/**
 * One hook of `pre_start`, `post_start` or `pre_stop`:
 *   { command: ["./migrate.sh"], user: "1000", privileged: false, working_dir: /app, environment: [MODE=init] }
 * `image` and `per_replica` exist for pre_start only. An environment entry without a value ("MODE")
 * takes the project's variable, like the service's own `environment`.
 */
function parseHook(item: ComposePreStartHook, path: Path, env: Record<string, string>, out: Diagnostic[]): ServiceHook {
  const environment: Record<string, string> = {};
  for (const entry of keyValueEntries(item.environment, childPath(path, "environment"))) {
    const value = entry.value ?? env[entry.key];
    if (value !== undefined && entry.key.trim() !== "") put(environment, entry.key, value);
  }
  const hook: ServiceHook = { privileged: parseBoolean(item.privileged, childPath(path, "privileged"), out) ?? false, environment, path };
  const command = parseCommand(item.command, "command" in item, childPath(path, "command"), out);
  if (command !== undefined) hook.command = command;
  const user = parseUser(item.user, childPath(path, "user"), out);
  if (user !== undefined) hook.user = user;
  const texts = { image: item.image, workingDir: item.working_dir };
  for (const [field, written] of Object.entries(texts) as [keyof typeof texts, string | undefined][]) {
    const text = written?.trim();
    if (text !== undefined && text !== "") hook[field] = text;
  }
  const perReplica = parseBoolean(item.per_replica, childPath(path, "per_replica"), out);
  if (perReplica !== undefined) hook.perReplica = perReplica;
  return hook;
}

/** pre_start, post_start and pre_stop lists; a key that is not written stays absent. */
export function parseHooks(
  service: Pick<ComposeService, "pre_start" | "post_start" | "pre_stop">,
  servicePath: Path,
  env: Record<string, string>,
  out: Diagnostic[],
): Partial<Pick<Service, "preStart" | "postStart" | "preStop">> {
  const result: Partial<Pick<Service, "preStart" | "postStart" | "preStop">> = {};
  const keys = { preStart: "pre_start", postStart: "post_start", preStop: "pre_stop" } as const;
  for (const field of Object.keys(keys) as (keyof typeof keys)[]) {
    const key = keys[field];
    // A post_start or pre_stop hook is a pre_start hook without image and per_replica.
    const hooks: ComposePreStartHook[] | undefined = service[key];
    if (hooks === undefined) continue;
    result[field] = hooks.map((item, index) => parseHook(item, [...servicePath, key, index], env, out));
  }
  return result;
}
