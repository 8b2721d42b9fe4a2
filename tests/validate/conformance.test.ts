import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { hasErrors } from "../../src/diagnostics/types.js";
import { validate } from "../../src/validate/index.js";
import { broadDocument } from "./documents.js";

/**
 * kubepose and the official Compose JSON schema must agree on which documents are valid, except
 * where kubepose is stricter on purpose (then the official schema accepts and kubepose rejects).
 * The schema sits beside the project (../shared/compose-spec/), never copied into it.
 */
const specFile = fileURLToPath(new URL("../../../shared/compose-spec/compose-spec.json", import.meta.url));

type Case = { name: string; document: unknown; valid: boolean; stricterOnPurpose?: string };
const valid = (name: string, document: unknown): Case => ({ name, document, valid: true });
const invalid = (name: string, document: unknown): Case => ({ name, document, valid: false });
const stricter = (name: string, document: unknown, why: string): Case => ({ name, document, valid: false, stricterOnPurpose: why });
const web = (fields: Record<string, unknown>) => ({ services: { web: { image: "nginx", ...fields } } });

const CASES: Case[] = [
  valid("broad document", broadDocument),
  valid("empty file body", {}),
  valid("x- keys at every level", { "x-a": 1, services: { web: { image: "a", "x-b": 2, deploy: { "x-c": 3, resources: { "x-d": 4 } }, healthcheck: { "x-e": 5 }, ports: [{ target: 80, "x-f": 6 }], volumes: [{ type: "bind", source: ".", target: "/x", "x-g": 7, bind: { "x-h": 8 } }] } } }),
  valid("nulls where allowed", web({ command: null, entrypoint: null, pid: null, deploy: null, develop: null, environment: { A: null }, logging: { options: { a: null } }, networks: { default: null } })),
  valid("top-level null network and volume", { services: { web: { image: "a", networks: ["n"], volumes: ["v:/v"] } }, networks: { n: null }, volumes: { v: null } }),
  valid("numbers and strings for counts", web({ cpus: "0.5", mem_limit: 1024, scale: "2", shm_size: "64m", deploy: { replicas: "3", resources: { limits: { cpus: 1 } } } })),
  valid("booleans as strings where allowed", web({ init: "true", privileged: "false", tty: "yes", read_only: "${RO}" })),
  valid("ulimit forms", web({ ulimits: { nofile: { soft: 1, hard: 2 }, nproc: "100" } })),
  valid("extra_hosts forms", web({ extra_hosts: { a: "1.2.3.4", b: ["::1", "1.1.1.1"] } })),
  valid("extends both forms", { services: { a: { image: "x", extends: "b" }, b: { image: "y", extends: { service: "c", file: "c.yaml" } } } }),
  valid("develop watch", web({ develop: { watch: [{ path: ".", action: "sync+restart", target: "/app", initial_sync: true }] } })),
  valid("long env_file and label_file", web({ env_file: [{ path: "a.env", required: "false", format: "raw" }], label_file: ["l.env"] })),
  valid("devices both forms", web({ devices: ["/dev/a:/dev/a", { source: "/dev/b", target: "/dev/b", permissions: "rwm" }] })),
  valid("hooks", web({ post_start: [{ command: "echo" }], pre_stop: [{ command: ["x"], privileged: true }], pre_start: [{ image: "busybox", command: "x" }] })),
  valid("gpus list", web({ gpus: [{ driver: "nvidia", count: "all", capabilities: ["gpu"] }] })),
  valid("dotted service name", { services: { "api.v2_x-1": { image: "a" } } }),
  valid("include strings and objects", { include: ["a.yaml", { path: "b.yaml" }] }),
  valid("top-level secrets and configs", { secrets: { s: { environment: "S" }, t: { external: true } }, configs: { c: { content: "x", template_driver: "golang" } } }),
  valid("deploy everything", web({ deploy: { endpoint_mode: "vip", labels: { a: "b" }, rollback_config: { order: "stop-first", max_failure_ratio: 0.1 }, placement: { max_replicas_per_node: 1 }, resources: { reservations: { generic_resources: [{ discrete_resource_spec: { kind: "gpu", value: 2 } }] } } } })),
  invalid("unknown top-level key", { service: {} }),
  invalid("unknown service key", web({ imagee: "a" })),
  invalid("unknown build key", web({ build: { context: ".", dockerfil: "x" } })),
  invalid("unknown deploy key", web({ deploy: { replica: 2 } })),
  invalid("unknown resources key", web({ deploy: { resources: { limit: {} } } })),
  invalid("unknown healthcheck key", web({ healthcheck: { cmd: "x" } })),
  invalid("unknown long port key", web({ ports: [{ target: 80, host: "x" }] })),
  invalid("unknown long volume key", web({ volumes: [{ type: "volume", source: "v", target: "/v", ro: true }] })),
  invalid("unknown top-level volume key", { volumes: { v: { drivr: "x" } } }),
  invalid("unknown top-level network key", { networks: { n: { ipv6: true } } }),
  invalid("unknown secret key", { secrets: { s: { path: "./x" } } }),
  invalid("unknown logging key", web({ logging: { type: "json" } })),
  invalid("services not a mapping", { services: ["web"] }),
  invalid("service not a mapping", { services: { web: "nginx" } }),
  invalid("image a number", web({ image: 5 })),
  invalid("ports a string", web({ ports: "80:80" })),
  invalid("port item a boolean", web({ ports: [true] })),
  invalid("environment a string", web({ environment: "A=1" })),
  invalid("environment value a list", web({ environment: { A: [1] } })),
  invalid("command a number", web({ command: 1 })),
  invalid("healthcheck retries a boolean", web({ healthcheck: { retries: true } })),
  invalid("replicas a float", web({ deploy: { replicas: 1.5 } })),
  invalid("memory limit a number", web({ deploy: { resources: { limits: { memory: 512 } } } })),
  invalid("use_api_socket a string", web({ use_api_socket: "true" })),
  invalid("stop_grace_period a number", web({ stop_grace_period: 10 })),
  invalid("model context_size a string", { models: { m: { model: "x", context_size: "big" } } }),
  invalid("depends_on condition not allowed", web({ depends_on: { db: { condition: "service_ready" } } })),
  invalid("volume type not allowed", web({ volumes: [{ type: "disk", target: "/x" }] })),
  invalid("cgroup not allowed", web({ cgroup: "shared" })),
  invalid("update order not allowed", web({ deploy: { update_config: { order: "random" } } })),
  invalid("watch action not allowed", web({ develop: { watch: [{ path: ".", action: "reload" }] } })),
  invalid("bind selinux not allowed", web({ volumes: [{ type: "bind", source: ".", target: "/x", bind: { selinux: "y" } }] })),
  invalid("gpus word not allowed", web({ gpus: "some" })),
  invalid("depends_on without condition", web({ depends_on: { db: { restart: true } } })),
  invalid("long volume without type", web({ volumes: [{ source: "v", target: "/v" }] })),
  invalid("model without model", { models: { m: { context_size: 1 } } }),
  invalid("device without source", web({ devices: [{ target: "/dev/a" }] })),
  invalid("hook without command", web({ post_start: [{ user: "root" }] })),
  invalid("ulimit without hard", web({ ulimits: { nofile: { soft: 1 } } })),
  invalid("device request without capabilities", web({ deploy: { resources: { reservations: { devices: [{ count: 1 }] } } } })),
  invalid("provider without type", { services: { ai: { provider: { options: {} } } } }),
  invalid("extends without service", web({ extends: { file: "x.yaml" } })),
  invalid("env_file entry without path", web({ env_file: [{ required: true }] })),
  invalid("cpu_percent above 100", web({ cpu_percent: 101 })),
  invalid("oom_score_adj below -1000", web({ oom_score_adj: -1001 })),
  invalid("tmpfs size negative", web({ volumes: [{ type: "tmpfs", target: "/t", tmpfs: { size: -1 } }] })),
  invalid("service name with a space", { services: { "my web": { image: "a" } } }),
  invalid("top-level volume name with a slash", { volumes: { "a/b": {} } }),
  valid("ulimit name in capitals (the spec leaves other names open)", web({ ulimits: { NOFILE: 1 } })),
  invalid("pull_policy word matching nothing", web({ pull_policy: "sometimes" })),
  invalid("duplicate ports", web({ ports: ["80:80", "80:80"] })),
  invalid("duplicate list environment", web({ environment: ["A=1", "A=1"] })),
  invalid("duplicate cap_add", web({ cap_add: ["NET_ADMIN", "NET_ADMIN"] })),
  invalid("document is a list", [1]),
  stricter("missing image and build", { services: { web: { command: "x" } } }, "docker compose rejects a service with nothing to run"),
  stricter("restart word", web({ restart: "sometimes" }), "the spec types restart as any string; docker accepts only no/always/on-failure[:n]/unless-stopped"),
  stricter("pull_policy containing a policy", web({ pull_policy: "not-always" }), "the spec's pull_policy pattern is not anchored"),
  stricter("deploy mode word", web({ deploy: { mode: "everywhere" } }), "the spec types deploy.mode as any string"),
  stricter("endpoint_mode word", web({ deploy: { endpoint_mode: "nat" } }), "the spec types endpoint_mode as any string"),
  stricter("restart_policy condition word", web({ deploy: { restart_policy: { condition: "always" } } }), "Swarm knows only none, on-failure and any"),
  stricter("undeclared volume", web({ volumes: ["data:/data"] }), "cross-references are not expressible in JSON schema"),
  stricter("undeclared network", web({ networks: ["back"] }), "cross-references are not expressible in JSON schema"),
  stricter("undeclared secret", web({ secrets: ["s"] }), "cross-references are not expressible in JSON schema"),
  stricter("undeclared config", web({ configs: [{ source: "c" }] }), "cross-references are not expressible in JSON schema"),
  stricter("undefined dependency", web({ depends_on: ["db"] }), "cross-references are not expressible in JSON schema"),
];

