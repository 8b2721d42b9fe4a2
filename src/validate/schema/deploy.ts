import { z } from "zod";
import { composeObject, oneOfWords, commonSchemas, once } from "./common.js";

/** `$defs.deployment`: the `deploy:` section of a service (Swarm-flavoured, mostly maps to a workload). */
export const deploySchemas = once(() => {
  const { integerOrString, listOfStrings, listOrDict, numberOrString } = commonSchemas();

  const updateOrRollbackConfig = composeObject({
    parallelism: integerOrString.optional(),
    delay: z.string().optional(),
    failure_action: z.string().optional(),
    monitor: z.string().optional(),
    max_failure_ratio: numberOrString.optional(),
    order: oneOfWords(["start-first", "stop-first"]).optional(),
  });

  /** `$defs.devices`: a device request, e.g. {driver: nvidia, count: 1, capabilities: [gpu]}. */
  const deviceRequest = composeObject({
    capabilities: listOfStrings,
    count: integerOrString.optional(),
    device_ids: listOfStrings.optional(),
    driver: z.string().optional(),
    options: listOrDict.optional(),
  });

  const genericResource = composeObject({
    discrete_resource_spec: composeObject({ kind: z.string().optional(), value: numberOrString.optional() }).optional(),
  });

  const resources = composeObject({
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

  const restartPolicy = composeObject({
    // The spec types this as any string; Swarm only knows these three.
    condition: oneOfWords(["none", "on-failure", "any"]).optional(),
    delay: z.string().optional(),
    max_attempts: integerOrString.optional(),
    window: z.string().optional(),
  });

  const placement = composeObject({
    constraints: z.array(z.string()).optional(),
    preferences: z.array(composeObject({ spread: z.string().optional() })).optional(),
    max_replicas_per_node: integerOrString.optional(),
  });

  const deploy = composeObject({
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
  const gpus = z.union([
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
  return { updateOrRollbackConfig, deviceRequest, resources, restartPolicy, placement, deploy, gpus };
});

type Schemas = ReturnType<typeof deploySchemas>;
export type ComposeDeploy = z.infer<Schemas["deploy"]>;
export type ComposeResources = z.infer<Schemas["resources"]>;
export type ComposeRestartPolicy = z.infer<Schemas["restartPolicy"]>;
export type ComposePlacement = z.infer<Schemas["placement"]>;
export type ComposeUpdateConfig = z.infer<Schemas["updateOrRollbackConfig"]>;
export type ComposeDeviceRequest = z.infer<Schemas["deviceRequest"]>;
export type ComposeGpus = z.infer<Schemas["gpus"]>;
