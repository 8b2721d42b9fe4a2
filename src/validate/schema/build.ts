import { z } from "zod";
import {
  booleanOrString,
  composeObject,
  extraHosts,
  integerOrString,
  listOrDict,
  serviceConfigOrSecret,
  stringOrList,
  ulimits,
} from "./common.js";

/** The long form of `build:` ("build: ./app" is the short form, a context path). */
export const buildLong = composeObject({
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

export const build = z.union([z.string(), buildLong]);

export type ComposeBuild = z.infer<typeof buildLong>;
