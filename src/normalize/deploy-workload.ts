import type { Diagnostic, Path } from "../diagnostics/types.js";
import { parseDuration } from "./durations.js";
import type { DeployMode, Service, UpdateConfig } from "../model/project.js";
import { isRecord, parseDecimal, parseInteger, scalarText, stringMap } from "./scalars.js";

/**
 * The `deploy` keys that shape the workload: mode, endpoint_mode, labels and update_config. The schema
 * has already checked the enums, so an unknown value here can only come from interpolation and is left
 * out (the schema's error names it).
 *
 *   deploy: { mode: global, endpoint_mode: dnsrr, labels: { tier: web },
 *             update_config: { parallelism: 2, order: start-first, delay: 10s } }
 */
export function parseDeployWorkload(raw: Record<string, unknown>, servicePath: Path, out: Diagnostic[]): Pick<Service, "deployMode" | "endpointMode" | "deployLabels" | "updateConfig"> {
  const deploy = raw.deploy;
  if (!isRecord(deploy)) return {};
  const path: Path = [...servicePath, "deploy"];
  const parsed: Pick<Service, "deployMode" | "endpointMode" | "deployLabels" | "updateConfig"> = {};
  const mode = scalarText(deploy.mode);
  if (mode !== undefined && isDeployMode(mode)) parsed.deployMode = { mode, path: [...path, "mode"] };
  const endpointMode = scalarText(deploy.endpoint_mode);
  if (endpointMode === "vip" || endpointMode === "dnsrr") parsed.endpointMode = { mode: endpointMode, path: [...path, "endpoint_mode"] };
  if (deploy.labels !== undefined) parsed.deployLabels = { labels: stringMap(deploy.labels, [...path, "labels"]), path: [...path, "labels"] };
  const update = parseUpdateConfig(deploy.update_config, [...path, "update_config"], out);
  if (update !== undefined) parsed.updateConfig = update;
  return parsed;
}

const DEPLOY_MODES = ["replicated", "global", "replicated-job", "global-job"] as const satisfies readonly DeployMode[];
const isDeployMode = (text: string): text is DeployMode => (DEPLOY_MODES as readonly string[]).includes(text);

function parseUpdateConfig(value: unknown, path: Path, out: Diagnostic[]): UpdateConfig | undefined {
  if (!isRecord(value)) return undefined;
  const config: UpdateConfig = { path };
  const parallelism = parseInteger(value.parallelism, [...path, "parallelism"], out);
  if (parallelism !== undefined) config.parallelism = parallelism;
  const order = scalarText(value.order);
  if (order === "start-first" || order === "stop-first") config.order = order;
  const delay = parseDuration(value.delay, [...path, "delay"], out);
  if (delay !== undefined) config.delaySeconds = delay;
  const failureAction = scalarText(value.failure_action);
  if (failureAction !== undefined) config.failureAction = failureAction;
  const monitor = parseDuration(value.monitor, [...path, "monitor"], out);
  if (monitor !== undefined) config.monitorSeconds = monitor;
  const ratio = parseDecimal(value.max_failure_ratio, [...path, "max_failure_ratio"], out);
  if (ratio !== undefined) config.maxFailureRatio = ratio;
  return config;
}
