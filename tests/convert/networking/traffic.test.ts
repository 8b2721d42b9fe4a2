import { describe, expect, it } from "vitest";
import type { PortMapping, Service } from "../../../src/model/project.js";
import { codes, find, get, project, run, service } from "../builder.js";

const port = (target: number, published?: number): PortMapping => ({ target, ...(published === undefined ? {} : { published }), protocol: "tcp", path: ["services", "web", "ports", 0] });
const web = (labels: Record<string, string>, overrides: Partial<Service> = {}): Service => service("web", { labels, ports: [port(80, 8080)], ...overrides });

describe("kompose.service.type and friends", () => {
  it.each<[Record<string, string>, Record<string, unknown>]>([
    [{ "kompose.service.type": "nodeport" }, { type: "NodePort" }],
    [{ "kompose.service.type": "LoadBalancer" }, { type: "LoadBalancer" }],
    [{ "kompose.service.type": "clusterip" }, { type: "ClusterIP" }],
    [{ "kompose.service.type": "headless" }, { type: "ClusterIP", clusterIP: "None" }],
    [{ "kompose.service.type": "nodeport", "kompose.service.nodeport.port": "30080" }, { type: "NodePort", ports: [{ port: 80, targetPort: 80 }, { port: 8080, targetPort: 80, nodePort: 30080 }] }],
    [{ "kompose.service.type": "loadbalancer", "kompose.service.external-traffic-policy": "local" }, { type: "LoadBalancer", externalTrafficPolicy: "Local" }],
  ])("%j", (labels, spec) => {
    const { manifests, diagnostics } = run(project([web(labels)]));
    const object = find(manifests, "Service", "web");
    expect(object.object.spec).toMatchObject(spec);
    expect(object.explanations).toContain("service-type");
    expect(diagnostics).toEqual([]);
  });

  it("makes deploy.endpoint_mode dnsrr headless", () => {
    const { manifests } = run(project([web({}, { endpointMode: { mode: "dnsrr", path: [] } })]));
    expect(get(find(manifests, "Service", "web").object, "spec", "clusterIP")).toBe("None");
  });

  it("writes a headless Service even without ports", () => {
    const { manifests } = run(project([web({ "kompose.service.type": "headless" }, { ports: [] })]));
    expect(find(manifests, "Service", "web").object.spec).toEqual({ type: "ClusterIP", clusterIP: "None", selector: { "app.kubernetes.io/name": "web" } });
  });

  it.each<[Record<string, string>, Partial<Service>, string]>([
    [{ "kompose.service.nodeport.port": "30080" }, {}, "nodeport-port-ignored"],
    [{ "kompose.service.type": "nodeport", "kompose.service.nodeport.port": "30080" }, { ports: [port(80), port(443)] }, "nodeport-port-ignored"],
    [{ "kompose.service.external-traffic-policy": "local" }, {}, "traffic-policy-ignored"],
    [{ "kompose.service.type": "nodeport", "kompose.service.nodeport.port": "8080" }, {}, "nodeport-range"],
    [{ "kompose.service.type": "loadbalancer", "kompose.service.nodeport.port": "32768" }, {}, "nodeport-range"],
    [{ "kompose.service.type": "public" }, {}, "kompose-label-value"],
  ])("%j warns", (labels, overrides, code) => {
    expect(codes(run(project([web(labels, overrides)])).diagnostics)).toEqual([code]);
  });
});

describe("kompose.service.expose", () => {
  it("writes an Ingress per host and path to the first port, with TLS and a class", () => {
    const labels = { "kompose.service.expose": "shop.example.com, shop.example.com/api,api.example.com", "kompose.service.expose.tls-secret": "shop-tls", "kompose.service.expose.ingress-class-name": "nginx" };
    const { manifests, diagnostics } = run(project([web(labels)]));
    expect(diagnostics).toEqual([]);
    const backend = { service: { name: "web", port: { name: "tcp-80" } } };
    expect(get(find(manifests, "Ingress", "web").object, "spec")).toEqual({
      ingressClassName: "nginx",
      tls: [{ hosts: ["shop.example.com", "api.example.com"], secretName: "shop-tls" }],
      rules: [
        { host: "shop.example.com", http: { paths: [{ path: "/", pathType: "Prefix", backend }, { path: "/api", pathType: "Prefix", backend }] } },
        { host: "api.example.com", http: { paths: [{ path: "/", pathType: "Prefix", backend }] } },
      ],
    });
  });

  it("writes a rule without a host for true", () => {
    const { manifests } = run(project([web({ "kompose.service.expose": "true" })]));
    expect(get(find(manifests, "Ingress", "web").object, "spec", "rules")).toEqual([{ http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: "web", port: { name: "tcp-80" } } } }] } }]);
  });

  it.each<[Record<string, string>, Partial<Service>, string[]]>([
    [{ "kompose.service.expose": "true" }, { ports: [] }, ["expose-without-port"]],
    [{ "kompose.service.expose.tls-secret": "shop-tls" }, {}, ["expose-label-alone"]],
    [{ "kompose.service.expose": "false", "kompose.service.expose.ingress-class-name": "nginx" }, {}, ["expose-label-alone"]],
    [{ "kompose.service.expose": "shop_example.com" }, {}, ["kompose-label-value"]],
  ])("%j warns %j and writes no Ingress", (labels, overrides, expected) => {
    const { manifests, diagnostics } = run(project([web(labels, overrides)]));
    expect(codes(diagnostics)).toEqual(expected);
    expect(manifests.some((manifest) => manifest.object.kind === "Ingress")).toBe(false);
  });
});

