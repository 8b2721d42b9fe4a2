import { describe, expect, it } from "vitest";
import type { DeviceRequest, Service } from "../../../src/model/project.js";
import { codes, containerOf, find, get, project, run, service } from "../builder.js";

const convertApp = (overrides: Partial<Service>) => {
  const { manifests, diagnostics } = run(project([service("app", overrides)]));
  const pod = get(find(manifests, "Deployment", "app").object, "spec", "template", "spec") as Record<string, unknown>;
  return { pod, container: containerOf(manifests, "Deployment", "app"), codes: codes(diagnostics), diagnostics };
};
const at = (key: string) => ["services", "app", key];

describe("dns, dns_search, dns_opt → dnsConfig (dnsPolicy stays ClusterFirst)", () => {
  it.each<[string, Partial<Service>, unknown, string[]]>([
    ["nameservers", { dns: ["10.0.0.53", "fd00::53"] }, { nameservers: ["10.0.0.53", "fd00::53"] }, ["dns-cluster-first"]],
    ["at most two of ours", { dns: ["10.0.0.1", "10.0.0.2", "10.0.0.3"] }, { nameservers: ["10.0.0.1", "10.0.0.2"] }, ["dns-value", "dns-cluster-first"]],
    ["not an address", { dns: ["dns.example.com"] }, undefined, ["dns-value"]],
    ["search domains", { dnsSearch: ["corp.example.com", "Bad_Domain"] }, { searches: ["corp.example.com"] }, ["dns-value"]],
    ["options", { dnsOptions: ["ndots:2", "rotate", ":x"] }, { options: [{ name: "ndots", value: "2" }, { name: "rotate" }] }, ["dns-value"]],
  ])("%s", (_, overrides, dnsConfig, expected) => {
    const result = convertApp(overrides);
    expect(result.pod.dnsConfig).toEqual(dnsConfig);
    expect(result.pod.dnsPolicy).toBeUndefined();
    expect(result.codes).toEqual(expected);
  });
});

describe("pid, ipc, network_mode", () => {
  it.each<[string, Partial<Service>, Record<string, unknown>, string[]]>([
    ["pid: host", { pid: "host" }, { hostPID: true }, []],
    ["ipc: host", { ipc: "host" }, { hostIPC: true }, []],
    ["network_mode: host", { networkMode: { kind: "host", path: at("network_mode") } }, { hostNetwork: true, dnsPolicy: "ClusterFirstWithHostNet" }, []],
    ["network_mode: bridge", { networkMode: { kind: "bridge", path: at("network_mode") } }, {}, []],
    ["ipc: private", { ipc: "private" }, {}, []],
    ["pid: service:db", { pid: "service:db" }, {}, ["namespace-mode"]],
    ["ipc: shareable", { ipc: "shareable" }, {}, ["namespace-mode"]],
    ["network_mode: none", { networkMode: { kind: "none", path: at("network_mode") } }, {}, ["namespace-mode"]],
    ["network_mode: service:db", { networkMode: { kind: "service", name: "db", path: at("network_mode") } }, {}, ["namespace-mode"]],
  ])("%s", (_, overrides, fields, expected) => {
    const result = convertApp(overrides);
    for (const key of ["hostPID", "hostIPC", "hostNetwork", "dnsPolicy"]) expect(result.pod[key]).toEqual(fields[key]);
    expect(result.codes).toEqual(expected);
  });
});

describe("sysctls, group_add and fsGroup → pod securityContext", () => {
  const sysctl = (name: string, value = "1") => ({ name, value, path: [...at("sysctls"), name] });
  it.each<[string, Partial<Service>, unknown, string[]]>([
    ["a safe sysctl", { sysctls: [sysctl("net.ipv4.tcp_syncookies")] }, { sysctls: [{ name: "net.ipv4.tcp_syncookies", value: "1" }] }, []],
    ["an unsafe sysctl warns", { sysctls: [sysctl("net.core.somaxconn", "1024")] }, { sysctls: [{ name: "net.core.somaxconn", value: "1024" }] }, ["sysctl-unsafe"]],
    ["an invalid name is dropped", { sysctls: [sysctl("Net.Core")] }, undefined, ["sysctl-invalid"]],
    ["net.* with host networking is dropped", { sysctls: [sysctl("net.ipv4.tcp_syncookies")], networkMode: { kind: "host", path: [] } }, undefined, ["sysctl-invalid"]],
    ["IPC sysctls with ipc: host are dropped", { sysctls: [sysctl("kernel.shm_rmid_forced")], ipc: "host" }, undefined, ["sysctl-invalid"]],
    ["numeric groups", { groupAdd: ["999", "1000", "999"] }, { supplementalGroups: [999, 1000] }, []],
    ["group names warn", { groupAdd: ["audio"] }, undefined, ["group-name"]],
    ["fsGroup label", { labels: { "kompose.security-context.fsgroup": "1001" } }, { fsGroup: 1001 }, []],
    ["fsGroup label not a number", { labels: { "kompose.security-context.fsgroup": "staff" } }, undefined, ["kompose-label-value"]],
  ])("%s", (_, overrides, securityContext, expected) => {
    const result = convertApp(overrides);
    // Docker's default seccomp filter is kept for every pod that is not privileged (seccomp.test.ts).
    expect(result.pod.securityContext).toEqual({ ...(securityContext as object | undefined), seccompProfile: { type: "RuntimeDefault" } });
    expect(result.codes).toEqual(expected);
  });
});

