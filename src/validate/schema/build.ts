import { z } from "zod";
import { composeObject, commonSchemas, once } from "./common.js";

export const buildSchemas = once(() => {
  const { booleanOrString, extraHosts, integerOrString, listOrDict, serviceConfigOrSecret, stringOrList, ulimits } = commonSchemas();

  /** The long form of `build:` ("build: ./app" is the short form, a context path). */
  const buildLong = composeObject({
    context: z.string().optional(),
    dockerfile: z.string().optional(),
    dockerfile_inline: z.string().optional(),
    entitlements: z.array(z.string()).optional(),
    args: listOrDict.optional(),
    ssh: listOrDict.optional(),
    labels: listOrDict.optional(),
    cache_from: z.array(z.string()).optional(),
    cache_to: z.array(z.string()).optional(),
    no_cache: booleanOrString.optional(),
    no_cache_filter: stringOrList.optional(),
    additional_contexts: listOrDict.optional(),
    network: z.string().optional(),
    provenance: booleanOrString.optional(),
    sbom: booleanOrString.optional(),
    pull: booleanOrString.optional(),
    target: z.string().optional(),
    shm_size: integerOrString.optional(),
    extra_hosts: extraHosts.optional(),
    isolation: z.string().optional(),
    privileged: booleanOrString.optional(),
    secrets: serviceConfigOrSecret.optional(),
    tags: z.array(z.string()).optional(),
    ulimits: ulimits.optional(),
    platforms: z.array(z.string()).optional(),
  });

  const build = z.union([z.string(), buildLong]);
  return { buildLong, build };
});

type Schemas = ReturnType<typeof buildSchemas>;
export type ComposeBuild = z.infer<Schemas["buildLong"]>;
