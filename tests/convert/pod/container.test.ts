import { describe, expect, it } from "vitest";
import type { Healthcheck, Service } from "../../../src/model/project.js";
import { codes, containerOf, find, get, project, run, service } from "../builder.js";

const container = (overrides: Partial<Service>) => {
  const { manifests, diagnostics } = run(project([service("app", overrides)]));
  return { container: containerOf(manifests, "Deployment", "app"), pod: get(find(manifests, "Deployment", "app").object, "spec", "template", "spec") as Record<string, unknown>, manifest: find(manifests, "Deployment", "app"), codes: codes(diagnostics) };
};
const check = (extra: Partial<Extract<Healthcheck, { disabled: false }>>): Healthcheck => ({ disabled: false, path: ["services", "app", "healthcheck"], ...extra });

describe("healthcheck → readinessProbe", () => {
  it.each<[string, Healthcheck, unknown]>([
    ["defaults", check({ test: ["pg_isready"] }), { exec: { command: ["pg_isready"] }, periodSeconds: 30, timeoutSeconds: 30, failureThreshold: 3 }],
    ["timings rounded up", check({ test: ["/bin/sh", "-c", "curl -f localhost"], intervalSeconds: 1.5, timeoutSeconds: 0.2, retries: 5 }),
      { exec: { command: ["/bin/sh", "-c", "curl -f localhost"] }, periodSeconds: 2, timeoutSeconds: 1, failureThreshold: 5 }],
    ["disabled", { disabled: true, path: [] }, undefined],
  ])("%s", (_, healthcheck, probe) => {
    const result = container({ healthcheck });
    expect(result.container.readinessProbe).toEqual(probe);
    expect(result.container.livenessProbe).toBeUndefined();
    expect(result.container.startupProbe).toBeUndefined();
  });

  it("warns when only timings are set", () => {
    const result = container({ healthcheck: check({ intervalSeconds: 5 }) });
    expect(result.codes).toEqual(["healthcheck-without-test"]);
    expect(result.container.readinessProbe).toBeUndefined();
  });
});

describe("resources", () => {
  it.each<[string, Partial<Service>, unknown]>([
    ["limits", { limits: { cpus: 0.5, memoryBytes: 512 * 1024 ** 2 } }, { limits: { cpu: "500m", memory: "512Mi" } }],
    ["reservations", { reservations: { cpus: 2, memoryBytes: 2 * 1024 ** 3 } }, { requests: { cpu: "2", memory: "2Gi" } }],
    ["inexact bytes", { limits: { memoryBytes: 1_000_000 } }, { limits: { memory: "1000000" } }],
    ["tiny cpu", { limits: { cpus: 0.0001 } }, { limits: { cpu: "1m" } }],
    ["none", {}, undefined],
  ])("%s", (_, overrides, resources) => expect(container(overrides).container.resources).toEqual(resources));

  it("lowers a request above its limit", () => {
    const result = container({ limits: { cpus: 0.5 }, reservations: { cpus: 1 } });
    expect(result.codes).toEqual(["request-above-limit"]);
    expect(result.container.resources).toEqual({ limits: { cpu: "500m" }, requests: { cpu: "500m" } });
  });

});

describe("command, image and container fields", () => {
  it.each<[string, Partial<Service>, Record<string, unknown>]>([
    ["entrypoint and command", { entrypoint: ["/docker-entrypoint.sh"], command: ["nginx", "-g", "daemon off;"] }, { command: ["/docker-entrypoint.sh"], args: ["nginx", "-g", "daemon off;"] }],
    ["command only", { command: ["echo", "$(HOME)"] }, { command: undefined, args: ["echo", "$$(HOME)"] }],
    ["working_dir, stdin_open and tty", { workingDir: "/app", stdinOpen: true, tty: true }, { workingDir: "/app", stdin: true, tty: true }],
  ])("%s", (_, overrides, fields) => {
    const result = container(overrides);
    for (const [field, value] of Object.entries(fields)) expect(result.container[field]).toEqual(value);
  });

  it("notes that the image ENTRYPOINT still runs with command alone", () => {
    expect(container({ command: ["serve"] }).manifest.fieldNotes.map((note) => note.field.at(-1))).toEqual(["args"]);
  });

  it.each<[string, Partial<Service>, string[], string]>([
    ["build without image", { image: undefined, build: { context: "/src/shop", args: {}, path: ["services", "app", "build"] } }, ["build-without-image"], "shop-app"],
    ["build and image", { image: "registry.example.com/app:1", build: { context: "/src/shop", args: {}, path: ["services", "app", "build"] } }, ["build-ignored"], "registry.example.com/app:1"],
    ["image only", {}, [], "nginx:1.27"],
  ])("%s", (_, overrides, expected, image) => {
    const result = container(overrides);
    expect(result.codes).toEqual(expected);
    expect(result.container.image).toBe(image);
  });
});

