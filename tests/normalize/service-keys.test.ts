import { describe, expect, it } from "vitest";
import { parseRestart } from "../../src/normalize/restart.js";
import { parseResources } from "../../src/normalize/resources.js";
import { parseUser } from "../../src/normalize/user.js";
import { parseExtraHosts } from "../../src/normalize/extra-hosts.js";
import { parseDependsOn } from "../../src/normalize/depends-on.js";
import { parseServiceNetworks, parseNetworkDefinitions } from "../../src/normalize/networks.js";
import { parseCommand } from "../../src/normalize/command.js";
import { parseBuild } from "../../src/normalize/build.js";
import { parseReplicas } from "../../src/normalize/replicas.js";
import { parseVolumeDefinitions } from "../../src/normalize/volume-definitions.js";
import { stringMap } from "../../src/normalize/scalars.js";
import type { ComposeService, ListOrDict } from "../../src/validate/schema.js";
import { run } from "./collect.js";

const S = ["services", "web"];

describe("parseRestart", () => {
  it.each<[ComposeService, Record<string, unknown> | undefined]>([
    [{ restart: "no" }, { policy: "no", path: [...S, "restart"] }],
    [{ restart: "always" }, { policy: "always", path: [...S, "restart"] }],
    [{ restart: "on-failure" }, { policy: "on-failure", path: [...S, "restart"] }],
    [{ restart: "on-failure:5" }, { policy: "on-failure", maxRetries: 5, path: [...S, "restart"] }],
    [{ restart: "unless-stopped" }, { policy: "unless-stopped", path: [...S, "restart"] }],
    [{ deploy: { restart_policy: { condition: "none" } } }, { policy: "no", path: [...S, "deploy", "restart_policy"] }],
    [{ deploy: { restart_policy: { condition: "any" } } }, { policy: "always", path: [...S, "deploy", "restart_policy"] }],
    [{ deploy: { restart_policy: {} } }, { policy: "always", path: [...S, "deploy", "restart_policy"] }],
    [{ deploy: { restart_policy: { condition: "on-failure", max_attempts: 3 } } },
      { policy: "on-failure", maxRetries: 3, path: [...S, "deploy", "restart_policy"] }],
    [{ restart: "always", deploy: { restart_policy: { condition: "on-failure" } } }, { policy: "on-failure", path: [...S, "deploy", "restart_policy"] }],
    [{ deploy: { replicas: 2 } }, undefined],
    [{}, undefined],
  ])("%j", (service, restart) => {
    const result = run((out) => parseRestart(service, S, out));
    expect(result.codes).toEqual([]);
    expect(result.value).toEqual(restart);
  });

  // Unknown words ("sometimes", "always:3", condition "never") are the schema's errors: they never reach here.
  it.each<[ComposeService, string, (string | number)[]]>([
    [{ restart: "on-failure:99999999999999999999" }, "integer-syntax", ["restart"]],
    [{ deploy: { restart_policy: { max_attempts: "lots" } } }, "integer-syntax", ["deploy", "restart_policy", "max_attempts"]],
  ])("%j → %s", (service, code, subPath) => {
    const result = run((out) => parseRestart(service, S, out));
    expect(result.codes).toEqual([code]);
    expect(result.paths).toEqual([[...S, ...subPath]]);
  });
});

describe("parseResources", () => {
  it.each<[ComposeService, Record<string, unknown>, Record<string, unknown>]>([
    [{}, {}, {}],
    [{ cpus: 1.5, mem_limit: "1g", mem_reservation: "256m", pids_limit: 100 }, { cpus: 1.5, memoryBytes: 1024 ** 3, pids: 100 }, { memoryBytes: 256 * 1024 ** 2 }],
    [{ pids_limit: -1 }, {}, {}],
    [{ deploy: { resources: { limits: { cpus: "0.5", memory: "512M", pids: 64 }, reservations: { cpus: "0.25", memory: "128m" } } } },
      { cpus: 0.5, memoryBytes: 536870912, pids: 64 }, { cpus: 0.25, memoryBytes: 134217728 }],
    [{ cpus: 2, mem_limit: 1000, deploy: { resources: { limits: { cpus: "0.5" } } } }, { cpus: 0.5, memoryBytes: 1000 }, {}],
    [{ mem_reservation: "1m", deploy: { resources: { reservations: { memory: "2m" } } } }, {}, { memoryBytes: 2 * 1024 ** 2 }],
  ])("%j", (service, limits, reservations) => {
    const result = run((out) => parseResources(service, S, out));
    expect(result.codes).toEqual([]);
    expect(result.value).toEqual({ limits, reservations });
  });

  it.each<[ComposeService, string, (string | number)[]]>([
    [{ cpus: "half" }, "number-syntax", ["cpus"]],
    [{ mem_limit: "big" }, "size-syntax", ["mem_limit"]],
    [{ deploy: { resources: { limits: { memory: "1 gigabyte" } } } }, "size-syntax", ["deploy", "resources", "limits", "memory"]],
    [{ deploy: { resources: { limits: { pids: "x" } } } }, "integer-syntax", ["deploy", "resources", "limits", "pids"]],
  ])("%j → %s", (service, code, subPath) => {
    const result = run((out) => parseResources(service, S, out));
    expect(result.codes).toEqual([code]);
    expect(result.paths).toEqual([[...S, ...subPath]]);
  });
});

