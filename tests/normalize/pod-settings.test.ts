import { describe, expect, it } from "vitest";
import { parseDeviceReservations, parseGpus } from "../../src/normalize/devices.js";
import { parseHooks } from "../../src/normalize/hooks.js";
import { parseConstraint, parsePlacement, parsePlatform } from "../../src/normalize/placement.js";
import { parsePodSettings, parseSysctls } from "../../src/normalize/pod-settings.js";
import type { ComposeDeploy, ComposeService, ListOrDict } from "../../src/validate/schema.js";
import { run } from "./collect.js";

const S = ["services", "web"];

describe("parsePodSettings", () => {
  it.each<[ComposeService, Record<string, unknown>]>([
    [{}, {}],
    [{ dns: "8.8.8.8" }, { dns: ["8.8.8.8"] }],
    [{ dns: ["10.0.0.53", " 10.0.0.54 "], dns_search: "corp.example.com", dns_opt: ["ndots:2"] }, { dns: ["10.0.0.53", "10.0.0.54"], dnsSearch: ["corp.example.com"], dnsOptions: ["ndots:2"] }],
    [{ pid: "host", ipc: "shareable" }, { pid: "host", ipc: "shareable" }],
    [{ pid: null }, {}],
    [{ group_add: ["999", 1000, "audio"] }, { groupAdd: ["999", "1000", "audio"] }],
    [{ shm_size: "64m" }, { shmSizeBytes: 64 * 1024 ** 2 }],
    [{ container_name: "shop-web", domainname: "data", pull_policy: "every_12h" }, { containerName: "shop-web", domainname: "data", pullPolicy: "every_12h" }],
  ])("%j", (raw, expected) => {
    const result = run((out) => parsePodSettings(raw, S, out));
    expect(result.value).toEqual(expected);
    expect(result.codes).toEqual([]);
  });

  it.each<[ListOrDict, { name: string; value: string }[], string[]]>([
    [["net.core.somaxconn=1024", "kernel.shmmax = 68719476736"], [{ name: "net.core.somaxconn", value: "1024" }, { name: "kernel.shmmax", value: "68719476736" }], []],
    [{ "net.core.somaxconn": 1024 }, [{ name: "net.core.somaxconn", value: "1024" }], []],
    [["net.core.somaxconn"], [], ["sysctl-syntax"]],
  ])("sysctls %j", (value, expected, codes) => {
    const result = run((out) => parseSysctls(value, [...S, "sysctls"], out));
    expect(result.value.map(({ name, value: v }) => ({ name, value: v }))).toEqual(expected);
    expect(result.codes).toEqual(codes);
  });

  it("reports a bad shm_size", () => expect(run((out) => parsePodSettings({ shm_size: "lots" }, S, out)).codes).toEqual(["size-syntax"]));
});

describe("parsePlatform and placement", () => {
  it.each<[string, unknown, string[]]>([
    ["linux/amd64", { os: "linux", arch: "amd64", path: [...S, "platform"] }, []],
    ["Linux/ARM64/v8", { os: "linux", arch: "arm64", variant: "v8", path: [...S, "platform"] }, []],
    ["linux", { os: "linux", path: [...S, "platform"] }, []],
    ["linux/amd64/v2/x", undefined, ["platform-syntax"]],
    ["linux amd64", undefined, ["platform-syntax"]],
  ])("platform %j", (value, expected, codes) => {
    const result = run((out) => parsePlatform(value, [...S, "platform"], out));
    expect(result.value).toEqual(expected);
    expect(result.codes).toEqual(codes);
  });

  it.each<[string, unknown]>([
    ["node.labels.zone==eu-1", { attribute: "node.labels.zone", operator: "==", value: "eu-1" }],
    [" node.role != manager ", { attribute: "node.role", operator: "!=", value: "manager" }],
    ["node.role = manager", undefined],
    ["node.role", undefined],
  ])("constraint %j", (text, expected) => {
    const result = run((out) => parseConstraint(text, [], out));
    expect(result.value === undefined ? undefined : { ...result.value, path: undefined }).toEqual(expected === undefined ? undefined : { ...expected, path: undefined });
    expect(result.codes).toEqual(expected === undefined ? ["placement-constraint-syntax"] : []);
  });

  it("reads constraints, spread preferences and max_replicas_per_node", () => {
    const deploy: ComposeDeploy = { placement: { constraints: ["node.labels.disk == ssd", "bad"], preferences: [{ spread: "node.labels.zone" }], max_replicas_per_node: "2" } };
    const result = run((out) => parsePlacement(deploy, [...S, "deploy"], out));
    expect(result.value?.constraints.map((c) => c.attribute)).toEqual(["node.labels.disk"]);
    expect(result.value?.spreads).toEqual([{ attribute: "node.labels.zone", path: [...S, "deploy", "placement", "preferences", 0, "spread"] }]);
    expect(result.value?.maxReplicasPerNode?.value).toBe(2);
    expect(result.paths).toEqual([[...S, "deploy", "placement", "constraints", 1]]);
  });
});

describe("GPUs and device reservations", () => {
  it.each<[ComposeService["gpus"], unknown[], string[]]>([
    ["all", [{ capabilities: ["gpu"], count: "all", deviceIds: [] }], []],
    [[{ driver: "nvidia", count: 2, capabilities: ["utility"] }], [{ capabilities: ["gpu", "utility"], driver: "nvidia", count: 2, deviceIds: [] }], []],
    [[{ device_ids: ["0", "1"] }], [{ capabilities: ["gpu"], deviceIds: ["0", "1"] }], []],
    [[{ count: "two" }], [{ capabilities: ["gpu"], deviceIds: [] }], ["device-count-syntax"]],
  ])("gpus %j", (value, expected, codes) => {
    const result = run((out) => parseGpus(value, [...S, "gpus"], out));
    expect(result.value?.map(({ path: _path, ...rest }) => rest)).toEqual(expected);
    expect(result.codes).toEqual(codes);
  });

  it("reads deploy.resources.reservations.devices without implying gpu", () => {
    const deploy: ComposeDeploy = { resources: { reservations: { devices: [{ capabilities: ["tpu"], count: 1 }] } } };
    const result = run((out) => parseDeviceReservations(deploy, [...S, "deploy"], out));
    expect(result.value).toEqual([{ capabilities: ["tpu"], count: 1, deviceIds: [], path: [...S, "deploy", "resources", "reservations", "devices", 0] }]);
  });
});

describe("parseHooks", () => {
  it("reads each hook list with its command, user, environment and flags", () => {
    const raw: ComposeService = {
      pre_start: [{ image: "flyway/flyway:10", command: "migrate -x", user: "1000:1000", environment: ["A=1", "FROM_PROJECT"], per_replica: "true" }],
      post_start: [{ command: ["./warm.sh"], privileged: true, working_dir: "/app" }],
    };
    const result = run((out) => parseHooks(raw, S, { FROM_PROJECT: "yes" }, out));
    expect(result.value.preStart).toEqual([{
      privileged: false, environment: { A: "1", FROM_PROJECT: "yes" }, command: ["migrate", "-x"], image: "flyway/flyway:10",
      user: { user: "1000", group: "1000", uid: 1000, gid: 1000, path: [...S, "pre_start", 0, "user"] }, perReplica: true, path: [...S, "pre_start", 0],
    }]);
    expect(result.value.postStart).toEqual([{ privileged: true, environment: {}, command: ["./warm.sh"], workingDir: "/app", path: [...S, "post_start", 0] }]);
    expect(result.value.preStop).toBeUndefined();
    expect(result.codes).toEqual([]);
  });
});