describe("security context", () => {
  it.each<[string, Partial<Service>, unknown, string[]]>([
    ["numeric user and group", { user: { user: "1000", group: "2000", uid: 1000, gid: 2000, path: [] } }, { runAsUser: 1000, runAsGroup: 2000 }, []],
    ["user name", { user: { user: "postgres", path: [] } }, undefined, ["user-name"]],
    ["numeric user, group name", { user: { user: "1000", group: "staff", uid: 1000, path: [] } }, { runAsUser: 1000 }, ["user-name"]],
    ["capabilities", { capAdd: ["CAP_NET_ADMIN", "sys_time"], capDrop: ["ALL"] }, { capabilities: { add: ["NET_ADMIN", "SYS_TIME"], drop: ["ALL"] } }, []],
    ["privileged and read_only", { privileged: true, readOnly: true }, { privileged: true, readOnlyRootFilesystem: true }, []],
  ])("%s", (_, overrides, securityContext, expected) => {
    const result = container(overrides);
    expect(result.container.securityContext).toEqual(securityContext);
    expect(result.codes).toEqual(expected);
  });
});

describe("pod fields", () => {
  it("groups extra_hosts by IP and drops host-gateway", () => {
    const hosts = [["db", "10.0.0.5"], ["cache", "10.0.0.5"], ["api", "::1"], ["docker", "host-gateway"]].map(([hostname = "", ip = ""]) => ({ hostname, ip, path: [] }));
    const result = container({ extraHosts: hosts });
    expect(result.pod.hostAliases).toEqual([{ ip: "10.0.0.5", hostnames: ["db", "cache"] }, { ip: "::1", hostnames: ["api"] }]);
    expect(result.codes).toEqual(["host-gateway"]);
  });

  it("refuses an extra host that is no IP address and drops a name hostAliases cannot hold", () => {
    const hosts = [["my_host", "10.0.0.5"], ["h2", "999.0.0.1"], ["h3", "not-an-ip"], ["ok", "10.0.0.6"]].map(([hostname = "", ip = ""]) => ({ hostname, ip, path: [] }));
    const result = container({ extraHosts: hosts });
    expect(result.pod.hostAliases).toEqual([{ ip: "10.0.0.6", hostnames: ["ok"] }]);
    expect(result.codes).toEqual(["extra-host-name", "extra-host-ip", "extra-host-ip"]);
  });

  it.each([["db-primary", "db-primary", []], ["db_primary", undefined, ["hostname-invalid"]]])("hostname %s", (hostname, expected, expectedCodes) => {
    const result = container({ hostname });
    expect(result.pod.hostname).toBe(expected);
    expect(result.codes).toEqual(expectedCodes);
  });

  it.each([[10, 10], [0.5, 1], [0, 0]])("stop_grace_period %s → %s", (seconds, expected) => {
    expect(container({ stopGracePeriodSeconds: seconds }).pod.terminationGracePeriodSeconds).toBe(expected);
  });
});

describe("depends_on and networks", () => {
  it.each<[string, Partial<Service>, string[]]>([
    ["started", { dependsOn: [{ service: "db", condition: "service_started", required: true, restart: false, path: [] }] }, []],
    ["healthy", { dependsOn: [{ service: "db", condition: "service_healthy", required: true, restart: false, path: [] }] }, []],
    ["default network", { networks: [{ name: "default", aliases: [], path: [] }] }, []],
    // An alias becomes a Service of its own (networking/aliases.ts); only a fixed address cannot be kept.
    ["named networks with an alias", { networks: [{ name: "front", aliases: [], path: [] }, { name: "back", aliases: ["database"], path: [] }] }, ["networks-flat"]],
    ["a fixed address", { networks: [{ name: "back", aliases: [], ipv4Address: "172.16.238.10", path: [] }] }, ["networks-flat", "network-addressing"]],
  ])("%s", (_, overrides, expected) => {
    const result = container(overrides);
    expect(result.codes).toEqual(expected);
  });
});