describe("parseUser", () => {
  const U = [...S, "user"];
  it.each<[string, Record<string, unknown>]>([
    ["1000", { user: "1000", uid: 1000 }],
    ["1000:1000", { user: "1000", group: "1000", uid: 1000, gid: 1000 }],
    ["www-data", { user: "www-data" }],
    ["app:staff", { user: "app", group: "staff" }],
    ["app:50", { user: "app", group: "50", gid: 50 }],
    ["0", { user: "0", uid: 0 }],
  ])("%j", (value, user) => {
    expect(run((out) => parseUser(value, U, out))).toMatchObject({ value: { ...user, path: U }, codes: [] });
  });
  it.each([["a:b:c"], [""], [":staff"], ["app:"], ["bad user"]])("%j → user-syntax", (value) => {
    const result = run((out) => parseUser(value, U, out));
    expect(result.value).toBeUndefined();
    expect(result.codes).toEqual(["user-syntax"]);
    expect(result.paths).toEqual([U]);
  });
});

describe("parseExtraHosts", () => {
  const E = [...S, "extra_hosts"];
  it.each<[ComposeService["extra_hosts"], [string, string, (string | number)[]][]]>([
    [["db:10.0.0.5"], [["db", "10.0.0.5", [0]]]],
    [["db=10.0.0.5"], [["db", "10.0.0.5", [0]]]],
    [["ip6:::1"], [["ip6", "::1", [0]]]],
    [["ip6=::1"], [["ip6", "::1", [0]]]],
    [["ip6:[::1]"], [["ip6", "::1", [0]]]],
    [["host.docker.internal:host-gateway"], [["host.docker.internal", "host-gateway", [0]]]],
    [{ db: "10.0.0.5", multi: ["10.0.0.6", "::2"] }, [["db", "10.0.0.5", ["db"]], ["multi", "10.0.0.6", ["multi", 0]], ["multi", "::2", ["multi", 1]]]],
  ])("%j", (value, rows) => {
    const result = run((out) => parseExtraHosts(value, E, out));
    expect(result.codes).toEqual([]);
    expect(result.value).toEqual(rows.map(([hostname, ip, sub]) => ({ hostname, ip, path: [...E, ...sub] })));
  });
  it.each<[ComposeService["extra_hosts"], (string | number)[]]>([[["nohost"], [0]], [["db:"], [0]], [["=1.2.3.4"], [0]], [{ db: "" }, ["db"]]])("%j → extra-host-syntax", (value, sub) => {
    const result = run((out) => parseExtraHosts(value, E, out));
    expect(result.codes).toEqual(["extra-host-syntax"]);
    expect(result.paths).toEqual([[...E, ...sub]]);
  });
});

describe("parseDependsOn", () => {
  const D = [...S, "depends_on"];
  it.each<[ComposeService["depends_on"], Record<string, unknown>[]]>([
    [["db", "cache"], [
      { service: "db", condition: "service_started", required: true, restart: false, path: [...D, 0] },
      { service: "cache", condition: "service_started", required: true, restart: false, path: [...D, 1] },
    ]],
    [{ db: { condition: "service_healthy", restart: true }, job: { condition: "service_completed_successfully", required: false } }, [
      { service: "db", condition: "service_healthy", required: true, restart: true, path: [...D, "db"] },
      { service: "job", condition: "service_completed_successfully", required: false, restart: false, path: [...D, "job"] },
    ]],
    [{ db: { condition: "service_started", restart: "true" } }, [{ service: "db", condition: "service_started", required: true, restart: true, path: [...D, "db"] }]],
  ])("%j", (value, rows) => {
    expect(run((out) => parseDependsOn(value, D, out))).toMatchObject({ value: rows, codes: [] });
  });
});