describe("--network-policies", () => {
  const backend = { name: "backend", aliases: [], path: [] };
  const networks = { backend: { name: "shop_backend", external: false, internal: false, path: ["networks", "backend"] } };

  it("labels pods by network and writes one policy per network, plus one for published ports", () => {
    const input = project([web({}, { networks: [backend, { name: "default", aliases: [], path: [] }] }), service("db", { networks: [backend] }), service("worker")], { networks });
    const { manifests } = run(input, { networkPolicies: true });
    expect(get(find(manifests, "Deployment", "db").object, "spec", "template", "metadata", "labels")).toMatchObject({ "network.kubepose.dev/backend": "true" });
    expect(get(find(manifests, "Deployment", "worker").object, "spec", "template", "metadata", "labels")).toMatchObject({ "network.kubepose.dev/default": "true" });
    const members = { matchLabels: { "network.kubepose.dev/backend": "true" } };
    expect(get(find(manifests, "NetworkPolicy", "network-backend").object, "spec")).toEqual({ podSelector: members, policyTypes: ["Ingress"], ingress: [{ from: [{ podSelector: members }] }] });
    expect(find(manifests, "NetworkPolicy", "network-default")).toBeDefined();
    expect(get(find(manifests, "NetworkPolicy", "web-published").object, "spec")).toEqual({
      podSelector: { matchLabels: { "app.kubernetes.io/name": "web" } }, policyTypes: ["Ingress"], ingress: [{ ports: [{ port: 80, protocol: "TCP" }] }],
    });
  });

  it("opens the Ingress port of an exposed service that publishes nothing", () => {
    const { manifests } = run(project([web({ "kompose.service.expose": "true" }, { ports: [port(8080)] })]), { networkPolicies: true });
    expect(get(find(manifests, "NetworkPolicy", "web-published").object, "spec", "ingress")).toEqual([{ ports: [{ port: 8080, protocol: "TCP" }] }]);
  });

  it("writes nothing without the option", () => {
    const { manifests } = run(project([web({})]));
    expect(manifests.some((manifest) => manifest.object.kind === "NetworkPolicy")).toBe(false);
    expect(get(find(manifests, "Deployment", "web").object, "spec", "template", "metadata", "labels")).not.toHaveProperty("network.kubepose.dev/default");
  });
});

describe("kompose.hpa.*", () => {
  const hpa = (labels: Record<string, string>, overrides: Partial<Service> = {}) => run(project([service("api", { labels, reservations: { cpus: 0.25, memoryBytes: 2 ** 28 }, ...overrides })]));

  it.each<[Record<string, string>, Record<string, unknown>]>([
    [{ "kompose.hpa.cpu": "80", "kompose.hpa.replicas.min": "2", "kompose.hpa.replicas.max": "10" }, { minReplicas: 2, maxReplicas: 10, metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 80 } } }] }],
    [{ "kompose.hpa.memory": "512Mi", "kompose.hpa.replicas.max": "5" }, { minReplicas: 1, maxReplicas: 5, metrics: [{ type: "Resource", resource: { name: "memory", target: { type: "AverageValue", averageValue: "512Mi" } } }] }],
    [{ "kompose.hpa.memory": "70%", "kompose.hpa.cpu": "50%", "kompose.hpa.replicas.max": "5" }, { metrics: [{ resource: { name: "cpu", target: { averageUtilization: 50 } } }, { resource: { name: "memory", target: { type: "Utilization", averageUtilization: 70 } } }] }],
    [{ "kompose.hpa.replicas.max": "4" }, { minReplicas: 1, maxReplicas: 4, metrics: [{ resource: { name: "cpu", target: { averageUtilization: 80 } } }] }],
  ])("%j", (labels, spec) => {
    const { manifests, diagnostics } = hpa(labels);
    expect(diagnostics).toEqual([]);
    expect(get(find(manifests, "HorizontalPodAutoscaler", "api").object, "spec")).toMatchObject({ scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "api" }, ...spec });
  });

  it("targets a StatefulSet", () => {
    const { manifests } = hpa({ "kompose.hpa.replicas.max": "4", "kompose.controller.type": "statefulset" });
    expect(get(find(manifests, "HorizontalPodAutoscaler", "api").object, "spec", "scaleTargetRef", "kind")).toBe("StatefulSet");
  });

  it.each<[Record<string, string>, Partial<Service>, string[]]>([
    [{ "kompose.hpa.replicas.min": "3" }, {}, ["hpa-replicas"]],
    [{ "kompose.hpa.replicas.min": "5", "kompose.hpa.replicas.max": "3" }, {}, ["hpa-replicas"]],
    [{ "kompose.hpa.replicas.max": "3", "kompose.controller.type": "daemonset" }, {}, ["hpa-target"]],
    [{ "kompose.hpa.cpu": "80", "kompose.hpa.replicas.max": "3" }, { reservations: {} }, ["hpa-needs-requests"]],
  ])("%j warns %j", (labels, overrides, expected) => {
    expect(codes(hpa(labels, overrides).diagnostics)).toEqual(expected);
  });
});

describe("--network-policies and the flat-network note", () => {
  it("drops the note that networks are flat, since they are not any more", () => {
    const input = project([service("web", { keys: ["image", "networks"], networks: [{ name: "backend", aliases: [], path: [] }] })]);
    expect(codes(run(input).diagnostics)).toContain("networks-flat");
    expect(codes(run(input, { networkPolicies: true }).diagnostics)).not.toContain("networks-flat");
  });
});
