import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { RestartPolicy, Service } from "../model/project.js";
import type { ComposeRestartPolicy, ComposeService, RestartAsWritten } from "../validate/schema.js";
import { parseInteger } from "./scalars.js";
import { childPath } from "./exact.js";

/** deploy.restart_policy.condition → the `restart:` word docker compose uses for it. */
const conditionPolicies = { none: "no", "on-failure": "on-failure", any: "always" } as const satisfies Record<
  NonNullable<ComposeRestartPolicy["condition"]>,
  RestartPolicy
>;

const RETRIES = "on-failure:";
const withRetries = (text: RestartAsWritten): text is `on-failure:${string}` => text.startsWith(RETRIES);

/**
 * `restart: "no" | always | on-failure | "on-failure:3" | unless-stopped`. The schema's pattern has checked
 * the words; a retry count too large for an integer is the one thing left to report.
 */
function parseRestartWord(value: RestartAsWritten | undefined, path: Path, out: Diagnostic[]): Service["restart"] {
  if (value === undefined) return undefined;
  if (!withRetries(value)) return { policy: value, path };
  const maxRetries = parseInteger(value.slice(RETRIES.length), path, out);
  return maxRetries === undefined ? undefined : { policy: "on-failure", maxRetries, path };
}

/** `deploy.restart_policy: { condition: none | on-failure | any, max_attempts: 3 }`; condition defaults to any. */
function parseRestartPolicy(value: ComposeRestartPolicy, path: Path, out: Diagnostic[]): NonNullable<Service["restart"]> {
  const maxRetries = parseInteger(value.max_attempts, childPath(path, "max_attempts"), out);
  return { policy: conditionPolicies[value.condition ?? "any"], ...(maxRetries === undefined ? {} : { maxRetries }), path };
}

/** Like docker compose, deploy.restart_policy wins over `restart:` when both are written. */
export function parseRestart(service: Pick<ComposeService, "restart" | "deploy">, servicePath: Path, out: Diagnostic[]): Service["restart"] {
  const fromKey = parseRestartWord(service.restart, childPath(servicePath, "restart"), out);
  const policy = service.deploy?.restart_policy;
  return policy === undefined ? fromKey : parseRestartPolicy(policy, [...servicePath, "deploy", "restart_policy"], out);
}
