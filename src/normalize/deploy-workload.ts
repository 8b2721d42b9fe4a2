import type { Diagnostic, Path } from "../diagnostics/types.js";
import { parseDuration } from "./durations.js";
import type { Service, UpdateConfig } from "../model/project.js";
import type { ComposeDeploy, ComposeUpdateConfig } from "../validate/schema.js";
import { parseDecimal, parseInteger, stringMap } from "./scalars.js";
import { childPath } from "./exact.js";

/**
 * The `deploy` keys that shape the workload: mode, endpoint_mode, labels and update_config. The schema
 * has already checked the enums (after interpolation), so their words are taken as they are.
 *
 *   deploy: { mode: global, endpoint_mode: dnsrr, labels: { tier: web },
 *             update_config: { parallelism: 2, order: start-first, delay: 10s } }
 */
export function parseDeployWorkload(deploy: ComposeDeploy | null | undefined, servicePath: Path, out: Diagnostic[]): Pick<Service, "deployMode" | "endpointMode" | "deployLabels" | "updateConfig"> {
  if (deploy === undefined || deploy === null) return {};
  const path: Path = childPath(servicePath, "deploy");
  const parsed: Pick<Service, "deployMode" | "endpointMode" | "deployLabels" | "updateConfig"> = {};
  const { mode, endpoint_mode: endpointMode } = deploy;
  if (mode !== undefined) parsed.deployMode = { mode, path: childPath(path, "mode") };
  if (endpointMode !== undefined) parsed.endpointMode = { mode: endpointMode, path: childPath(path, "endpoint_mode") };
  if (deploy.labels !== undefined) parsed.deployLabels = { labels: stringMap(deploy.labels, childPath(path, "labels")), path: childPath(path, "labels") };
  const update = parseUpdateConfig(deploy.update_config, childPath(path, "update_config"), out);
  if (update !== undefined) parsed.updateConfig = update;
  return parsed;
}

function parseUpdateConfig(value: ComposeUpdateConfig | undefined, path: Path, out: Diagnostic[]): UpdateConfig | undefined {
  if (value === undefined) return undefined;
  const config: UpdateConfig = { path };
  const parallelism = parseInteger(value.parallelism, childPath(path, "parallelism"), out);
  if (parallelism !== undefined) config.parallelism = parallelism;
  if (value.order !== undefined) config.order = value.order;
  const delay = parseDuration(value.delay, childPath(path, "delay"), out);
  if (delay !== undefined) config.delaySeconds = delay;
  if (value.failure_action !== undefined) config.failureAction = value.failure_action;
  const monitor = parseDuration(value.monitor, childPath(path, "monitor"), out);
  if (monitor !== undefined) config.monitorSeconds = monitor;
  const ratio = parseDecimal(value.max_failure_ratio, childPath(path, "max_failure_ratio"), out);
  if (ratio !== undefined) config.maxFailureRatio = ratio;
  return config;
}
