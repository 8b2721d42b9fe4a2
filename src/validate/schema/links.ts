import { z } from "zod";
import { composeObject, NAME_PATTERN, oneOfWords, commonSchemas, once } from "./common.js";

/** How a service relates to other services, networks and models. */
export const linkSchemas = once(() => {
  const { booleanOrString, listOfStrings } = commonSchemas();

  /** `depends_on`: ["db"] or {db: {condition: service_healthy, restart: true, required: false}}. */
  const dependsOnLong = composeObject({
    restart: booleanOrString.optional(),
    required: z.boolean().optional(),
    condition: oneOfWords(["service_started", "service_healthy", "service_completed_successfully"]),
  });
  const dependsOn = z.union([listOfStrings, z.record(z.string().regex(NAME_PATTERN), dependsOnLong)]);

  /** Map form of service `networks`: {front: {aliases: [web], ipv4_address: 172.16.0.10}} or {front: null}. */
  const serviceNetworkLong = composeObject({
    aliases: listOfStrings.optional(),
    interface_name: z.string().optional(),
    ipv4_address: z.string().optional(),
    ipv6_address: z.string().optional(),
    link_local_ips: listOfStrings.optional(),
    mac_address: z.string().optional(),
    driver_opts: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    priority: z.number().optional(),
    gw_priority: z.number().optional(),
  });
  const serviceNetworks = z.union([
    listOfStrings,
    z.record(z.string().regex(NAME_PATTERN), z.union([serviceNetworkLong, z.null()])),
  ]);

  /** Service `models`: ["llm"] or {llm: {endpoint_var: AI_URL, model_var: AI_MODEL}}. */
  const serviceModelLong = composeObject({ endpoint_var: z.string().optional(), model_var: z.string().optional() });
  const serviceModels = z.union([listOfStrings, z.record(z.string(), z.union([serviceModelLong, z.null()]))]);

  /** `extends`: "base" (a service of this file) or {service: base, file: common.yaml}. */
  const extendsSchema = z.union([
    z.string(),
    composeObject({ service: z.string(), file: z.string().optional() }, { extensions: false }),
  ]);

  /** `env_file`: ".env" or [".env", {path: .env.local, required: false, format: raw}]. */
  const envFileLong = composeObject({
    path: z.string(),
    format: z.string().optional(),
    required: booleanOrString.optional(),
  }, { extensions: false });
  const envFile = z.union([z.string(), z.array(z.union([z.string(), envFileLong]))]);
  return { dependsOnLong, dependsOn, serviceNetworkLong, serviceNetworks, serviceModelLong, serviceModels, extendsSchema, envFileLong, envFile };
});

type Schemas = ReturnType<typeof linkSchemas>;
export type ComposeDependsOn = z.infer<Schemas["dependsOnLong"]>;
export type ComposeServiceNetwork = z.infer<Schemas["serviceNetworkLong"]>;
export type ComposeServiceModel = z.infer<Schemas["serviceModelLong"]>;
export type ComposeExtends = z.infer<Schemas["extendsSchema"]>;
export type ComposeEnvFile = z.infer<Schemas["envFileLong"]>;
