import { type Command, InvalidArgumentError, Option } from "commander";
import type { ConvertOptions } from "../model/manifest.js";
import { quantity } from "../convert/kompose-label-values.js";
import { isDns1123Label } from "../model/kubernetes-names.js";
import type { OutputFormat } from "../emit/index.js";

/**
 * Kompose's `convert` options, with Kompose's names and meanings, so scripts written for Kompose carry
 * over: `kompose convert --controller statefulset --replicas 3 --volumes emptyDir -j --stdout` works as
 * `kubepose convert …` with the same words.
 */
export interface KomposeFlags {
  controller?: ConvertOptions["controller"];
  replicas?: number;
  volumes?: ConvertOptions["volumes"];
  /** Kompose's older --emptyvols: the same as --volumes emptyDir. */
  emptyvols?: boolean;
  pvcRequestSize?: string;
  /** --network-policies alone is true (one policy per network); --network-policies strict, the graph's edges. */
  networkPolicies?: boolean | "networks" | "strict";
  generateNetworkPolicies?: boolean;
  stdout?: boolean;
  json?: boolean;
  serviceGroupMode?: ConvertOptions["serviceGroupMode"];
  serviceGroupName?: string;
}

const CONTROLLERS = { deployment: "deployment", statefulset: "statefulset", daemonset: "daemonset" } as const;
const GROUP_MODES = { label: "label", volume: "volume" } as const;
const POLICY_MODES = { networks: "networks", strict: "strict" } as const;
const VOLUME_KINDS = { persistentvolumeclaim: "persistentVolumeClaim", emptydir: "emptyDir", hostpath: "hostPath", configmap: "configMap" } as const;

/** Kompose spells them daemonSet, emptyDir…; any case is accepted. */
function choice<T>(table: Readonly<Record<string, T>>, example: string): (value: string) => T {
  return (value) => {
    const key = value.toLowerCase();
    if (Object.hasOwn(table, key)) return table[key] as T;
    throw new InvalidArgumentError(`expected one of ${Object.values(table).join(", ")}, for example ${example}`);
  };
}

function count(value: string): number {
  if (/^\d+$/.test(value) && Number(value) <= 10000) return Number(value);
  throw new InvalidArgumentError("expected a whole number of replicas, for example --replicas 3");
}

function size(value: string): string {
  const parsed = quantity(value);
  if (parsed !== undefined) return parsed;
  throw new InvalidArgumentError("expected a Kubernetes quantity, for example --pvc-request-size 10Gi");
}

function groupName(value: string): string {
  if (isDns1123Label(value)) return value;
  throw new InvalidArgumentError("expected a lowercase DNS label (letters, digits, '-'), for example --service-group-name media");
}

export function addKomposeOptions(command: Command): Command {
  return command
    .addOption(new Option("--controller <kind>", "workload of services that choose none: deployment, statefulset or daemonset").argParser(choice(CONTROLLERS, "--controller statefulset")))
    .addOption(new Option("--replicas <count>", "replicas of services without deploy.replicas or scale").argParser(count))
    .addOption(new Option("--volumes <kind>", "what volumes become: persistentVolumeClaim (default), emptyDir, hostPath or configMap").argParser(choice(VOLUME_KINDS, "--volumes emptyDir")))
    .addOption(new Option("--emptyvols", "same as --volumes emptyDir (Kompose's older spelling)").conflicts("volumes"))
    .addOption(new Option("--pvc-request-size <size>", "storage each PersistentVolumeClaim requests (default 1Gi)").argParser(size))
    .addOption(new Option("--network-policies [mode]", "NetworkPolicies: networks (default: one per Compose network, alias --generate-network-policies) or strict (deny by default, allow the connection graph's edges and published ports)").argParser(choice(POLICY_MODES, "--network-policies strict")))
    .addOption(new Option("--generate-network-policies", "Kompose's name for --network-policies").hideHelp())
    .addOption(new Option("--service-group-mode <mode>", "services in one pod: label (kompose.service.group) or volume (sharing a named volume)").argParser(choice(GROUP_MODES, "--service-group-mode volume")))
    .addOption(new Option("--service-group-name <name>", "name of the pod of a volume group").argParser(groupName))
    .addOption(new Option("--stdout", "write to stdout (same as -o -)").conflicts("out"))
    .option("-j, --json", "write JSON (same as --format json)");
}

/** The ConvertOptions the Kompose flags ask for. */
export function komposeConvertOptions(flags: KomposeFlags): ConvertOptions {
  const options: ConvertOptions = {};
  if (flags.controller !== undefined) options.controller = flags.controller;
  if (flags.replicas !== undefined) options.replicas = flags.replicas;
  if (flags.volumes !== undefined) options.volumes = flags.volumes;
  if (flags.emptyvols === true) options.volumes = "emptyDir";
  if (flags.pvcRequestSize !== undefined) options.volumeSize = flags.pvcRequestSize;
  if (flags.networkPolicies !== undefined || flags.generateNetworkPolicies === true) options.networkPolicies = true;
  if (flags.networkPolicies === "strict") options.networkPolicyMode = "strict";
  if (flags.serviceGroupMode !== undefined) options.serviceGroupMode = flags.serviceGroupMode;
  if (flags.serviceGroupName !== undefined) options.serviceGroupName = flags.serviceGroupName;
  return options;
}

/** --stdout and --json are Kompose's spellings of -o - and --format json. */
export function komposeOutput<T extends { out?: string; format: OutputFormat } & KomposeFlags>(flags: T): T {
  return { ...flags, ...(flags.stdout === true ? { out: "-" } : {}), ...(flags.json === true ? { format: "json" } : {}) };
}