describe("networks", () => {
  const N = [...S, "networks"];
  it.each<[ComposeService["networks"], Record<string, unknown>[]]>([
    [undefined, [{ name: "default", aliases: [], path: S }]],
    [["front", "back"], [{ name: "front", aliases: [], path: [...N, 0] }, { name: "back", aliases: [], path: [...N, 1] }]],
    [{ front: null, back: { aliases: ["api", "web"], ipv4_address: "172.16.0.10", ipv6_address: "2001:db8::10" } }, [
      { name: "front", aliases: [], path: [...N, "front"] },
      { name: "back", aliases: ["api", "web"], ipv4Address: "172.16.0.10", ipv6Address: "2001:db8::10", path: [...N, "back"] },
    ]],
  ])("service %j", (value, rows) => {
    expect(parseServiceNetworks(value, N, S)).toEqual(rows);
  });

  it("reads top-level definitions", () => {
    const result = run((out) =>
      parseNetworkDefinitions({ front: null, back: { driver: "bridge", internal: true }, ext: { external: true, name: "shared" } }, out),
    );
    expect(result.codes).toEqual([]);
    expect(result.value).toEqual({
      front: { name: "front", external: false, internal: false, path: ["networks", "front"] },
      back: { name: "back", external: false, internal: true, driver: "bridge", path: ["networks", "back"] },
      ext: { name: "shared", external: true, internal: false, path: ["networks", "ext"] },
    });
  });
});

describe("parseCommand", () => {
  const C = [...S, "command"];
  it.each<[ComposeService["command"], boolean, string[] | undefined]>([
    [undefined, false, undefined],
    [null, true, []],
    [[], true, []],
    ["", true, []],
    ["npm run start", true, ["npm", "run", "start"]],
    [`sh -c "echo hi"`, true, ["sh", "-c", "echo hi"]],
    [["npm", "run", "a b"], true, ["npm", "run", "a b"]],
  ])("%j", (value, present, argv) => {
    expect(run((out) => parseCommand(value, present, C, out))).toMatchObject({ value: argv, codes: [] });
  });
  it("reports an unterminated quote", () => {
    const result = run((out) => parseCommand(`echo "x`, true, C, out));
    expect(result).toMatchObject({ value: undefined, codes: ["command-syntax"], paths: [C] });
  });
});

describe("parseBuild", () => {
  const B = [...S, "build"];
  it.each<[ComposeService["build"], Record<string, unknown> | undefined]>([
    ["./app", { context: "/project/app", args: {} }],
    [".", { context: "/project", args: {} }],
    ["https://github.com/x/y.git#main", { context: "https://github.com/x/y.git#main", args: {} }],
    [{ dockerfile: "Dockerfile.prod", target: "runtime" }, { context: "/project", dockerfile: "Dockerfile.prod", target: "runtime", args: {} }],
    [{ context: "../shared", args: ["A=1", "FROM_ENV", "UNSET"] }, { context: "/shared", args: { A: "1", FROM_ENV: "env" } }],
    [{ context: "app", args: { N: 2, FROM_ENV: null } }, { context: "/project/app", args: { N: "2", FROM_ENV: "env" } }],
  ])("%j", (value, build) => {
    expect(parseBuild(value, B, "/project", { FROM_ENV: "env" })).toEqual(build && { ...build, path: B });
  });
});

describe("parseReplicas", () => {
  it.each<[ComposeService, number | undefined]>([
    [{}, undefined],
    [{ scale: 2 }, 2],
    [{ scale: "3" }, 3],
    [{ deploy: { replicas: 4 } }, 4],
    [{ scale: 0 }, 0],
    [{ scale: 2, deploy: { replicas: 2 } }, 2],
  ])("%j", (service, replicas) => {
    expect(run((out) => parseReplicas(service, S, out))).toMatchObject({ value: replicas, codes: [] });
  });
  it("rejects disagreeing scale and replicas", () => {
    const result = run((out) => parseReplicas({ scale: 2, deploy: { replicas: 3 } }, S, out));
    expect(result.codes).toEqual(["replicas-conflict"]);
    expect(result.paths).toEqual([[...S, "deploy", "replicas"]]);
  });
  it("rejects a negative scale", () => {
    expect(run((out) => parseReplicas({ scale: -1 }, S, out)).codes).toEqual(["integer-syntax"]);
  });
});

describe("labels and top-level volumes", () => {
  it.each<[ListOrDict | undefined, Record<string, string>]>([
    [["a=1", "b", "c=x=y"], { a: "1", b: "", c: "x=y" }],
    [{ a: 1, b: true, c: null, d: "x" }, { a: "1", b: "true", c: "", d: "x" }],
    [undefined, {}],
  ])("labels %j", (value, labels) => {
    expect(stringMap(value, [...S, "labels"])).toEqual(labels);
  });

  it("reads top-level volumes", () => {
    const result = run((out) =>
      parseVolumeDefinitions({ data: null, cache: { driver: "local", driver_opts: { type: "tmpfs", size: 100 }, labels: ["team=a"] }, old: { external: { name: "legacy" } } }, out),
    );
    expect(result.codes).toEqual([]);
    expect(result.value).toEqual({
      data: { name: "data", external: false, driverOpts: {}, labels: {}, path: ["volumes", "data"] },
      cache: { name: "cache", external: false, driver: "local", driverOpts: { type: "tmpfs", size: "100" }, labels: { team: "a" }, path: ["volumes", "cache"] },
      old: { name: "legacy", external: true, driverOpts: {}, labels: {}, path: ["volumes", "old"] },
    });
  });
});
