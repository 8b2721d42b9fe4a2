import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { RestartPolicy, Service } from "../model/project.js";
import { isRecord, parseInteger, scalarText } from "./scalars.js";

/** deploy.restart_policy.condition → the `restart:` word docker compose uses for it. */
const conditionPolicies = { none: "no", "on-failure": "on-failure", any: "always" } as const satisfies Record<string, RestartPolicy>;
const policies = { no: "no", always: "always", "on-failure": "on-failure", "unless-stopped": "unless-stopped" } as const satisfies Record<
  RestartPolicy,
  RestartPolicy
>;

const isPolicy = (word: string): word is RestartPolicy => Object.hasOwn(policies, word);
const isCondition = (word: string): word is keyof typeof conditionPolicies => Object.hasOwn(conditionPolicies, word);

/** `restart: "no" | always | on-failure | "on-failure:3" | unless-stopped`. */
function parseRestartWord(value: unknown, path: Path, out: Diagnostic[]): Service["restart"] {
  const text = scalarText(value);
  if (text === undefined) return undefined;
  const [word = "", count] = text.split(":", 2);
  if (!isPolicy(word) || (count !== undefined && word !== "on-failure")) {
    out.push(diagnostic("restart-syntax", path, { value: text }));
    return undefined;
  }
  if (count === undefined) return { policy: word, path };
  const maxRetries = parseInteger(count, path, out);
  return maxRetries === undefined ? undefined : { policy: word, maxRetries, path };
}

/** `deploy.restart_policy: { condition: none | on-failure | any, max_attempts: 3 }`; condition defaults to any. */
function parseRestartPolicy(value: Record<string, unknown>, path: Path, out: Diagnostic[]): Service["restart"] {
  const condition = scalarText(value.condition) ?? "any";
  if (!isCondition(condition)) {
    out.push(diagnostic("restart-syntax", [...path, "condition"], { value: condition }));
    return undefined;
  }
  const maxRetries = parseInteger(value.max_attempts, [...path, "max_attempts"], out);
  return { policy: conditionPolicies[condition], ...(maxRetries === undefined ? {} : { maxRetries }), path };
}

/** Like docker compose, deploy.restart_policy wins over `restart:` when both are written. */
export function parseRestart(service: { restart?: unknown; deploy?: unknown }, servicePath: Path, out: Diagnostic[]): Service["restart"] {
  const fromKey = parseRestartWord(service.restart, [...servicePath, "restart"], out);
  const policy = isRecord(service.deploy) ? service.deploy.restart_policy : undefined;
  if (isRecord(policy)) return parseRestartPolicy(policy, [...servicePath, "deploy", "restart_policy"], out) ?? fromKey;
  return fromKey;
}
