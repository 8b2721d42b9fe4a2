import { stricter, valid, web, type Row } from "../rows.js";

/**
 * Values the spec types as strings too, because they may hold "${VAR}": here as the strings they are
 * after interpolation. Meaningful ones must pass; ones that cannot mean anything are rejected by
 * kubepose (its normalize stage parses them) while the spec, which sees only "a string", accepts.
 */
const NOT_A_NUMBER = "the spec allows a string so that ${VAR} can stand there; after interpolation it must read as a number";
const NOT_A_SIZE = "a byte size must read as a number with an optional unit (b, k, m, g)";
const NOT_A_DURATION = "a duration must read as a Go duration such as 1m30s";

export const INTERPOLATED: Row[] = [
  valid("ports as strings", web({ ports: ["8080:80", "127.0.0.1:8443:443/tcp", "9000-9001:9000-9001", "53:53/udp", "3000"] })),
  valid("long port numbers as strings", web({ ports: [{ target: "80", published: "8080" }] })),
  stricter("short port not a number", web({ ports: ["http"] }), NOT_A_NUMBER),
  stricter("long port target not a number", web({ ports: [{ target: "http" }] }), NOT_A_NUMBER),
  stricter("long port published not a number", web({ ports: [{ target: 80, published: "web" }] }), NOT_A_NUMBER),
  valid("expose as strings", web({ expose: ["3000", "8000-8010"] })),
  stricter("expose not a number", web({ expose: ["http"] }), NOT_A_NUMBER),
  valid("cpus as a string", web({ cpus: "1.5" })),
  stricter("cpus not a number", web({ cpus: "half" }), NOT_A_NUMBER),
  valid("limits cpus as a string", web({ deploy: { resources: { limits: { cpus: "0.5" } } } })),
  stricter("limits cpus not a number", web({ deploy: { resources: { limits: { cpus: "lots" } } } }), NOT_A_NUMBER),
  valid("replicas as a string", web({ deploy: { replicas: "3" } })),
  stricter("replicas not a number", web({ deploy: { replicas: "three" } }), NOT_A_NUMBER),
  valid("scale as a string", web({ scale: "2" })),
  stricter("scale not a number", web({ scale: "two" }), NOT_A_NUMBER),
  valid("healthcheck retries as a string", web({ healthcheck: { test: "true", retries: "3" } })),
  stricter("healthcheck retries not a number", web({ healthcheck: { test: "true", retries: "often" } }), NOT_A_NUMBER),
  valid("mem_limit as a size", web({ mem_limit: "512m" })),
  stricter("mem_limit not a size", web({ mem_limit: "lots" }), NOT_A_SIZE),
  valid("limits memory as a size", web({ deploy: { resources: { limits: { memory: "1g" } } } })),
  stricter("limits memory not a size", web({ deploy: { resources: { limits: { memory: "lots" } } } }), NOT_A_SIZE),
  valid("healthcheck interval as a duration", web({ healthcheck: { test: "true", interval: "1m30s" } })),
  stricter("healthcheck interval not a duration", web({ healthcheck: { test: "true", interval: "soon" } }), NOT_A_DURATION),
  valid("stop_grace_period as a duration", web({ stop_grace_period: "1m30s" })),
  stricter("stop_grace_period not a duration", web({ stop_grace_period: "forever" }), NOT_A_DURATION),
  valid("booleans as strings", web({ init: "true", privileged: "false", read_only: "true", tty: "false", stdin_open: "true" })),
  valid("ulimit as a string", web({ ulimits: { nofile: "65535", nproc: { soft: "1024", hard: "2048" } } })),
  valid("tmpfs size as a string", web({ volumes: [{ type: "tmpfs", target: "/tmp", tmpfs: { size: "64m" } }] })),
  valid("secret uid and mode as strings", web({ secrets: [{ source: "s", uid: "1000", gid: "1000", mode: "0440" }] })),
  valid("restart_policy max_attempts as a string", web({ deploy: { restart_policy: { condition: "on-failure", max_attempts: "3" } } })),
  valid("oom_score_adj and cpu_percent as strings", web({ oom_score_adj: "-500", cpu_percent: "50", cpu_count: "2" })),
];
