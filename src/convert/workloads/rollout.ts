import type { IDeploymentStrategy } from "kubernetes-models/apps/v1/DeploymentStrategy";
import type { IDaemonSetUpdateStrategy } from "kubernetes-models/apps/v1/DaemonSetUpdateStrategy";
import { diagnostic } from "../../diagnostics/codes.js";
import type { Service, UpdateConfig } from "../../model/project.js";
import type { Collector } from "../shared/collector.js";

/**
 * `deploy.update_config` → how pods are replaced. Swarm replaces `parallelism` tasks at a time (0: all at
 * once), stopping the old ones first (stop-first, the default) or starting the new ones first
 * (start-first). A rolling update expresses the same with maxUnavailable (old pods that may be down) or
 * maxSurge (extra new pods):
 *   { parallelism: 2 }                       → maxUnavailable: 2, maxSurge: 0
 *   { parallelism: 2, order: start-first }   → maxSurge: 2, maxUnavailable: 0
 *   { parallelism: 0 }                       → maxUnavailable: 100%
 */
function rollingStep(config: UpdateConfig): { maxSurge: number | string; maxUnavailable: number | string } {
  const step = config.parallelism === undefined ? 1 : config.parallelism === 0 ? "100%" : config.parallelism;
  return config.order === "start-first" ? { maxSurge: step, maxUnavailable: 0 } : { maxSurge: 0, maxUnavailable: step };
}

/** The update_config keys a rolling update has no field for; named in one warning. */
function unconverted(config: UpdateConfig): string[] {
  const keys: string[] = [];
  if (config.delaySeconds !== undefined) keys.push("delay");
  if (config.failureAction !== undefined) keys.push("failure_action");
  if (config.monitorSeconds !== undefined) keys.push("monitor");
  if (config.maxFailureRatio !== undefined) keys.push("max_failure_ratio");
  return keys;
}

function reportUnconverted(service: Service, config: UpdateConfig, collector: Collector): void {
  const keys = unconverted(config);
  if (keys.length > 0) collector.report(diagnostic("update-config-partial", config.path, { service: service.name, keys: keys.join(", ") }));
  collector.explain("rollout-strategy");
}

/** A Deployment's strategy; undefined when update_config is not written. */
export function deploymentStrategy(service: Service, collector: Collector): IDeploymentStrategy | undefined {
  const config = service.updateConfig;
  if (config === undefined) return undefined;
  reportUnconverted(service, config, collector);
  return { type: "RollingUpdate", rollingUpdate: rollingStep(config) };
}

/** A DaemonSet's updateStrategy: the same two fields (maxSurge is stable since Kubernetes 1.25). */
export function daemonSetStrategy(service: Service, collector: Collector): IDaemonSetUpdateStrategy | undefined {
  const config = service.updateConfig;
  if (config === undefined) return undefined;
  reportUnconverted(service, config, collector);
  return { type: "RollingUpdate", rollingUpdate: rollingStep(config) };
}

/**
 * A StatefulSet replaces its pods one at a time, highest ordinal first, each stopped before its
 * successor starts (a pod's name and claim can exist only once). Neither parallelism nor start-first can
 * be expressed with stable fields, so they are named in a warning and the default RollingUpdate stays.
 */
export function statefulSetStrategy(service: Service, collector: Collector): void {
  const config = service.updateConfig;
  if (config === undefined) return;
  const keys = unconverted(config);
  if (config.parallelism !== undefined && config.parallelism !== 1) keys.unshift("parallelism");
  if (config.order === "start-first") keys.unshift("order: start-first");
  if (keys.length > 0) collector.report(diagnostic("update-config-partial", config.path, { service: service.name, keys: keys.join(", ") }));
  collector.explain("rollout-strategy");
}
