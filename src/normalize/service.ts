import type { Diagnostic, Path } from "../diagnostics/types.js";
import { parseBuild } from "./build.js";
import { parseCommand } from "./command.js";
import { parseFileReferences } from "./configs-secrets.js";
import { parseDependsOn } from "./depends-on.js";
import { parseDeployWorkload } from "./deploy-workload.js";
import { parseDuration } from "./durations.js";
import { parseServiceEnvironment } from "./environment.js";
import { parseExpose } from "./expose.js";
import { parseExtraHosts } from "./extra-hosts.js";
import { parseHealthcheck } from "./healthcheck.js";
import type { Service } from "../model/project.js";
import { parseServiceNetworks } from "./networks.js";
import { parsePorts } from "./ports.js";
import { parseLinks, parseNetworkMode, parseVolumesFrom } from "./relations.js";
import { parseReplicas } from "./replicas.js";
import { parseResources } from "./resources.js";
import { parseRestart } from "./restart.js";
import { parseBoolean, stringList, stringMap } from "./scalars.js";
import { parseUser } from "./user.js";
import { parseDeviceReservations, parseGpus } from "./devices.js";
import { parseHooks } from "./hooks.js";
import { parsePlacement, parsePlatform } from "./placement.js";
import { parsePodSettings } from "./pod-settings.js";
import { parseTmpfs, parseVolumes } from "./volumes.js";
import type { BindReadContext } from "./bind-files.js";
import type { ComposeDeploy, ComposeService } from "../validate/schema.js";
import { exactFlatMap } from "./exact.js";

/** Everything a service needs from the outside: the project directory, its variables and file access. */
export interface ServiceContext extends BindReadContext {
  workingDir: string;
  env: Record<string, string>;
}

/** Sets `key` only when the value is defined, so absent stays absent (the model's optional fields). */
function assignDefined<K extends keyof Service>(service: Service, key: K, value: Service[K] | undefined): void {
  if (value !== undefined) service[key] = value;
}

/** One service as written → the canonical Service; every key family has its own parser. */
export function normalizeService(name: string, raw: ComposeService, context: ServiceContext, out: Diagnostic[]): Service {
  const path: Path = ["services", name];
  // A key's path only when the key is written (a service writes a few of the ~25 read here): given no
  // value, every parser returns its default without looking at the path, which is then a shared empty one.
  const at = (key: keyof ComposeService): Path => (raw[key] === undefined ? unwritten : ["services", name, key]);
  const flag = (key: "privileged" | "read_only" | "stdin_open" | "tty"): boolean => parseBoolean(raw[key], at(key), out) ?? false;
  const { environment, environmentPaths } = parseServiceEnvironment(raw, path, context, out);
  const { limits, reservations } = parseResources(raw, path, out);

  const service: Service = {
    name,
    path,
    // `x-` keys are extensions Compose itself ignores: they have no fate to report, so converters never see them.
    keys: writtenKeys(raw),
    deployKeys: deployKeys(raw.deploy),
    ports: parsePorts(raw.ports, at("ports"), out),
    expose: parseExpose(raw.expose, at("expose"), out),
    environment,
    environmentPaths,
    // concat, not a spread: an array exactly as long (exact.ts).
    volumes: parseVolumes(raw.volumes, at("volumes"), context, out).concat(parseTmpfs(raw.tmpfs, at("tmpfs"), out)),
    configs: parseFileReferences(raw.configs, at("configs"), "configs", out),
    secrets: parseFileReferences(raw.secrets, at("secrets"), "secrets", out),
    limits,
    reservations,
    labels: stringMap(raw.labels, at("labels")),
    capAdd: stringList(raw.cap_add),
    capDrop: stringList(raw.cap_drop),
    privileged: flag("privileged"),
    readOnly: flag("read_only"),
    stdinOpen: flag("stdin_open"),
    tty: flag("tty"),
    extraHosts: parseExtraHosts(raw.extra_hosts, at("extra_hosts"), out),
    dependsOn: parseDependsOn(raw.depends_on, at("depends_on"), out),
    links: parseLinks(raw.links, at("links")),
    volumesFrom: parseVolumesFrom(raw.volumes_from, at("volumes_from"), out),
    networks: parseServiceNetworks(raw.networks, at("networks"), path),
    profiles: stringList(raw.profiles),
  };
  assignDefined(service, "image", raw.image);
  assignDefined(service, "build", parseBuild(raw.build, at("build"), context.workingDir, context.env));
  assignDefined(service, "entrypoint", parseCommand(raw.entrypoint, "entrypoint" in raw, at("entrypoint"), out));
  assignDefined(service, "command", parseCommand(raw.command, "command" in raw, at("command"), out));
  assignDefined(service, "healthcheck", parseHealthcheck(raw.healthcheck, at("healthcheck"), out));
  assignDefined(service, "restart", parseRestart(raw, path, out));
  assignDefined(service, "replicas", parseReplicas(raw, path, out));
  assignDefined(service, "user", parseUser(raw.user, at("user"), out));
  assignDefined(service, "workingDir", raw.working_dir);
  assignDefined(service, "stopGracePeriodSeconds", parseDuration(raw.stop_grace_period, at("stop_grace_period"), out));
  assignDefined(service, "hostname", raw.hostname);
  assignDefined(service, "networkMode", parseNetworkMode(raw.network_mode, at("network_mode")));
  Object.assign(service, parseDeployWorkload(raw.deploy, path, out));
  Object.assign(service, parsePodSettings(raw, path, out));
  Object.assign(service, parseHooks(raw, path, context.env, out));
  assignDefined(service, "platform", parsePlatform(raw.platform, at("platform"), out));
  assignDefined(service, "placement", parsePlacement(raw.deploy, at("deploy"), out));
  assignDefined(service, "gpus", parseGpus(raw.gpus, at("gpus"), out));
  assignDefined(service, "deviceReservations", parseDeviceReservations(raw.deploy, at("deploy"), out));
  return service;
}

/** The path handed to a parser for a key that is not written; frozen, so that nothing can add to it. */
const unwritten: Path = Object.freeze([]) as unknown as Path;

/** The keys of a mapping but its `x-` extensions; Object.keys' own array (exactly as long, exact.ts) when it has none. */
function writtenKeys(value: object): string[] {
  const keys = Object.keys(value);
  return keys.some(isExtension) ? keys.filter((key) => !isExtension(key)) : keys;
}

const isExtension = (key: string): boolean => key.startsWith("x-");

/** `deploy: { replicas: 2, resources: { limits: { cpus: "1" } } }` → ["replicas", "resources.limits.cpus"]. */
function deployKeys(deploy: ComposeDeploy | null | undefined): string[] {
  if (deploy === undefined || deploy === null) return [];
  return exactFlatMap(writtenKeys(deploy), (key): string[] => {
    if (key !== "resources" || deploy.resources === undefined) return [key];
    return Object.entries(deploy.resources).flatMap(([section, fields]: [string, object]) =>
      isExtension(section) ? [] : writtenKeys(fields).map((field) => `resources.${section}.${field}`),
    );
  });
}
