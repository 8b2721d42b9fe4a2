import { z } from "zod";
import { booleanOrString, composeObject, listOfStrings, NAME_PATTERN, oneOfWords } from "./common.js";

/** How a service relates to other services, networks and models. */

/** `depends_on`: ["db"] or {db: {condition: service_healthy, restart: true, required: false}}. */
export const dependsOnLong = composeObject({
  restart: booleanOrString.optional(),
  required: z.boolean().optional(),
  condition: oneOfWords(["service_started", "service_healthy", "service_completed_successfully"]),
});
export const dependsOn = z.union([listOfStrings, z.record(z.string().regex(NAME_PATTERN), dependsOnLong)]);

/** Map form of service `networks`: {front: {aliases: [web], ipv4_address: 172.16.0.10}} or {front: null}. */
export const serviceNetworkLong = composeObject({
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
export const serviceNetworks = z.union([
  listOfStrings,
  z.record(z.string().regex(NAME_PATTERN), z.union([serviceNetworkLong, z.null()])),
]);

/** Service `models`: ["llm"] or {llm: {endpoint_var: AI_URL, model_var: AI_MODEL}}. */
export const serviceModelLong = composeObject({ endpoint_var: z.string().optional(), model_var: z.string().optional() });
export const serviceModels = z.union([listOfStrings, z.record(z.string(), z.union([serviceModelLong, z.null()]))]);

/** `extends`: "base" (a service of this file) or {service: base, file: common.yaml}. */
export const extendsSchema = z.union([
  z.string(),
  composeObject({ service: z.string(), file: z.string().optional() }, { extensions: false }),
]);

/** `env_file`: ".env" or [".env", {path: .env.local, required: false, format: raw}]. */
export const envFileLong = composeObject({
  path: z.string(),
  format: z.string().optional(),
  required: booleanOrString.optional(),
}, { extensions: false });
export const envFile = z.union([z.string(), z.array(z.union([z.string(), envFileLong]))]);

export type ComposeDependsOn = z.infer<typeof dependsOnLong>;
export type ComposeServiceNetwork = z.infer<typeof serviceNetworkLong>;
export type ComposeServiceModel = z.infer<typeof serviceModelLong>;
export type ComposeExtends = z.infer<typeof extendsSchema>;
export type ComposeEnvFile = z.infer<typeof envFileLong>;
