import { describe, expect, it } from "vitest";
import type { Service } from "../../../src/model/project.js";
import { codes, containerOf, find, get, project, run, service } from "../builder.js";

const env = (name: string, values: Record<string, string>): Partial<Service> => ({
  environment: values,
  environmentPaths: Object.fromEntries(Object.keys(values).map((key) => [key, ["services", name, "environment", key]])),
});
const kinds = (manifests: { object: { kind: string; metadata: { name: string } } }[]) => manifests.map((m) => `${m.object.kind}/${m.object.metadata.name}`);

describe("a Service for every service that something reaches", () => {
  it("writes Services for portless peers, on the ports peers use, and none for a worker", () => {
    const { manifests, diagnostics } = run(project([
      service("web", { image: "example/web:1", ...env("web", { DATABASE_URL: "postgres://app:pw@db:5432/app", REDIS_HOST: "cache" }) }),
      service("db", { image: "postgres:16" }),
      service("cache", { image: "redis:7" }),
      service("worker", { image: "example/worker:1" }),
    ]));
    expect(codes(diagnostics)).toEqual([]);
    expect(kinds(manifests).filter((k) => k.startsWith("Service/"))).toEqual(["Service/db", "Service/cache"]);
    expect(get(find(manifests, "Service", "db").object, "spec", "ports")).toEqual([{ name: "tcp-5432", port: 5432, targetPort: 5432, protocol: "TCP" }]);
    expect(find(manifests, "Service", "cache").explanations).toEqual(["service-discovery"]);
    expect(containerOf(manifests, "Deployment", "cache").ports).toEqual([{ containerPort: 6379, protocol: "TCP" }]);
  });

  it("adds a port peers name beside the declared ones", () => {
    const { manifests } = run(project([
      service("web", env("web", { METRICS: "http://api:9100/metrics" })),
      service("api", { expose: [{ port: 3000, protocol: "tcp", path: ["services", "api", "expose", 0] }] }),
    ]));
    expect((get(find(manifests, "Service", "api").object, "spec", "ports") as { port: number }[]).map((p) => p.port)).toEqual([3000, 9100]);
  });

  it("warns, naming the peer and the reference, when no port is known", () => {
    const { manifests, diagnostics } = run(project([service("web", env("web", { SMTP_HOST: "mailer" })), service("mailer", { image: "example/mailer:1" })]));
    expect(diagnostics).toMatchObject([{ code: "connection-no-port", severity: "warning", path: ["services", "web", "environment", "SMTP_HOST"] }]);
    expect(diagnostics[0]?.message).toContain("'web' reaches 'mailer' through SMTP_HOST");
    expect(kinds(manifests)).not.toContain("Service/mailer");
  });
});

describe("aliases answer too", () => {
  const db = (overrides: Partial<Service>) => service("db", { image: "postgres:16", ...overrides });

  it("writes one Service per alias, same selector and ports", () => {
    const { manifests, diagnostics } = run(project([
      service("web", env("web", { DB_HOST: "primary" })),
      db({ networks: [{ name: "default", aliases: ["primary", "DB"], path: ["services", "db", "networks", "default"] }], containerName: "shop-db" }),
    ]));
    expect(codes(diagnostics)).toEqual([]);
    expect(kinds(manifests).filter((k) => k.startsWith("Service/"))).toEqual(["Service/db", "Service/primary", "Service/shop-db"]);
    const alias = find(manifests, "Service", "primary").object;
    expect(get(alias, "spec", "selector")).toEqual(get(find(manifests, "Service", "db").object, "spec", "selector"));
    expect(get(alias, "spec", "ports")).toEqual([{ name: "tcp-5432", port: 5432, targetPort: 5432, protocol: "TCP" }]);
  });

  it.each<[string, string, string]>([
    ["a dotted alias", "realtime-dev.supabase-realtime", "contains '.'"],
    ["an underscore", "db_primary", "DNS-1035"],
    ["another service's name", "web", "already called 'web'"],
  ])("says why %s cannot be a Service", (_, alias, reason) => {
    const { manifests, diagnostics } = run(project([
      service("web", env("web", { DB_HOST: "db" })),
      db({ networks: [{ name: "default", aliases: [alias], path: ["services", "db", "networks", "default"] }] }),
    ]));
    const warning = diagnostics.find((d) => d.code === "alias-not-service");
    expect(warning?.message).toContain(reason);
    expect(warning?.path).toEqual(["services", "db", "networks", "default", "aliases", 0]);
    expect(kinds(manifests).filter((k) => k.startsWith("Service/"))).toEqual(["Service/db"]);
  });
});

describe("probes and waits", () => {
  it("rewrites a readiness probe that calls the service's own name to localhost", () => {
    const test = ["/bin/sh", "-c", "wget -q --spider http://storage:5000/status"];
    const { manifests, diagnostics } = run(project([service("storage", { healthcheck: { disabled: false, test, path: ["services", "storage", "healthcheck"] } })]));
    expect(codes(diagnostics)).toEqual(["probe-own-name"]);
    expect(get(containerOf(manifests, "Deployment", "storage"), "readinessProbe", "exec", "command")).toEqual(["/bin/sh", "-c", "wget -q --spider http://localhost:5000/status"]);
  });

  it.each<[string, string[], string[]]>([
    ["a host flag in a shell string", ["/bin/sh", "-c", "pg_isready -h storage -U app"], ["/bin/sh", "-c", "pg_isready -h localhost -U app"]],
    ["an exec-form host flag", ["redis-cli", "-h", "storage", "ping"], ["redis-cli", "-h", "localhost", "ping"]],
    ["an alias of its own", ["wget", "-qO-", "http://files:5000/status"], ["wget", "-qO-", "http://localhost:5000/status"]],
  ])("rewrites %s", (_, test, expected) => {
    const networks = [{ name: "default", aliases: ["files"], path: ["services", "storage", "networks", "default"] }];
    const { manifests } = run(project([service("storage", { networks, healthcheck: { disabled: false, test, path: ["services", "storage", "healthcheck"] } })]));
    expect(get(containerOf(manifests, "Deployment", "storage"), "readinessProbe", "exec", "command")).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ["another service", ["curl", "-f", "http://api:3000/"]],
    ["a look-alike path", ["test", "-f", "/var/lib/storage/ready"]],
  ])("leaves a probe that calls %s alone", (_, test) => {
    const { manifests } = run(project([service("storage", { healthcheck: { disabled: false, test, path: ["services", "storage", "healthcheck"] } }), service("api")]));
    expect(get(containerOf(manifests, "Deployment", "storage"), "readinessProbe", "exec", "command")).toEqual(test);
  });

  it("waits on the container port of a published dependency", () => {
    const { manifests } = run(project([
      service("web", { dependsOn: [{ service: "api", condition: "service_started", required: true, restart: false, path: ["services", "web", "depends_on", "api"] }] }),
      service("api", { ports: [{ target: 80, published: 8080, protocol: "tcp", path: ["services", "api", "ports", 0] }] }),
    ]));
    const init = get(find(manifests, "Deployment", "web").object, "spec", "template", "spec", "initContainers", 0, "command", 2);
    expect(init).toContain("nc -z -w 2 api 80;");
  });
});
