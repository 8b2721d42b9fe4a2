import { z } from "zod";
import { composeObject, oneOfWords, patternedWord, uniqueList, commonSchemas, once } from "./common.js";
import { buildSchemas } from "./build.js";
import { deploySchemas } from "./deploy.js";
import { healthcheckSchemas } from "./healthcheck.js";
import { mountSchemas } from "./mounts.js";
import { linkSchemas } from "./links.js";

/** What the pattern lets through: a policy word, or on-failure with a retry count ("on-failure:3"). */
export type RestartAsWritten = "no" | "always" | "unless-stopped" | "on-failure" | `on-failure:${string}`;

export const serviceSchemas = once(() => {
  const { booleanOrString, command, extraHosts, integer, integerOrString, listOfStrings, listOrDict, numberOrString, serviceConfigOrSecret, stringOrList, ulimits } = commonSchemas();
  const { build } = buildSchemas();
  const { deploy, gpus } = deploySchemas();
  const { develop, healthcheck, preStartHook, serviceHook } = healthcheckSchemas();
  const { blkioConfig, devices, ports, serviceVolumes } = mountSchemas();
  const { dependsOn, envFile, extendsSchema, serviceModels, serviceNetworks } = linkSchemas();

  /** `restart`: the spec says "string"; docker accepts only these (on-failure may carry a retry count). */
  const RESTART_VALUES = ["no", "always", "on-failure", "on-failure:<max-retries>", "unless-stopped"];
  const restart = patternedWord<RestartAsWritten>(/^(no|always|unless-stopped|on-failure(:\d+)?)$/, RESTART_VALUES);

  /** `pull_policy`: the spec's pattern is not anchored; anchored here so "sometimes" is caught. */
  const PULL_POLICIES = ["always", "never", "build", "if_not_present", "missing", "refresh", "daily", "weekly", "every_<duration>"];
  const pullPolicy = patternedWord(/^(always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+)$/, PULL_POLICIES);

  const logging = composeObject({
    driver: z.string().optional(),
    options: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).optional(),
  });

  const credentialSpec = composeObject({
    config: z.string().optional(),
    file: z.string().optional(),
    registry: z.string().optional(),
  });

  const providerOption = z.union([z.string(), z.number(), z.boolean()]);
  const provider = composeObject({
    type: z.string(),
    options: z.record(z.string(), z.union([providerOption, z.array(providerOption)])).optional(),
  });

  /** `$defs.service`: all 93 keys of a service, in the spec's order. */
  const service = composeObject({
    develop: develop.optional(),
    deploy: z.union([deploy, z.null()]).optional(),
    annotations: listOrDict.optional(),
    attach: booleanOrString.optional(),
    build: build.optional(),
    blkio_config: blkioConfig.optional(),
    cap_add: listOfStrings.optional(),
    cap_drop: listOfStrings.optional(),
    cgroup: oneOfWords(["host", "private"]).optional(),
    cgroup_parent: z.string().optional(),
    command: command.optional(),
    configs: serviceConfigOrSecret.optional(),
    container_name: z.string().regex(/[a-zA-Z0-9][a-zA-Z0-9_.-]+/).optional(),
    cpu_count: z.union([z.string(), integer.min(0)]).optional(),
    cpu_percent: z.union([z.string(), integer.min(0).max(100)]).optional(),
    cpu_shares: numberOrString.optional(),
    cpu_quota: numberOrString.optional(),
    cpu_period: numberOrString.optional(),
    cpu_rt_period: numberOrString.optional(),
    cpu_rt_runtime: numberOrString.optional(),
    cpus: numberOrString.optional(),
    cpuset: z.string().optional(),
    credential_spec: credentialSpec.optional(),
    depends_on: dependsOn.optional(),
    device_cgroup_rules: listOfStrings.optional(),
    devices: devices.optional(),
    dns: stringOrList.optional(),
    dns_opt: listOfStrings.optional(),
    dns_search: stringOrList.optional(),
    domainname: z.string().optional(),
    entrypoint: command.optional(),
    env_file: envFile.optional(),
    label_file: z.union([z.string(), z.array(z.string())]).optional(),
    environment: listOrDict.optional(),
    expose: uniqueList(z.union([z.string(), z.number()])).optional(),
    extends: extendsSchema.optional(),
    provider: provider.optional(),
    external_links: listOfStrings.optional(),
    extra_hosts: extraHosts.optional(),
    gpus: gpus.optional(),
    group_add: uniqueList(z.union([z.string(), z.number()])).optional(),
    healthcheck: healthcheck.optional(),
    hostname: z.string().optional(),
    image: z.string().optional(),
    init: booleanOrString.optional(),
    ipc: z.string().optional(),
    isolation: z.string().optional(),
    labels: listOrDict.optional(),
    links: listOfStrings.optional(),
    logging: logging.optional(),
    mac_address: z.string().optional(),
    mem_limit: numberOrString.optional(),
    mem_reservation: integerOrString.optional(),
    mem_swappiness: integerOrString.optional(),
    memswap_limit: numberOrString.optional(),
    network_mode: z.string().optional(),
    models: serviceModels.optional(),
    networks: serviceNetworks.optional(),
    oom_kill_disable: booleanOrString.optional(),
    oom_score_adj: z.union([z.string(), integer.min(-1000).max(1000)]).optional(),
    pid: z.union([z.string(), z.null()]).optional(),
    pids_limit: numberOrString.optional(),
    platform: z.string().optional(),
    ports: ports.optional(),
    pre_start: z.array(preStartHook).optional(),
    post_start: z.array(serviceHook).optional(),
    pre_stop: z.array(serviceHook).optional(),
    privileged: booleanOrString.optional(),
    profiles: listOfStrings.optional(),
    pull_policy: pullPolicy.optional(),
    pull_refresh_after: z.string().optional(),
    read_only: booleanOrString.optional(),
    restart: restart.optional(),
    runtime: z.string().optional(),
    scale: integerOrString.optional(),
    security_opt: listOfStrings.optional(),
    shm_size: numberOrString.optional(),
    secrets: serviceConfigOrSecret.optional(),
    sysctls: listOrDict.optional(),
    stdin_open: booleanOrString.optional(),
    stop_grace_period: z.string().optional(),
    stop_signal: z.string().optional(),
    storage_opt: z.record(z.string(), z.unknown()).optional(),
    tmpfs: stringOrList.optional(),
    tty: booleanOrString.optional(),
    ulimits: ulimits.optional(),
    use_api_socket: z.boolean().optional(),
    user: z.string().optional(),
    uts: z.string().optional(),
    userns_mode: z.string().optional(),
    volumes: serviceVolumes.optional(),
    volumes_from: listOfStrings.optional(),
    working_dir: z.string().optional(),
  });
  return { logging, credentialSpec, provider, service };
});

type Schemas = ReturnType<typeof serviceSchemas>;
export type ComposeService = z.infer<Schemas["service"]>;
export type ComposeLogging = z.infer<Schemas["logging"]>;
export type ComposeCredentialSpec = z.infer<Schemas["credentialSpec"]>;
export type ComposeProvider = z.infer<Schemas["provider"]>;
