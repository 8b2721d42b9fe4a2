import { describe, expect, it } from "vitest";
import type { KubernetesObject } from "../../src/model/manifest.js";
import { checkObject, codes, project, run, service } from "./builder.js";

describe("the object check used by every test", () => {
  it.each<[string, KubernetesObject]>([
    ["a string where a number belongs", { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web" }, spec: { selector: { matchLabels: { a: "b" } }, template: { metadata: { labels: { a: "b" } }, spec: { containers: [{ name: "web", image: "x", ports: [{ containerPort: "80" }] }] } } } }],
    ["a selector the template does not match", { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web" }, spec: { selector: { matchLabels: { a: "b" } }, template: { metadata: { labels: { a: "c" } }, spec: { containers: [{ name: "web", image: "x" }] } } } }],
    ["a Service port name too long", { apiVersion: "v1", kind: "Service", metadata: { name: "web" }, spec: { ports: [{ name: "p".repeat(64), port: 80 }] } }],
    ["an invalid name", { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "Web_Env" }, data: {} }],
  ])("fails on %s", (_, object) => {
    expect(() => checkObject(object)).toThrow();
  });
});

describe("a project using every concern at once", () => {
  it("converts to valid objects", () => {
    const input = project(
      [
        service("Web.Front", {
          keys: ["image", "build", "ports", "environment", "volumes", "healthcheck", "deploy", "user", "cap_add", "extra_hosts", "hostname", "labels", "configs", "secrets", "depends_on", "networks", "stop_grace_period", "tty", "entrypoint", "command"],
          build: { context: "/src/shop", args: {}, path: ["services", "Web.Front", "build"] },
          ports: [{ target: 80, published: 8080, protocol: "tcp", path: [] }, { target: 53, protocol: "udp", path: [] }],
          expose: [{ port: 9000, protocol: "tcp", path: [] }],
          environment: { NODE_ENV: "production", SESSION_SECRET: "abc" },
          volumes: [
            { type: "volume", source: "data", target: "/data", readOnly: false, path: [] },
            { type: "anonymous", target: "/cache", readOnly: false, path: [] },
            { type: "tmpfs", target: "/tmp", sizeBytes: 1000, mode: 0o1777, path: [] },
            { type: "bind", source: "/src/shop/site", target: "/usr/share/nginx/html", readOnly: true, insideProject: true, files: [{ path: "index.html", content: "<h1>hi</h1>" }, { path: "img/logo.svg", content: "<svg/>" }], path: [] },
            { type: "bind", source: "/etc/localtime", target: "/etc/localtime", readOnly: true, insideProject: false, path: [] },
          ],
          configs: [{ source: "nginx", target: "/etc/nginx/nginx.conf", mode: 0o444, path: [] }],
          secrets: [{ source: "tls", target: "/run/secrets/tls", path: [] }],
          healthcheck: { disabled: false, test: ["/bin/sh", "-c", "curl -f http://localhost/"], intervalSeconds: 10, startPeriodSeconds: 30, path: [] },
          replicas: 1,
          limits: { cpus: 1.5, memoryBytes: 256 * 1024 ** 2 },
          reservations: { cpus: 0.25, memoryBytes: 128 * 1024 ** 2 },
          user: { user: "101", group: "101", uid: 101, gid: 101, path: [] },
          capAdd: ["NET_BIND_SERVICE"],
          capDrop: ["ALL"],
          extraHosts: [{ hostname: "legacy", ip: "192.168.1.10", path: [] }],
          hostname: "front",
          labels: { "com.example.description": "The shop's web front end, served by nginx" },
          dependsOn: [{ service: "db", condition: "service_healthy", required: true, restart: true, path: [] }],
          networks: [{ name: "frontend", aliases: [], path: [] }],
          stopGracePeriodSeconds: 20,
          tty: true,
          entrypoint: ["/docker-entrypoint.sh"],
          command: ["nginx", "-g", "daemon off;"],
          image: "registry.example.com/shop/web:1.0",
        }),
        service("migrate", { restart: { policy: "on-failure", maxRetries: 3, path: [] }, environment: { DATABASE_URL: "postgres://app:pw@db/app" } }),
      ],
      {
        name: "Shop",
        volumes: { data: { name: "data", external: false, driverOpts: {}, labels: { "com.example.backup": "daily" }, path: ["volumes", "data"] } },
        configs: { nginx: { name: "nginx", external: false, content: "events {}", path: ["configs", "nginx"] } },
        secrets: { tls: { name: "tls", external: false, content: "-----BEGIN PRIVATE KEY-----", path: ["secrets", "tls"] } },
      },
    );
    const { manifests, diagnostics } = run(input, { namespace: "shop" });
    expect(codes(diagnostics).filter((code) => code === "name-collision" || code === "port-conflict")).toEqual([]);
    expect(manifests.map((m) => `${m.object.kind}/${m.object.metadata.name}`)).toEqual([
      "Namespace/shop", "Deployment/web-front", "Service/web-front", "ConfigMap/web-front-env", "Secret/web-front-env-secret", "ConfigMap/web-front-bind-3", "ServiceAccount/web-front",
      "Job/migrate", "Secret/migrate-env-secret", "ServiceAccount/migrate", "ConfigMap/config-nginx", "Secret/secret-tls", "PersistentVolumeClaim/data",
    ]);
  });
});
