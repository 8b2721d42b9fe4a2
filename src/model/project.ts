import type { Path } from "../diagnostics/types.js";

/**
 * The canonical Project: what converters see. Every short syntax is already parsed here, so no
 * converter ever parses Compose text. Every element keeps `path`, the Compose path it came from,
 * for source comments and the side-by-side view. Durations are seconds, sizes are bytes.
 */
export interface Project {
  name: string;
  /** Absolute, "/"-separated directory that relative paths resolve against. */
  workingDir: string;
  /** In the order of the Compose file. */
  services: Service[];
  volumes: Record<string, VolumeDefinition>;
  networks: Record<string, NetworkDefinition>;
  configs: Record<string, FileObjectDefinition>;
  secrets: Record<string, FileObjectDefinition>;
  /** Where credential-like variables were substituted into values; absent when none were. */
  interpolatedSecrets?: InterpolatedSecret[];
  /** Values known to be credentials (credential-like variables of the environment and .env): a plain variable holding one goes to the Secret. */
  credentialValues?: string[];
}

/**
 * `command: [redis-server, --requirepass, "${REDIS_PASSWORD}"]`: the string at `path` (of the merged
 * project) holds `value`, substituted from the credential-like `variable` when the file was loaded.
 * Converters reference it from a Secret instead of writing it where it landed.
 */
export interface InterpolatedSecret {
  path: Path;
  variable: string;
  value: string;
}

export type Protocol = "tcp" | "udp" | "sctp";

/** "127.0.0.1:8080:80/udp" → { hostIp: "127.0.0.1", published: 8080, target: 80, protocol: "udp" } */
export interface PortMapping {
  target: number;
  published?: number;
  hostIp?: string;
  protocol: Protocol;
  /** Long syntax `name`, when given. */
  name?: string;
  appProtocol?: string;
  path: Path;
}

export interface ExposedPort {
  port: number;
  protocol: Protocol;
  path: Path;
}

export type VolumeMount =
  | { type: "volume"; source: string; target: string; readOnly: boolean; subpath?: string; path: Path }
  | { type: "anonymous"; target: string; readOnly: boolean; path: Path }
  /** source is absolute ("/"-separated) after normalisation; `insideProject` says whether it lies in workingDir. */
  | {
      type: "bind";
      source: string;
      target: string;
      readOnly: boolean;
      insideProject: boolean;
      /**
       * For binds inside the project, when the context could tell: a file, a directory, or nothing yet
       * (Compose then creates an empty directory).
       */
      sourceKind?: "file" | "directory" | "missing";
      /**
       * For binds inside the project: what the source holds, read by normalize (a file bind has one entry,
       * path ""; a missing source has none); undefined when too large to read or when the context cannot tell.
       */
      files?: BoundFile[];
      path: Path;
    }
  | { type: "tmpfs"; target: string; sizeBytes?: number; mode?: number; path: Path }
  | { type: "npipe" | "cluster" | "image"; source?: string; target: string; readOnly: boolean; path: Path };

/** One file under a bind-mounted source; `path` is relative to the source, "/"-separated ("" for a file bind). */
export interface BoundFile {
  path: string;
  /** The text; for a file that is not UTF-8 (an image, a keystore), its bytes in base64. */
  content: string;
  /** Permission bits in the project (0o755 for an executable script), when the context knows them. */
  mode?: number;
  /** "base64" when the file is not text: it goes to a ConfigMap's binaryData (a Secret's data). */
  encoding?: "base64";
}

/** A `configs:` or `secrets:` entry of a service, short or long syntax. */
export interface FileReference {
  source: string;
  /** Absolute target path in the container; for secrets defaults to /run/secrets/<source>. */
  target: string;
  uid?: string;
  gid?: string;
  mode?: number;
  path: Path;
}

export type Healthcheck =
  | { disabled: true; path: Path }
  | {
      disabled: false;
      /** The command as an argv: CMD-SHELL "x" becomes ["/bin/sh", "-c", "x"]. Absent when only timings are set. */
      test?: string[];
      intervalSeconds?: number;
      timeoutSeconds?: number;
      retries?: number;
      startPeriodSeconds?: number;
      startIntervalSeconds?: number;
      path: Path;
    };