describe("shm_size → memory emptyDir at /dev/shm", () => {
  it.each<[string, Partial<Service>, unknown, string[]]>([
    ["sized", { shmSizeBytes: 1024 ** 3 }, { name: "shm", emptyDir: { medium: "Memory", sizeLimit: "1Gi" } }, []],
    ["already a tmpfs there", { shmSizeBytes: 1024 ** 3, volumes: [{ type: "tmpfs", target: "/dev/shm", path: [] }] }, undefined, ["shm-already-mounted"]],
  ])("%s", (_, overrides, volume, expected) => {
    const result = convertApp(overrides);
    const volumes = (result.pod.volumes ?? []) as { name: string }[];
    expect(volumes.find((v) => v.name === "shm")).toEqual(volume);
    if (volume !== undefined) expect(result.container.volumeMounts).toEqual([{ name: "shm", mountPath: "/dev/shm" }]);
    expect(result.codes).toEqual(expected);
  });
});

describe("gpus and device reservations → nvidia.com/gpu", () => {
  const gpu = (extra: Partial<DeviceRequest>): DeviceRequest => ({ capabilities: ["gpu"], deviceIds: [], path: at("gpus"), ...extra });
  it.each<[string, Partial<Service>, string | undefined, string[]]>([
    ["count", { gpus: [gpu({ count: 2, driver: "nvidia" })] }, "2", []],
    ["all asks for one", { gpus: [gpu({ count: "all" })] }, "1", ["gpu-count-all"]],
    ["device ids are counted", { deviceReservations: [gpu({ deviceIds: ["0", "3"] })] }, "2", ["gpu-device-ids"]],
    ["requests add up", { gpus: [gpu({ count: 1 })], deviceReservations: [gpu({ count: 2 })] }, "3", []],
    ["another driver warns", { deviceReservations: [gpu({ count: 1, driver: "amd" })] }, undefined, ["gpu-driver"]],
    ["not a GPU", { deviceReservations: [{ capabilities: ["tpu"], deviceIds: [], count: 1, path: [] }] }, undefined, ["device-not-gpu"]],
  ])("%s", (_, overrides, count, expected) => {
    const result = convertApp({ limits: { cpus: 1 }, ...overrides });
    const limits = (result.container.resources as { limits: Record<string, string> }).limits;
    expect(limits["nvidia.com/gpu"]).toBe(count);
    expect(limits.cpu).toBe("1");
    expect(result.codes).toEqual(expected);
  });
});

describe("container_name, domainname", () => {
  it.each<[string, Partial<Service>, string, string[]]>([
    ["absent", {}, "app", []],
    ["valid", { containerName: "shop-web" }, "shop-web", []],
    ["made a DNS label", { containerName: "Shop_Web" }, "shop-web", ["container-name-invalid"]],
  ])("container_name %s", (_, overrides, name, expected) => {
    const result = convertApp(overrides);
    expect(result.container.name).toBe(name);
    expect(result.codes).toEqual(expected);
  });

  it.each<[string, string | undefined, string[]]>([
    ["data", "data", ["domainname-subdomain"]],
    ["example.com", undefined, ["domainname-invalid"]],
  ])("domainname %s", (domainname, subdomain, expected) => {
    const result = convertApp({ domainname });
    expect(result.pod.subdomain).toBe(subdomain);
    expect(result.codes).toEqual(expected);
  });
});

describe("pull_policy and Kompose's image labels", () => {
  it.each<[string, Partial<Service>, string | undefined, string[]]>([
    ["always", { pullPolicy: "always" }, "Always", []],
    ["never (every node must hold the image)", { pullPolicy: "never" }, "Never", ["pull-policy-never"]],
    ["missing", { pullPolicy: "missing" }, "IfNotPresent", []],
    ["if_not_present", { pullPolicy: "if_not_present" }, "IfNotPresent", []],
    ["build", { pullPolicy: "build" }, "IfNotPresent", ["pull-policy-approximated"]],
    ["daily", { pullPolicy: "daily" }, "Always", ["pull-policy-approximated"]],
    ["every_12h", { pullPolicy: "every_12h" }, "Always", ["pull-policy-approximated"]],
    ["the label", { labels: { "kompose.image-pull-policy": "IfNotPresent" } }, "IfNotPresent", []],
    ["the label wins", { pullPolicy: "always", labels: { "kompose.image-pull-policy": "Never" } }, "Never", ["pull-policy-both", "pull-policy-never"]],
    ["a bad label value", { labels: { "kompose.image-pull-policy": "sometimes" } }, undefined, ["kompose-label-value"]],
  ])("%s", (_, overrides, policy, expected) => {
    const result = convertApp(overrides);
    expect(result.container.imagePullPolicy).toBe(policy);
    expect(result.codes).toEqual(expected);
  });

  it("pull_policy: never names the service and its image", () => {
    const [warning] = convertApp({ pullPolicy: "never", image: "registry.example.com/shop/app:2" }).diagnostics;
    expect(warning?.message).toContain("service 'app'");
    expect(warning?.message).toContain("kind load docker-image registry.example.com/shop/app:2");
  });

  it.each<[string, Record<string, string>, Record<string, unknown>, string[]]>([
    ["kompose.image-pull-secret", { "kompose.image-pull-secret": "regcred" }, { imagePullSecrets: [{ name: "regcred" }], serviceAccountName: "app" }, []],
    ["kompose.serviceaccount-name", { "kompose.serviceaccount-name": "backend" }, { serviceAccountName: "backend" }, []],
    ["a bad secret name", { "kompose.image-pull-secret": "Reg Cred" }, { serviceAccountName: "app" }, ["kompose-label-value"]],
  ])("%s", (_, labels, fields, expected) => {
    const result = convertApp({ labels });
    for (const key of ["imagePullSecrets", "serviceAccountName"]) expect(result.pod[key]).toEqual(fields[key]);
    expect(result.codes).toEqual(expected);
  });
});
