import { describe, expect, it } from "vitest";
import { buildConnections } from "../../src/connect/index.js";
import { exposedPorts } from "../../src/connect/dockerfile.js";
import { portsOfImage, imagePorts } from "../../src/model/image-ports.js";
import type { Service } from "../../src/model/project.js";
import { project, service } from "../convert/builder.js";

const env = (name: string, values: Record<string, string>): Partial<Service> => ({
  environment: values,
  environmentPaths: Object.fromEntries(Object.keys(values).map((key) => [key, ["services", name, "environment", key]])),
});

describe("the connection graph", () => {
  it("finds the issue's example: a URL with a port and a bare host variable", () => {
    const { value, diagnostics } = buildConnections(project([
      service("web", { image: "example/web:1", ...env("web", { DATABASE_URL: "postgres://app:pw@db:5432/app", REDIS_HOST: "cache" }) }),
      service("db", { image: "postgres:16" }),
      service("cache", { image: "redis:7" }),
    ]));
    expect(diagnostics).toEqual([]);
    expect(value.connections.map((c) => [c.from, c.to, c.port?.port, c.port?.origin, c.evidence.variable])).toEqual([
      ["web", "db", 5432, "reference", "DATABASE_URL"],
      ["web", "cache", 6379, "image", "REDIS_HOST"],
    ]);
    expect(value.connections[0]?.evidence).toMatchObject({ kind: "environment", path: ["services", "web", "environment", "DATABASE_URL"], text: "DATABASE_URL=postgres://app:***@db:5432/app" });
    expect(value.ports).toEqual({ db: [{ port: 5432, origin: "reference" }], cache: [{ port: 6379, origin: "image", source: "redis/docker-library-redis 6.0/bookworm/Dockerfile" }] });
  });

  it.each<[string, Partial<Service>, number | undefined, string | undefined]>([
    ["a scheme's default", env("web", { URL: "amqp://queue" }), 5672, "scheme"],
    ["a *_PORT partner", env("web", { QUEUE_HOST: "queue", QUEUE_PORT: "5673" }), 5673, "host-port-pair"],
    ["nothing: no port", env("web", { QUEUE_HOST: "queue" }), undefined, undefined],
  ])("takes the port from %s", (_, web, port, origin) => {
    const { value, diagnostics } = buildConnections(project([service("web", web), service("queue", { image: "example/queue:1" })]));
    expect(value.connections[0]?.port?.port).toBe(port);
    expect(value.connections[0]?.port?.origin).toBe(origin);
    expect(diagnostics.map((d) => d.code)).toEqual(port === undefined ? ["connection-no-port"] : []);
  });

  it("takes the target's own container port before any table", () => {
    const { value } = buildConnections(project([
      service("web", env("web", { API: "api" }) as Partial<Service>),
      service("api", { image: "nginx:1.27", ports: [{ target: 8000, published: 80, protocol: "tcp", path: ["services", "api", "ports", 0] }], ...env("api", {}) }),
      service("w", { dependsOn: [{ service: "api", condition: "service_started", required: true, restart: false, path: ["services", "w", "depends_on", "api"] }] }),
    ]));
    expect(value.connections.map((c) => [c.from, c.to, c.port?.port, c.port?.origin])).toEqual([["w", "api", 8000, "ports"]]);
  });

  it("resolves aliases, links aliases and container names to their service", () => {
    const { value } = buildConnections(project([
      service("web", { ...env("web", { A: "http://primary:80", B: "http://database:80", C: "http://shop-cache:80" }), links: [{ service: "db", alias: "database", path: ["services", "web", "links", 0] }] }),
      service("db", { networks: [{ name: "default", aliases: ["primary"], path: ["services", "db", "networks", "default"] }] }),
      service("cache", { containerName: "shop-cache" }),
    ]));
    expect(value.connections.map((c) => [c.name, c.to, c.evidence.kind])).toEqual([["database", "db", "links"], ["primary", "db", "environment"], ["database", "db", "environment"], ["shop-cache", "cache", "environment"]]);
    expect(value.aliases.map((a) => [a.name, a.service, a.kind])).toEqual([["primary", "db", "network-alias"], ["shop-cache", "cache", "container_name"], ["database", "db", "link-alias"]]);
  });

  it("reads mounted project files line by line and says where", () => {
    const conf = "upstream a {\n  server api:3000;\n}\nlocation / { proxy_pass http://web; root /srv/api; }\n";
    const { value } = buildConnections(project([
      service("proxy", { volumes: [{ type: "bind", source: "/p/nginx.conf", target: "/etc/nginx/nginx.conf", readOnly: true, insideProject: true, files: [{ path: "", content: conf }], path: ["services", "proxy", "volumes", 0] }] }),
      service("api", { expose: [{ port: 3000, protocol: "tcp", path: ["services", "api", "expose", 0] }] }),
      service("web"),
    ]));
    expect(value.connections.map((c) => [c.to, c.port?.port, c.evidence.file])).toEqual([
      ["api", 3000, { file: "/p/nginx.conf", line: 2, column: 10 }],
      ["web", 80, { file: "/p/nginx.conf", line: 4, column: 32 }],
    ]);
  });

  it("leaves a service's references to itself out", () => {
    const { value } = buildConnections(project([service("storage", { ...env("storage", { SELF: "http://storage:5000" }) })]));
    expect(value.connections).toEqual([]);
  });

  it("reads EXPOSE from a local build's Dockerfile", () => {
    const files: Record<string, string> = { "/p/api/Dockerfile": "FROM node:20 AS build\nEXPOSE 9999\nFROM node:20-slim\nEXPOSE 3000 53/udp\n" };
    const { value } = buildConnections(project([service("web", env("web", { API_HOST: "api" })), service("api", { image: "r/api:1", build: { context: "/p/api", args: {}, path: ["services", "api", "build"] } })], { workingDir: "/p" }), (path) => files[path]);
    expect(value.connections[0]?.port).toEqual({ port: 3000, origin: "dockerfile", source: "api/Dockerfile" });
  });
});

describe("Dockerfile EXPOSE", () => {
  it.each<[string, string, string | undefined, number[]]>([
    ["the last stage", "FROM a AS one\nEXPOSE 1\nFROM b\nEXPOSE 2 3/tcp 4/udp", undefined, [2, 3]],
    ["the target stage", "FROM a AS one\nEXPOSE 1\nFROM b\nEXPOSE 2", "one", [1]],
    ["continued lines, no variables", "FROM a\nEXPOSE 80 \\\n  443 $PORT", undefined, [80, 443]],
  ])("%s", (_, text, target, ports) => {
    expect(exposedPorts(text, target)).toEqual(ports);
  });
});

describe("the image port table", () => {
  it.each<[string, number[] | undefined]>([
    ["postgres:16-alpine", [5432]],
    ["docker.io/library/redis:7@sha256:0123", [6379]],
    ["rabbitmq:3-management", [5672, 4369, 5671, 15691, 15692, 25672, 15671, 15672]],
    ["quay.io/minio/minio", [9000]],
    ["bitnami/postgresql:16", undefined],
    ["registry.example.com/postgres:16", undefined],
  ])("%s", (image, ports) => {
    expect(portsOfImage(image)?.ports).toEqual(ports);
  });

  it("names the Dockerfile of every row", () => {
    for (const row of imagePorts) expect(row.source).toMatch(/^[\w.-]+\/[\w.-]+ \S*Dockerfile/);
  });
});