export type RestartPolicy = "no" | "always" | "on-failure" | "unless-stopped";

export interface Resources {
  /** CPUs as a decimal number: "0.5" → 0.5. */
  cpus?: number;
  memoryBytes?: number;
  pids?: number;
}

export interface DependsOn {
  service: string;
  condition: "service_started" | "service_healthy" | "service_completed_successfully";
  required: boolean;
  restart: boolean;
  path: Path;
}

/** `links: ["db", "db:database"]` → { service: "db", alias: "database" }; alias is the service name when not given. */
export interface Link {
  service: string;
  alias: string;
  path: Path;
}

/** `volumes_from: ["svc", "svc:ro", "container:name:rw"]`: whose volumes are shared, and whether read-only. */
export interface VolumesFrom {
  kind: "service" | "container";
  name: string;
  readOnly: boolean;
  path: Path;
}

/**
 * `network_mode`: "host", "none", "bridge", "service:x" (share x's network stack), "container:x", or any
 * other network name, which Docker takes as the network to join.
 */
export type NetworkMode =
  | { kind: "host" | "none" | "bridge"; path: Path }
  | { kind: "service" | "container" | "network"; name: string; path: Path };

export interface ServiceNetwork {
  name: string;
  aliases: string[];
  ipv4Address?: string;
  ipv6Address?: string;
  path: Path;
}

export interface Service {
  name: string;
  path: Path;
  /** Keys of the service as written (after merge), in order: converters warn on those they do not map. */
  keys: string[];
  /**
   * Keys written under `deploy`, as dotted paths, with `resources` spelled out to its leaves:
   * ["replicas", "placement", "resources.limits.cpus", "resources.reservations.devices"].
   */
  deployKeys: string[];
  image?: string;
  build?: { context: string; dockerfile?: string; target?: string; args: Record<string, string>; path: Path };
  ports: PortMapping[];
  expose: ExposedPort[];
  /** Final environment: env_file values overridden by `environment`, as in Compose. */
  environment: Record<string, string>;
  /** Where each environment variable was set, for source comments. */
  environmentPaths: Record<string, Path>;
  volumes: VolumeMount[];
  configs: FileReference[];
  secrets: FileReference[];
  entrypoint?: string[];
  command?: string[];
  healthcheck?: Healthcheck;
  restart?: { policy: RestartPolicy; maxRetries?: number; path: Path };
  replicas?: number;
  limits: Resources;
  reservations: Resources;
  /** "1000:1000" → { user: "1000", group: "1000" }; numeric ids are also given as numbers. */
  user?: { user: string; group?: string; uid?: number; gid?: number; path: Path };
  workingDir?: string;
  labels: Record<string, string>;
  capAdd: string[];
  capDrop: string[];
  privileged: boolean;
  readOnly: boolean;
  stdinOpen: boolean;
  tty: boolean;
  stopGracePeriodSeconds?: number;
  hostname?: string;
  extraHosts: { hostname: string; ip: string; path: Path }[];
  dependsOn: DependsOn[];
  links: Link[];
  volumesFrom: VolumesFrom[];
  networkMode?: NetworkMode;
  networks: ServiceNetwork[];
  profiles: string[];
  /* Pod and container details (issue 4, POD & CONTAINER); optional, so absent means "not written". */
  /** `dns: 8.8.8.8` or a list → nameservers; `dns_search` → search domains; `dns_opt: ["ndots:2"]` as written. */
  dns?: string[];
  dnsSearch?: string[];
  dnsOptions?: string[];
  sysctls?: Sysctl[];
  /** `pid` and `ipc` as written: "host", "service:db", "shareable", "private"… */
  pid?: string;
  ipc?: string;
  /** `group_add` as written: numbers or group names. */
  groupAdd?: string[];
  /** `security_opt` as written: "seccomp:unconfined", "no-new-privileges:true", "label=type:spc_t"… */
  securityOpt?: string[];
  shmSizeBytes?: number;
  /** `gpus`, and `deploy.resources.reservations.devices`. */
  gpus?: DeviceRequest[];
  deviceReservations?: DeviceRequest[];
  containerName?: string;
  domainname?: string;
  /** `pull_policy` as written: always, never, missing, if_not_present, build, refresh, daily, weekly, every_12h. */
  pullPolicy?: string;
  platform?: Platform;
  preStart?: ServiceHook[];
  postStart?: ServiceHook[];
  preStop?: ServiceHook[];
  placement?: Placement;
  /* Workloads and traffic (issue 4, WORKLOADS & TRAFFIC); optional, so absent means "not written". */
  /** `deploy.mode`: replicated (the default), global, replicated-job or global-job. */
  deployMode?: { mode: DeployMode; path: Path };
  /** `deploy.endpoint_mode`: vip (the default) or dnsrr. */
  endpointMode?: { mode: "vip" | "dnsrr"; path: Path };
  /** `deploy.labels`: labels of the workload object itself (not of its pods). */
  deployLabels?: { labels: Record<string, string>; path: Path };
  updateConfig?: UpdateConfig;
}