describe("conformance with the official Compose JSON schema", () => {
  it("finds the official schema beside the project", () => {
    expect(existsSync(specFile), `compose-spec.json not found at ${specFile}; this test needs ../shared/compose-spec/`).toBe(true);
  });

  const official = () => {
    const ajv = new Ajv2020({ strict: false, allErrors: false });
    return ajv.compile(JSON.parse(readFileSync(specFile, "utf8")) as object);
  };
  let check: ReturnType<typeof official> | undefined;
  const officialVerdict = (document: unknown) => {
    check ??= official();
    return check(document);
  };

  it.each(CASES.filter((c) => !c.stricterOnPurpose).map((c) => [c.name, c] as const))("agrees on: %s", (_name, c) => {
    expect(officialVerdict(c.document), "official schema verdict").toBe(c.valid);
    const { diagnostics } = validate(c.document);
    expect(!hasErrors(diagnostics), JSON.stringify(diagnostics.map((d) => [d.code, d.path]))).toBe(c.valid);
  });

  it.each(CASES.filter((c) => c.stricterOnPurpose).map((c) => [c.name, c] as const))("is stricter on purpose: %s", (_name, c) => {
    expect(officialVerdict(c.document), "the official schema accepts it").toBe(true);
    expect(hasErrors(validate(c.document).diagnostics)).toBe(true);
  });
});
