import { eachKey, web, type Row } from "../rows.js";

type Fields = Record<string, unknown>;

/**
 * The objects inside a service (build, healthcheck, long ports and volumes, hooks, …): for each, where
 * a row's keys go, the keys of a valid row, and one wrong value per key.
 */
const NESTED: { where: string; place: (f: Fields) => unknown; valid: Fields; invalid: Fields }[] = [
  {
    where: "build",
    place: (f) => web({ build: { context: ".", ...f } }),
    valid: {
      context: "./app", dockerfile: "Dockerfile.prod", dockerfile_inline: "FROM alpine", entitlements: ["network.host"], args: { VERSION: "1" },
      ssh: ["default"], labels: ["a=b"], cache_from: ["app:cache"], cache_to: ["type=inline"], no_cache: true, no_cache_filter: "build",
      additional_contexts: { base: "../base" }, network: "host", provenance: "mode=max", sbom: true, pull: "true", target: "prod",
      shm_size: "2g", extra_hosts: { "db.local": "10.0.0.5" }, isolation: "default", privileged: false, secrets: ["s"], tags: ["app:1"],
      ulimits: { nofile: { soft: 1, hard: 2 } }, platforms: ["linux/amd64", "linux/arm64"],
    },
    invalid: {
      context: 1, dockerfile: 1, dockerfile_inline: 1, entitlements: "network.host", args: "VERSION=1", ssh: "default", labels: "a=b",
      cache_from: "app:cache", cache_to: "type=inline", no_cache: 1, no_cache_filter: 1, additional_contexts: "base=../base", network: 1,
      provenance: 1, sbom: 1, pull: 1, target: 1, shm_size: 1.5, extra_hosts: "db.local=10.0.0.5", isolation: 1, privileged: 1, secrets: "s",
      tags: "app:1", ulimits: 1, platforms: "linux/amd64",
    },
  },
  {
    where: "healthcheck",
    place: (f) => web({ healthcheck: f }),
    valid: { disable: false, interval: "30s", retries: 3, test: "curl -f http://localhost", timeout: "5s", start_period: "10s", start_interval: "1s" },
    invalid: { disable: 1, interval: 30, retries: true, test: 1, timeout: 5, start_period: 10, start_interval: 1 },
  },
  {
    where: "ports[long]",
    place: (f) => web({ ports: [{ target: 80, ...f }] }),
    valid: { name: "http", mode: "ingress", host_ip: "127.0.0.1", target: 8080, published: "8080", protocol: "tcp", app_protocol: "http" },
    invalid: { name: 1, mode: 1, host_ip: 1, target: 1.5, published: 1.5, protocol: 1, app_protocol: 1 },
  },
  {
    where: "volumes[long]",
    place: (f) => web({ volumes: [{ type: "volume", source: "data", target: "/data", ...f }] }),
    valid: { type: "volume", source: "data", target: "/srv", read_only: true, consistency: "cached", volume: { nocopy: true } },
    invalid: { type: "disk", source: 1, target: 1, read_only: 1, consistency: 1, bind: "x", volume: "x", tmpfs: "x", image: "x" },
  },
  // bind, tmpfs and image options are valid only with their own type, so their valid rows sit in their own blocks.
  { where: "volumes[long].bind", place: (f) => web({ volumes: [{ type: "bind", source: "./src", target: "/src", bind: f }] }), valid: { propagation: "rprivate", create_host_path: true, recursive: "readonly", selinux: "z" }, invalid: { propagation: 1, create_host_path: 1, recursive: "sometimes", selinux: "x" } },
  { where: "volumes[long].volume", place: (f) => web({ volumes: [{ type: "volume", source: "data", target: "/data", volume: f }] }), valid: { labels: { a: "b" }, nocopy: "true", subpath: "sub" }, invalid: { labels: "a", nocopy: 1, subpath: 1 } },
  { where: "volumes[long].tmpfs", place: (f) => web({ volumes: [{ type: "tmpfs", target: "/tmp", tmpfs: f }] }), valid: { size: "64m", mode: 1777 }, invalid: { size: -1, mode: true } },
  { where: "volumes[long].image", place: (f) => web({ volumes: [{ type: "image", source: "alpine", target: "/img", image: f }] }), valid: { subpath: "etc" }, invalid: { subpath: 1 } },
  { where: "volumes[long] bind", place: (f) => web({ volumes: [{ type: "bind", source: "./src", target: "/src", ...f }] }), valid: { bind: { propagation: "shared" } }, invalid: {} },
  { where: "volumes[long] tmpfs", place: (f) => web({ volumes: [{ type: "tmpfs", target: "/tmp", ...f }] }), valid: { tmpfs: { size: 1024 } }, invalid: {} },
  { where: "volumes[long] image", place: (f) => web({ volumes: [{ type: "image", source: "alpine", target: "/img", ...f }] }), valid: { image: { subpath: "etc" } }, invalid: {} },
  {
    where: "configs[long]",
    place: (f) => web({ configs: [{ source: "c", ...f }] }),
    valid: { source: "c", target: "/etc/c.conf", uid: "1000", gid: "1000", mode: 0o440 },
    invalid: { source: 1, target: 1, uid: 1000, gid: 1000, mode: true },
  },
  { where: "secrets[long]", place: (f) => web({ secrets: [{ source: "s", ...f }] }), valid: { mode: "0400" }, invalid: { mode: [] } },
  {
    where: "depends_on[long]",
    place: (f) => web({ depends_on: { db: { condition: "service_started", ...f } } }),
    valid: { restart: true, required: false, condition: "service_healthy" },
    invalid: { restart: 1, required: "false", condition: "service_ready" },
  },
  {
    where: "networks[map]",
    place: (f) => web({ networks: { back: f } }),
    valid: {
      aliases: ["www"], interface_name: "eth1", ipv4_address: "172.16.0.10", ipv6_address: "2001:db8::10", link_local_ips: ["169.254.0.10"],
      mac_address: "02:42:ac:11:00:02", driver_opts: { mtu: 1500 }, priority: 100, gw_priority: 1,
    },
    invalid: {
      aliases: "www", interface_name: 1, ipv4_address: 1, ipv6_address: 1, link_local_ips: "169.254.0.10", mac_address: 1,
      driver_opts: "mtu=1500", priority: "100", gw_priority: "1",
    },
  },
  { where: "models[map]", place: (f) => web({ models: { llm: f } }), valid: { endpoint_var: "AI_URL", model_var: "AI_MODEL" }, invalid: { endpoint_var: 1, model_var: 1 } },
  { where: "logging", place: (f) => web({ logging: f }), valid: { driver: "syslog", options: { "syslog-address": "udp://1.2.3.4:1111", "max-file": 3 } }, invalid: { driver: 1, options: "max-size=10m" } },
  { where: "ulimits[long]", place: (f) => web({ ulimits: { nofile: { soft: 1024, hard: 2048, ...f } } }), valid: { soft: "1024", hard: "2048" }, invalid: { soft: true, hard: 1.5 } },
  {
    where: "blkio_config",
    place: (f) => web({ blkio_config: f }),
    valid: {
      device_read_bps: [{ path: "/dev/sda", rate: "12mb" }], device_read_iops: [{ path: "/dev/sda", rate: 120 }], device_write_bps: [{ path: "/dev/sda", rate: "1024k" }],
      device_write_iops: [{ path: "/dev/sda", rate: 30 }], weight: "300", weight_device: [{ path: "/dev/sda", weight: 400 }],
    },
    invalid: { device_read_bps: "x", device_read_iops: {}, device_write_bps: 1, device_write_iops: true, weight: 1.5, weight_device: "x" },
  },
  { where: "blkio_config.device_read_bps[]", place: (f) => web({ blkio_config: { device_read_bps: [{ path: "/dev/sda", rate: 1, ...f }] } }), valid: { path: "/dev/sdb", rate: "1mb" }, invalid: { path: 1, rate: 1.5 } },
  { where: "blkio_config.weight_device[]", place: (f) => web({ blkio_config: { weight_device: [{ path: "/dev/sda", weight: 10, ...f }] } }), valid: { path: "/dev/sdb", weight: "20" }, invalid: { path: 1, weight: 1.5 } },
  { where: "credential_spec", place: (f) => web({ credential_spec: f }), valid: { config: "my-config", file: "spec.json", registry: "spec" }, invalid: { config: 1, file: 1, registry: 1 } },
  { where: "devices[long]", place: (f) => web({ devices: [{ source: "/dev/sda", ...f }] }), valid: { source: "/dev/sdb", target: "/dev/xvdb", permissions: "rwm" }, invalid: { source: 1, target: 1, permissions: 1 } },
  { where: "env_file[long]", place: (f) => web({ env_file: [{ path: ".env", ...f }] }), valid: { path: "app.env", format: "raw", required: false }, invalid: { path: 1, format: 1, required: 1 } },
  { where: "extends[long]", place: (f) => web({ extends: { service: "db", ...f } }), valid: { service: "db", file: "common.yaml" }, invalid: { service: 1, file: 1 } },
  { where: "provider", place: (f) => web({ provider: { type: "model", ...f } }), valid: { type: "model", options: { model: "ai/smollm2", flags: ["-v", 2, true] } }, invalid: { type: 1, options: "model=x" } },
  {
    where: "gpus[]",
    place: (f) => web({ gpus: [{ driver: "nvidia", ...f }] }),
    valid: { capabilities: ["gpu"], count: "all", device_ids: ["0", "1"], driver: "nvidia", options: { virtualization: false } },
    invalid: { capabilities: "gpu", count: 1.5, device_ids: "0", driver: 1, options: "x" },
  },
  {
    where: "develop",
    place: (f) => web({ develop: f }),
    valid: { watch: [{ path: ".", action: "rebuild" }] },
    invalid: { watch: { path: ".", action: "rebuild" } },
  },
  {
    where: "develop.watch[]",
    place: (f) => web({ develop: { watch: [{ path: "./src", action: "sync", target: "/app", ...f }] } }),
    valid: { ignore: ["node_modules"], include: "*.js", path: "./lib", action: "sync+exec", target: "/lib", exec: { command: ["kill", "-HUP", "1"] }, initial_sync: true },
    invalid: { ignore: 1, include: 1, path: 1, action: "reload", target: 1, exec: "kill", initial_sync: "true" },
  },
  {
    where: "post_start[]",
    place: (f) => web({ post_start: [{ command: "echo hi", ...f }] }),
    valid: { command: ["echo", "hi"], user: "root", privileged: true, working_dir: "/", environment: { A: "1" } },
    invalid: { command: 1, user: 0, privileged: 1, working_dir: 1, environment: "A=1" },
  },
  {
    where: "pre_start[]",
    place: (f) => web({ pre_start: [{ command: "echo hi", ...f }] }),
    valid: { command: "echo hi", image: "busybox", user: "root", privileged: "true", working_dir: "/", environment: ["A=1"], per_replica: false },
    invalid: { command: 1, image: 1, user: 0, privileged: 1, working_dir: 1, environment: "A=1", per_replica: 1 },
  },
];

export const SERVICE_NESTED: Row[] = NESTED.flatMap(({ where, place, valid, invalid }) => [
  ...eachKey(where, place, true, valid),
  ...eachKey(where, place, false, invalid),
]);
