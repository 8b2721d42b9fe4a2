import { z } from "zod";
import { composeObject, integerOrString, listOfStrings, listOrDict, numberOrString, oneOfWords } from "./common.js";

/** `$defs.deployment`: the `deploy:` section of a service (Swarm-flavoured, mostly maps to a workload). */

const updateOrRollbackConfig = composeObject({
  parallelism: integerOrString.optional(),
  delay: z.string().optional(),
  failure_action: z.string().optional(),
  monitor: z.string().optional(),
  max_failure_ratio: numberOrString.optional(),
  order: oneOfWords(["start-first", "stop-first"]).optional(),
});

/** `$defs.devices`: a device request, e.g. {driver: nvidia, count: 1, capabilities: [gpu]}. */
export const deviceRequest = composeObject({
  capabilities: listOfStrings,
  count: integerOrString.optional(),
  device_ids: listOfStrings.optional(),
  driver: z.string().optional(),
  options: listOrDict.optional(),
});

const genericResource = composeObject({
  discrete_resource_spec: composeObject({ kind: z.string().optional(), value: numberOrString.optional() }).optional(),
});

export const resources = composeObject({
  limits: composeObject({
    cpus: numberOrString.optional(),
    memory: z.string().optional(),
    pids: integerOrString.optional(),
  }).optional(),
  reservations: composeObject({
    cpus: numberOrString.optional(),
    memory: z.string().optional(),
    generic_resources: z.array(genericResource).optional(),
    devices: z.array(deviceRequest).optional(),
  }).optional(),
});

export const restartPolicy = composeObject({
  // The spec types this as any string; Swarm only knows these three.
  condition: oneOfWords(["none", "on-failure", "any"]).optional(),
  delay: z.string().optional(),
  max_attempts: integerOrString.optional(),
  window: z.string().optional(),
});

export const placement = composeObject({
  constraints: z.array(z.string()).optional(),
  preferences: z.array(composeObject({ spread: z.string().optional() })).optional(),
  max_replicas_per_node: integerOrString.optional(),
});

export const deploy = composeObject({
  // The spec types mode and endpoint_mode as any string; these are the values docker accepts.
  mode: oneOfWords(["replicated", "global", "replicated-job", "global-job"]).optional(),
  endpoint_mode: oneOfWords(["vip", "dnsrr"]).optional(),
  replicas: integerOrString.optional(),
  labels: listOrDict.optional(),
  rollback_config: updateOrRollbackConfig.optional(),
  update_config: updateOrRollbackConfig.optional(),
  resources: resources.optional(),
  restart_policy: restartPolicy.optional(),
  placement: placement.optional(),
});

/** `$defs.gpus`: "all" or a list of device requests (items are open objects in the spec). */
export const gpus = z.union([
  oneOfWords(["all"]),
  z.array(
    z.looseObject({
      capabilities: listOfStrings.optional(),
      count: integerOrString.optional(),
      device_ids: listOfStrings.optional(),
      driver: z.string().optional(),
      options: listOrDict.optional(),
    }),
  ),
]);

export type ComposeDeploy = z.infer<typeof deploy>;
export type ComposeResources = z.infer<typeof resources>;
export type ComposeRestartPolicy = z.infer<typeof restartPolicy>;
export type ComposePlacement = z.infer<typeof placement>;
export type ComposeUpdateConfig = z.infer<typeof updateOrRollbackConfig>;
export type ComposeDeviceRequest = z.infer<typeof deviceRequest>;
export type ComposeGpus = z.infer<typeof gpus>;
