import type { Diagnostic, Path } from "../diagnostics/types.js";
import { parseDuration } from "./durations.js";
import type { Service, UpdateConfig } from "../model/project.js";
import type { ComposeDeploy, ComposeUpdateConfig } from "../validate/schema.js";
import { parseDecimal, parseInteger, stringMap } from "./scalars.js";

/**
 * The `deploy` keys that shape the workload: mode, endpoint_mode, labels and update_config. The schema
 * has already checked the enums (after interpolation), so their words are taken as they are.
 *
 *   deploy: { mode: global, endpoint_mode: dnsrr, labels: { tier: web },
 *             update_config: { parallelism: 2, order: start-first, delay: 10s } }
 */
export function parseDeployWorkload(deploy: ComposeDeploy | null | undefined, servicePath: Path, out: Diagnostic[]): Pick<Service, "deployMode" | "endpointMode" | "deployLabels" | "updateConfig"> {
  if (deploy === undefined || deploy === null) return {};
  const path: Path = [...servicePath, "deploy"];
  const parsed: Pick<Service, "deployMode" | "endpointMode" | "deployLabels" | "updateConfig"> = {};
  const { mode, endpoint_mode: endpointMode } = deploy;
  if (mode !== undefined) parsed.deployMode = { mode, path: [...path, "mode"] };
  if (endpointMode !== undefined) parsed.endpointMode = { mode: endpointMode, path: [...path, "endpoint_mode"] };
  if (deploy.labels !== undefined) parsed.deployLabels = { labels: stringMap(deploy.labels, [...path, "labels"]), path: [...path, "labels"] };
  const update = parseUpdateConfig(deploy.update_config, [...path, "update_config"], out);
  if (update !== undefined) parsed.updateConfig = update;
  return parsed;
}

function parseUpdateConfig(value: ComposeUpdateConfig | undefined, path: Path, out: Diagnostic[]): UpdateConfig | undefined {
  if (value === undefined) return undefined;
  const config: UpdateConfig = { path };
  const parallelism = parseInteger(value.parallelism, [...path, "parallelism"], out);
  if (parallelism !== undefined) config.parallelism = parallelism;
  if (value.order !== undefined) config.order = value.order;
  const delay = parseDuration(value.delay, [...path, "delay"], out);
  if (delay !== undefined) config.delaySeconds = delay;
  if (value.failure_action !== undefined) config.failureAction = value.failure_action;
  const monitor = parseDuration(value.monitor, [...path, "monitor"], out);
  if (monitor !== undefined) config.monitorSeconds = monitor;
  const ratio = parseDecimal(value.max_failure_ratio, [...path, "max_failure_ratio"], out);
  if (ratio !== undefined) config.maxFailureRatio = ratio;
  return config;
}
