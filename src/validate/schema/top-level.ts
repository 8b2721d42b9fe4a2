import { z } from "zod";
import { composeObject, commonSchemas, once } from "./common.js";
import { serviceSchemas } from "./service.js";

/** Top-level sections beside `services`: networks, volumes, secrets, configs, models, include. */
export const topLevelSchemas = once(() => {
  const { booleanOrString, driverOptions, external, integer, listOrDict, openExternal, resourceName, stringOrList } = commonSchemas();
  const { service } = serviceSchemas();

  const ipamConfig = composeObject({
    subnet: z.string().optional(),
    ip_range: z.string().optional(),
    gateway: z.string().optional(),
    aux_addresses: z.record(z.string(), z.string()).optional(),
  });

  /** `$defs.network`: {driver: bridge, ipam: {config: [{subnet: 172.28.0.0/16}]}}, or null for defaults. */
  const network = z.union([
    composeObject({
      name: z.string().optional(),
      driver: z.string().optional(),
      driver_opts: driverOptions.optional(),
      ipam: composeObject({
        driver: z.string().optional(),
        config: z.array(ipamConfig).optional(),
        options: z.record(z.string(), z.string()).optional(),
      }).optional(),
      external: external.optional(),
      internal: booleanOrString.optional(),
      enable_ipv4: booleanOrString.optional(),
      enable_ipv6: booleanOrString.optional(),
      attachable: booleanOrString.optional(),
      labels: listOrDict.optional(),
    }),
    z.null(),
  ]);

  /** `$defs.volume`: {driver: local, driver_opts: {...}, external: true}, or null for defaults. */
  const volume = z.union([
    composeObject({
      name: z.string().optional(),
      driver: z.string().optional(),
      driver_opts: driverOptions.optional(),
      external: external.optional(),
      labels: listOrDict.optional(),
    }),
    z.null(),
  ]);

  /** `$defs.secret`: {file: ./db_password.txt} or {environment: DB_PASSWORD} or {external: true}. */
  const secret = composeObject({
    name: z.string().optional(),
    environment: z.string().optional(),
    file: z.string().optional(),
    external: openExternal.optional(),
    labels: listOrDict.optional(),
    driver: z.string().optional(),
    driver_opts: driverOptions.optional(),
    template_driver: z.string().optional(),
  });

  /** `$defs.config`: {file: ./nginx.conf} or {content: "..."} or {environment: NGINX_CONF}. */
  const config = composeObject({
    name: z.string().optional(),
    content: z.string().optional(),
    environment: z.string().optional(),
    file: z.string().optional(),
    external: openExternal.optional(),
    labels: listOrDict.optional(),
    template_driver: z.string().optional(),
  });

  /** `$defs.model`: {model: ai/smollm2, context_size: 4096}. */
  const model = composeObject({
    name: z.string().optional(),
    model: z.string(),
    context_size: integer.optional(),
    runtime_flags: z.array(z.string()).optional(),
  });

  /** `$defs.include`: "other/compose.yaml" or {path: [a.yaml, b.yaml], env_file: .env, project_directory: other}. */
  const include = z.union([
    z.string(),
    composeObject({
      path: stringOrList.optional(),
      env_file: stringOrList.optional(),
      project_directory: z.string().optional(),
    }, { extensions: false }),
  ]);

  /** The whole document: every top-level key, plus `x-` extensions. */
  const composeFile = composeObject({
    version: z.string().optional(),
    name: z.string().optional(),
    include: z.array(include).optional(),
    services: z.record(resourceName, service).optional(),
    models: z.record(z.string(), model).optional(),
    networks: z.record(z.string(), network).optional(),
    volumes: z.record(resourceName, volume).optional(),
    secrets: z.record(resourceName, secret).optional(),
    configs: z.record(resourceName, config).optional(),
  });
  return { network, volume, secret, config, model, include, composeFile };
});

type Schemas = ReturnType<typeof topLevelSchemas>;
export type ComposeNetwork = z.infer<Schemas["network"]>;
export type ComposeVolume = z.infer<Schemas["volume"]>;
export type ComposeSecret = z.infer<Schemas["secret"]>;
export type ComposeConfig = z.infer<Schemas["config"]>;
export type ComposeModel = z.infer<Schemas["model"]>;
export type ComposeInclude = z.infer<Schemas["include"]>;
export type ComposeFile = z.infer<Schemas["composeFile"]>;
