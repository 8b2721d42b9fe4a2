import { z } from "zod";
import { booleanOrString, command, composeObject, listOrDict, numberOrString, oneOfWords, stringOrList } from "./common.js";

/** `$defs.healthcheck`: test is "curl -f http://localhost" or ["CMD", "curl", "-f", "http://localhost"]. */
export const healthcheck = composeObject({
  disable: booleanOrString.optional(),
  interval: z.string().optional(),
  retries: numberOrString.optional(),
  test: z.union([z.string(), z.array(z.string())]).optional(),
  timeout: z.string().optional(),
  start_period: z.string().optional(),
  start_interval: z.string().optional(),
});

/** `$defs.service_hook`: post_start / pre_stop commands, and develop.watch exec. */
export const serviceHook = composeObject({
  command,
  user: z.string().optional(),
  privileged: booleanOrString.optional(),
  working_dir: z.string().optional(),
  environment: listOrDict.optional(),
});

/** `$defs.pre_start_hook`: like a service hook, and it may run in another image. */
export const preStartHook = composeObject({
  command: command.optional(),
  image: z.string().optional(),
  user: z.string().optional(),
  privileged: booleanOrString.optional(),
  working_dir: z.string().optional(),
  environment: listOrDict.optional(),
  per_replica: booleanOrString.optional(),
});

/** `$defs.development`: `develop.watch` rules for `docker compose watch`. */
export const develop = z.union([
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

export type ComposeHealthcheck = z.infer<typeof healthcheck>;
export type ComposeServiceHook = z.infer<typeof serviceHook>;
export type ComposePreStartHook = z.infer<typeof preStartHook>;
export type ComposeDevelop = z.infer<typeof develop>;