export type DeployMode = "replicated" | "global" | "replicated-job" | "global-job";

/** `deploy.update_config: { parallelism: 2, order: start-first, delay: 10s }`; durations in seconds. */
export interface UpdateConfig {
  parallelism?: number;
  order?: "start-first" | "stop-first";
  delaySeconds?: number;
  failureAction?: string;
  monitorSeconds?: number;
  maxFailureRatio?: number;
  path: Path;
}

/** `sysctls: ["net.core.somaxconn=1024"]` or `{ net.core.somaxconn: 1024 }` → { name, value: "1024" }. */
export interface Sysctl {
  name: string;
  value: string;
  path: Path;
}

/** One GPU or device request: `gpus: all` → { count: "all", capabilities: ["gpu"] }. */
export interface DeviceRequest {
  capabilities: string[];
  driver?: string;
  count?: number | "all";
  deviceIds: string[];
  path: Path;
}

/** `platform: linux/arm64/v8` → { os: "linux", arch: "arm64", variant: "v8" }. */
export interface Platform {
  os: string;
  arch?: string;
  variant?: string;
  path: Path;
}

/** A `pre_start`, `post_start` or `pre_stop` hook; image and perReplica exist for pre_start only. */
export interface ServiceHook {
  command?: string[];
  image?: string;
  user?: Service["user"];
  privileged: boolean;
  workingDir?: string;
  environment: Record<string, string>;
  perReplica?: boolean;
  path: Path;
}

/**
 * `deploy.placement.constraints: ["node.labels.zone == eu-1"]` → { attribute: "node.labels.zone",
 * operator: "==", value: "eu-1" }; a constraint that does not parse is reported by normalize and left out.
 */
export interface PlacementConstraint {
  attribute: string;
  operator: "==" | "!=";
  value: string;
  path: Path;
}

export interface Placement {
  constraints: PlacementConstraint[];
  /** `preferences: [{ spread: node.labels.zone }]` → "node.labels.zone". */
  spreads: { attribute: string; path: Path }[];
  maxReplicasPerNode?: { value: number; path: Path };
  path: Path;
}

export interface VolumeDefinition {
  name: string;
  external: boolean;
  driver?: string;
  driverOpts: Record<string, string>;
  labels: Record<string, string>;
  path: Path;
}

export interface NetworkDefinition {
  name: string;
  external: boolean;
  internal: boolean;
  driver?: string;
  path: Path;
}

/** A top-level `configs:` or `secrets:` entry: the content comes from a file, an env var, or inline. */
export interface FileObjectDefinition {
  name: string;
  external: boolean;
  /** Absolute path of `file:`; its content is read by normalize into `content`. */
  file?: string;
  /** `environment:` — the variable name; its value is copied into `content`. */
  environment?: string;
  /** The bytes as text; undefined for external objects or unreadable files (normalize reports those). */
  content?: string;
  /** "base64" when `file:` is not UTF-8 text (a keystore, a DER key): content holds its bytes in base64. */
  encoding?: "base64";
  path: Path;
}
