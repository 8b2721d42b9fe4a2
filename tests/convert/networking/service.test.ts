import { describe, expect, it } from "vitest";
import type { PortMapping, Protocol } from "../../../src/model/project.js";
import { codes, containerOf, find, get, project, run, service } from "../builder.js";

const port = (target: number, published?: number, protocol: Protocol = "tcp", extra: Partial<PortMapping> = {}): PortMapping => ({
  target, protocol, path: ["services", "web", "ports", 0], ...(published === undefined ? {} : { published }), ...extra,
});

describe("ports → Service", () => {
  it.each<[string, PortMapping[], { name: string; port: number; targetPort: number; protocol: string }[], { containerPort: number; protocol: string }[]]>([
    // Peers use the container port, as in Compose; the published one stays for port-forward and habits.
    ["published", [port(80, 8080)], [{ name: "tcp-80", port: 80, targetPort: 80, protocol: "TCP" }, { name: "tcp-8080", port: 8080, targetPort: 80, protocol: "TCP" }], [{ containerPort: 80, protocol: "TCP" }]],
    ["published on another container's port", [port(80, 8080), port(8080, 9090)],
      [{ name: "tcp-80", port: 80, targetPort: 80, protocol: "TCP" }, { name: "tcp-8080", port: 8080, targetPort: 8080, protocol: "TCP" }, { name: "tcp-9090", port: 9090, targetPort: 8080, protocol: "TCP" }],
      [{ containerPort: 80, protocol: "TCP" }, { containerPort: 8080, protocol: "TCP" }]],
    ["not published", [port(3000)], [{ name: "tcp-3000", port: 3000, targetPort: 3000, protocol: "TCP" }], [{ containerPort: 3000, protocol: "TCP" }]],
    ["tcp and udp on one number", [port(53, 53, "tcp"), port(53, 53, "udp")],
      [{ name: "tcp-53", port: 53, targetPort: 53, protocol: "TCP" }, { name: "udp-53", port: 53, targetPort: 53, protocol: "UDP" }],
      [{ containerPort: 53, protocol: "TCP" }, { containerPort: 53, protocol: "UDP" }]],
    ["two published ports to one container port", [port(80, 80), port(80, 8080)],
      [{ name: "tcp-80", port: 80, targetPort: 80, protocol: "TCP" }, { name: "tcp-8080", port: 8080, targetPort: 80, protocol: "TCP" }],
      [{ containerPort: 80, protocol: "TCP" }]],
    ["an identical duplicate", [port(80, 80), port(80, 80)], [{ name: "tcp-80", port: 80, targetPort: 80, protocol: "TCP" }], [{ containerPort: 80, protocol: "TCP" }]],
  ])("%s", (_, ports, servicePorts, containerPorts) => {
    const { manifests, diagnostics } = run(project([service("web", { ports })]));
    expect(codes(diagnostics)).toEqual([]);
    const object = find(manifests, "Service", "web");
    expect(get(object.object, "spec", "ports")).toEqual(servicePorts);
    expect(get(object.object, "spec", "type")).toBe("ClusterIP");
    expect(object.explanations).toEqual(["ports-to-service"]);
    expect(containerOf(manifests, "Deployment", "web").ports).toEqual(containerPorts);
  });

  it("uses the long syntax's name when valid, and a generated one otherwise", () => {
    const { manifests } = run(project([service("web", { ports: [port(80, 80, "tcp", { name: "http", appProtocol: "http" }), port(443, 443, "tcp", { name: "Not Valid!" })] })]));
    expect(get(find(manifests, "Service", "web").object, "spec", "ports")).toEqual([
      { name: "http", port: 80, targetPort: 80, protocol: "TCP", appProtocol: "http" },
      { name: "tcp-443", port: 443, targetPort: 443, protocol: "TCP" },
    ]);
  });

  it("reports one port published to two container ports", () => {
    const { diagnostics } = run(project([service("web", { ports: [port(80, 8080), port(81, 8080, "tcp", { path: ["services", "web", "ports", 1] })] })]));
    expect(diagnostics).toMatchObject([{ code: "port-conflict", severity: "error", path: ["services", "web", "ports", 1] }]);
  });

  it.each([["127.0.0.1", ["host-ip"]], ["0.0.0.0", []]])("host ip %s → %j", (hostIp, expected) => {
    expect(codes(run(project([service("web", { ports: [port(80, 80, "tcp", { hostIp })] })])).diagnostics)).toEqual(expected);
  });

  it("turns expose into a Service too, without the outside-access note", () => {
    const { manifests } = run(project([service("db", { expose: [{ port: 5432, protocol: "tcp", path: ["services", "db", "expose", 0] }] })]));
    const object = find(manifests, "Service", "db");
    expect(get(object.object, "spec", "ports")).toEqual([{ name: "tcp-5432", port: 5432, targetPort: 5432, protocol: "TCP" }]);
    expect(object.explanations).toEqual(["expose-to-service"]);
    expect(object.source).toEqual(["services", "db", "expose"]);
    expect(object.fieldNotes).toEqual([]);
  });

  it("writes no Service without ports or expose", () => {
    expect(run(project([service("worker")])).manifests.map((m) => m.object.kind)).toEqual(["Deployment", "ServiceAccount"]);
  });
});
