import { describe, expect, it } from "vitest";
import type { DependsOn, Service } from "../../../src/model/project.js";
import { podGroups } from "../../../src/convert/workloads/pod-groups.js";
import { codes, find, get, project, run, service } from "../builder.js";

const joins = (name: string, target: string, overrides: Partial<Service> = {}): Service =>
  service(name, { networkMode: { kind: "service", name: target, path: ["services", name, "network_mode"] }, ...overrides });
const grouped = (name: string, group: string, overrides: Partial<Service> = {}): Service => service(name, { labels: { "kompose.service.group": group }, ...overrides });
const volume = (name: string, source: string, target: string): Service["volumes"][number] =>
  ({ type: "volume", source, target, readOnly: false, path: ["services", name, "volumes", 0] }) as Service["volumes"][number];
type Pod = { containers: { name: string; volumeMounts?: { name: string }[] }[]; volumes?: { name: string }[]; shareProcessNamespace?: boolean; hostname?: string };
const podOf = (manifests: ReturnType<typeof run>["manifests"], name: string): Pod => get(find(manifests, "Deployment", name).object, "spec", "template", "spec") as Pod;

describe("which services share a pod", () => {
  it.each<[string, Service[], Record<string, string>, [string, string, string[]][]]>([
    ["network_mode: service:vpn joins vpn's pod, named after vpn", [service("vpn"), joins("app", "vpn")], {}, [["vpn", "vpn", ["app"]]]],
    ["the joined service owns the pod even when it comes later", [joins("app", "vpn"), service("vpn")], {}, [["vpn", "vpn", ["app"]]]],
    ["kompose.service.group: one pod named after the group", [grouped("nginx", "frontend"), grouped("logs", "frontend"), service("db")], {}, [["frontend", "nginx", ["logs"]]]],
    ["different groups stay apart", [grouped("a", "one"), grouped("b", "two")], {}, []],
    ["a service alone is no group", [service("web")], {}, []],
    ["network_mode naming a service not in the project is no group", [joins("app", "ghost")], {}, []],
  ])("%s", (_name, services, _options, expected) => {
    const groups = podGroups(project(services), {});
    expect(groups.map((group) => [group.name, group.owner.name, group.members.map((member) => member.name)])).toEqual(expected);
  });

  it.each<[string, { serviceGroupMode?: "label" | "volume"; serviceGroupName?: string }, [string, string[]][]]>([
    ["without volume mode a shared volume groups nothing", {}, []],
    ["--service-group-mode volume groups services that share a named volume", { serviceGroupMode: "volume" }, [["librenms", ["dispatcher"]]]],
    ["--service-group-name names that pod", { serviceGroupMode: "volume", serviceGroupName: "librenms-stack" }, [["librenms-stack", ["dispatcher"]]]],
  ])("%s", (_name, options, expected) => {
    const services = [service("librenms", { volumes: [volume("librenms", "data", "/data")] }), service("dispatcher", { volumes: [volume("dispatcher", "data", "/data")] }), service("db")];
    expect(podGroups(project(services), options).map((group) => [group.name, group.members.map((member) => member.name)])).toEqual(expected);
  });
});

describe("one pod for the group", () => {
  it("puts each service's container in the owner's workload; members get no workload of their own", () => {
    const { manifests, diagnostics } = run(project([service("vpn", { expose: [{ port: 8080, protocol: "tcp", path: [] }] }), joins("app", "vpn", { expose: [{ port: 9000, protocol: "tcp", path: [] }] })]));
    expect(podOf(manifests, "vpn").containers.map((container) => container.name)).toEqual(["vpn", "app"]);
    expect(manifests.some((m) => m.object.kind === "Deployment" && m.object.metadata.name === "app")).toBe(false);
    expect(codes(diagnostics)).not.toContain("namespace-mode");
    for (const name of ["vpn", "app"]) expect(get(find(manifests, "Service", name).object, "spec", "selector")).toEqual({ "app.kubernetes.io/name": "vpn" });
    expect(find(manifests, "Deployment", "vpn").explanations.slice(0, 2)).toEqual(["service-to-deployment", "pod-group"]);
  });

  it("a dependency in the same pod is not waited for (it would never answer)", () => {
    const on: DependsOn = { service: "vpn", condition: "service_started", required: true, restart: false, path: ["services", "app", "depends_on", "vpn"] };
    const { manifests, diagnostics } = run(project([service("vpn", { expose: [{ port: 8080, protocol: "tcp", path: [] }] }), joins("app", "vpn", { dependsOn: [on] })]));
    expect(get(find(manifests, "Deployment", "vpn").object, "spec", "template", "spec", "initContainers")).toBeUndefined();
    expect(codes(diagnostics)).toContain("depends-on-same-pod");
  });

  it("pid: service:x in the same pod shares the process namespace", () => {
    const { manifests } = run(project([service("vpn"), joins("app", "vpn", { pid: "service:vpn" })]));
    expect(podOf(manifests, "vpn").shareProcessNamespace).toBe(true);
  });

  it("one volume for one source; a name taken by another source is renamed in the member's mounts", () => {
    const tmp = (name: string, target: string): Service["volumes"][number] => ({ type: "tmpfs", target, readOnly: false, path: ["services", name, "volumes", 1], tmpfs: { sizeBytes: name === "a" ? 1024 : 2048 } }) as unknown as Service["volumes"][number];
    const { manifests } = run(project([grouped("a", "g", { volumes: [volume("a", "logs", "/logs"), tmp("a", "/tmp")] }), grouped("b", "g", { volumes: [volume("b", "logs", "/logs"), tmp("b", "/tmp")] })]));
    const pod = podOf(manifests, "g");
    const names = (pod.volumes ?? []).map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((name) => name === "logs")).toHaveLength(1);
    for (const container of pod.containers) for (const mount of container.volumeMounts ?? []) expect(names).toContain(mount.name);
  });

  it.each<[string, Partial<Service>, Partial<Service>, string, string]>([
    ["different hostnames: the owner's is kept", { hostname: "web" }, { hostname: "sidecar" }, "pod-group-conflict", "services.b.hostname"],
    ["different replicas: the owner's count", {}, { replicas: 3 }, "pod-group-workload", "services.b.scale"],
    ["a task beside a server: the owner's kind", {}, { restart: { policy: "no", path: ["services", "b", "restart"] } }, "pod-group-workload", "services.b.restart"],
  ])("%s", (_name, first, second, code, path) => {
    const { manifests, diagnostics } = run(project([grouped("a", "g", first), grouped("b", "g", second)]));
    expect(find(manifests, "Deployment", "g")).toBeDefined();
    expect(diagnostics.filter((d) => d.code === code).map((d) => d.path.join("."))).toEqual([path]);
  });

  it("a setting only a member has is taken by the pod, silently", () => {
    const { manifests, diagnostics } = run(project([grouped("a", "g"), grouped("b", "g", { hostname: "b" })]));
    expect(podOf(manifests, "g").hostname).toBe("b");
    expect(codes(diagnostics).filter((code) => code.startsWith("pod-group"))).toEqual([]);
  });
});
