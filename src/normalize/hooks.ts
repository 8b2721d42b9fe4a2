import type { Diagnostic, Path } from "../diagnostics/types.js";
import { parseCommand } from "./command.js";
import type { Service, ServiceHook } from "../model/project.js";
import { isRecord, keyValueEntries, parseBoolean, scalarText } from "./scalars.js";
import { parseUser } from "./user.js";
import { put } from "../model/own-keys.js";

/**
 * One hook of `pre_start`, `post_start` or `pre_stop`:
 *   { command: ["./migrate.sh"], user: "1000", privileged: false, working_dir: /app, environment: [MODE=init] }
 * `image` and `per_replica` exist for pre_start only. An environment entry without a value ("MODE")
 * takes the project's variable, like the service's own `environment`.
 */
function parseHook(item: unknown, path: Path, env: Record<string, string>, out: Diagnostic[]): ServiceHook | undefined {
  if (!isRecord(item)) return undefined;
  const environment: Record<string, string> = {};
  for (const entry of keyValueEntries(item.environment, [...path, "environment"])) {
    const value = entry.value ?? env[entry.key];
    if (value !== undefined && entry.key.trim() !== "") put(environment, entry.key, value);
  }
  const hook: ServiceHook = { privileged: parseBoolean(item.privileged, [...path, "privileged"], out) ?? false, environment, path };
  const command = parseCommand(item.command, "command" in item, [...path, "command"], out);
  if (command !== undefined) hook.command = command;
  const user = parseUser(item.user, [...path, "user"], out);
  if (user !== undefined) hook.user = user;
  const texts = { image: "image", workingDir: "working_dir" } as const;
  for (const [field, key] of Object.entries(texts) as [keyof typeof texts, string][]) {
    const text = scalarText(item[key])?.trim();
    if (text !== undefined && text !== "") hook[field] = text;
  }
  const perReplica = parseBoolean(item.per_replica, [...path, "per_replica"], out);
  if (perReplica !== undefined) hook.perReplica = perReplica;
  return hook;
}

/** pre_start, post_start and pre_stop lists; a key that is not written stays absent. */
export function parseHooks(raw: Record<string, unknown>, servicePath: Path, env: Record<string, string>, out: Diagnostic[]): Partial<Pick<Service, "preStart" | "postStart" | "preStop">> {
  const result: Partial<Pick<Service, "preStart" | "postStart" | "preStop">> = {};
  const keys = { preStart: "pre_start", postStart: "post_start", preStop: "pre_stop" } as const;
  for (const [field, key] of Object.entries(keys) as [keyof typeof keys, string][]) {
    const value = raw[key];
    if (!Array.isArray(value)) continue;
    result[field] = value.flatMap((item: unknown, index) => parseHook(item, [...servicePath, key, index], env, out) ?? []);
  }
  return result;
}
