import { z } from "zod";
import { composeObject, oneOfWords, commonSchemas, once } from "./common.js";

export const healthcheckSchemas = once(() => {
  const { booleanOrString, command, listOrDict, numberOrString, stringOrList } = commonSchemas();

  /** `$defs.healthcheck`: test is "curl -f http://localhost" or ["CMD", "curl", "-f", "http://localhost"]. */
  const healthcheck = composeObject({
    disable: booleanOrString.optional(),
    interval: z.string().optional(),
    retries: numberOrString.optional(),
    test: z.union([z.string(), z.array(z.string())]).optional(),
    timeout: z.string().optional(),
    start_period: z.string().optional(),
    start_interval: z.string().optional(),
  });

  /** `$defs.service_hook`: post_start / pre_stop commands, and develop.watch exec. */
  const serviceHook = composeObject({
    command,
    user: z.string().optional(),
    privileged: booleanOrString.optional(),
    working_dir: z.string().optional(),
    environment: listOrDict.optional(),
  });

  /** `$defs.pre_start_hook`: like a service hook, and it may run in another image. */
  const preStartHook = composeObject({
    command: command.optional(),
    image: z.string().optional(),
    user: z.string().optional(),
    privileged: booleanOrString.optional(),
    working_dir: z.string().optional(),
    environment: listOrDict.optional(),
    per_replica: booleanOrString.optional(),
  });

  /** `$defs.development`: `develop.watch` rules for `docker compose watch`. */
  const develop = z.union([
    composeObject({
      watch: z
        .array(
          composeObject({
            ignore: stringOrList.optional(),
            include: stringOrList.optional(),
            path: z.string(),
            action: oneOfWords(["rebuild", "sync", "restart", "sync+restart", "sync+exec"]),
            target: z.string().optional(),
            exec: serviceHook.optional(),
            initial_sync: z.boolean().optional(),
          }),
        )
        .optional(),
    }),
    z.null(),
  ]);
  return { healthcheck, serviceHook, preStartHook, develop };
});

type Schemas = ReturnType<typeof healthcheckSchemas>;
export type ComposeHealthcheck = z.infer<Schemas["healthcheck"]>;
export type ComposeServiceHook = z.infer<Schemas["serviceHook"]>;
export type ComposePreStartHook = z.infer<Schemas["preStartHook"]>;
export type ComposeDevelop = z.infer<Schemas["develop"]>;
