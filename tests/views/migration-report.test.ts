import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { migrationReport, migrationReportJson } from "../../src/views/migration-report.js";
import { migrationReportMarkdown } from "../../src/views/migration-report-markdown.js";
import { memoryContext } from "../helpers/memory-context.js";

const COMPOSE = `name: shop
services:
  api:
    build: ./api
    image: registry.example.com/shop/api:1.0
    ports: ["8080:80"]
    environment:
      DB_PASSWORD: committed-value
    volumes:
      - data:/var/lib/api
      - /var/log/host:/logs
    secrets: [token]
    deploy:
      replicas: 2
      resources:
        limits:
          cpus: "0.5"
    stop_signal: SIGINT
    x-team: payments
  cache:
    image: redis:7 | latest
volumes:
  data: {}
secrets:
  token:
    file: ./token.txt
`;

const result = runPipeline({ files: [], envFiles: [] }, memoryContext({ "compose.yaml": COMPOSE, "token.txt": "s3cret", "api/Dockerfile": "FROM scratch" }));
if (!result.manifests) throw new Error(JSON.stringify(result.diagnostics, null, 2));
const input = { manifests: result.manifests, ...(result.project ? { project: result.project } : {}), ...(result.sources ? { sources: result.sources } : {}) };
const report = migrationReport(input, result.diagnostics, "/project");
const api = report.services.find((s) => s.name === "api");

describe("migrationReport", () => {
  it("lists the services with where they are written", () => {
    expect(report).toMatchObject({ format: "kubepose-migration-report", version: 1, project: "shop" });
    expect(report.services.map((s) => [s.name, s.file, s.line])).toEqual([["api", "compose.yaml", 3], ["cache", "compose.yaml", 20]]);
  });

  it.each([
    ["build", "approximated", 4],
    ["image", "mapped", 5],
    ["ports", "mapped", 6],
    ["deploy.replicas", "mapped", 14],
    ["deploy.resources.limits.cpus", "mapped", 17],
    ["stop_signal", "not-converted", 18],
  ])("key %s is %s (line %i)", (key, fate, line) => {
    expect(api?.keys.find((k) => k.key === key)).toMatchObject({ fate, line });
  });

  it("names every key written, deploy spelled out to its leaves", () => {
    expect(api?.keys.map((k) => k.key)).toEqual(expect.arrayContaining(["environment", "volumes", "secrets", "deploy.replicas"]));
    expect(api?.keys.map((k) => k.key)).not.toContain("deploy");
  });

  it("gives advice for keys it does not convert", () => {
    expect(api?.keys.find((k) => k.key === "stop_signal")?.advice).toMatch(/STOPSIGNAL/);
  });

  it("says which values of the chart (-c) each key sets", () => {
    const values = (key: string) => api?.keys.find((k) => k.key === key)?.chartValues;
    expect(values("deploy.replicas")).toEqual(["services.api.replicas"]);
    expect(values("image")).toEqual(["services.api.image.repository", "services.api.image.tag", "services.api.image.digest"]);
    expect(values("ports")).toEqual(["services.api.service.ports.tcp-80", "services.api.service.ports.tcp-8080"]);
    expect(values("environment")).toEqual(["secrets.api-env-secret.values.DB_PASSWORD"]);
    expect(values("stop_signal")).toBeUndefined();
    expect(migrationReportMarkdown(report)).toContain("chart: `services.api.replicas`");
  });

  it("lists the Kubernetes objects traced to a key", () => {
    expect(api?.keys.find((k) => k.key === "ports")?.fields).toContainEqual({ kind: "Service", name: "api", field: "" });
  });

  it.each([
    ["build-image", /registry\.example\.com\/shop\/api:1\.0/],
    ["storage-class", /PersistentVolumeClaim \S+ .*1Gi/],
    ["real-secret", /Secret \S*token\S* /],
    ["host-bind", /\/var\/log\/host/],
  ])("a manual step of kind %s", (kind, text) => {
    const steps = api?.manualSteps.filter((s) => s.kind === kind) ?? [];
    expect(steps.some((s) => text.test(s.text))).toBe(true);
  });

  it("a plain service has no manual steps", () => {
    expect(report.services.find((s) => s.name === "cache")?.manualSteps).toEqual([]);
  });

  it("attaches each service's warnings", () => {
    expect(api?.warnings.map((w) => w.code)).toEqual(expect.arrayContaining([expect.any(String)]));
    expect(api?.warnings.every((w) => w.file === "compose.yaml" && typeof w.line === "number")).toBe(true);
  });

  it("JSON round-trips", () => {
    expect(JSON.parse(migrationReportJson(report))).toEqual(report);
  });
});

describe("migrationReportMarkdown", () => {
  const markdown = migrationReportMarkdown(report);
  it.each([
    ["# Migration report: shop"],
    ["## Service `api` (compose.yaml:3)"],
    ["| `stop_signal` | 18 | not converted |"],
    ["- [ ] Build and push the image registry.example.com/shop/api:1.0"],
  ])("contains %s", (text) => {
    expect(markdown).toContain(text);
  });

  it("keeps every table row on one line with five cells", () => {
    const rows = markdown.split("\n").filter((line) => line.startsWith("| `"));
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(7);
  });
});

describe("a service written in several files", () => {
  const files = {
    "compose.yaml": "services:\n  api:\n    extends:\n      file: base.yaml\n      service: base\n    environment:\n      MODE: prod\n",
    "base.yaml": "services:\n  base:\n    image: example/api:1\n",
  };
  const multi = runPipeline({ files: [], envFiles: [] }, memoryContext(files));
  if (!multi.manifests) throw new Error("does not convert");
  const multiReport = migrationReport({ manifests: multi.manifests, ...(multi.project ? { project: multi.project } : {}), ...(multi.sources ? { sources: multi.sources } : {}) }, multi.diagnostics, "/project");

  it("names the file each key is written in", () => {
    const keys = multiReport.services[0]?.keys ?? [];
    expect(keys.find((k) => k.key === "image")).toMatchObject({ file: "base.yaml", line: 3 });
    expect(keys.find((k) => k.key === "environment")).toMatchObject({ file: "compose.yaml", line: 6 });
    expect(migrationReportMarkdown(multiReport)).toContain("| `image` | base.yaml:3 | mapped |");
  });
});

describe("migrationReport with a shared definition", () => {
  const shared = `x-worker: &worker
  image: registry.example.com/shop/worker:2.1
  logging:
    driver: json-file
services:
  email:
    <<: *worker
  reports:
    <<: *worker
`;
  const run = runPipeline({ files: [], envFiles: [] }, memoryContext({ "compose.yaml": shared }));
  if (!run.manifests) throw new Error(JSON.stringify(run.diagnostics, null, 2));
  const sharedReport = migrationReport({ manifests: run.manifests, ...(run.project ? { project: run.project } : {}), ...(run.sources ? { sources: run.sources } : {}) }, run.diagnostics, "/project");

  it("lists the one warning of a shared definition under each service that shares it", () => {
    expect(run.diagnostics.filter((d) => d.code === "unsupported-key")).toHaveLength(1);
    for (const name of ["email", "reports"]) {
      const warnings = sharedReport.services.find((s) => s.name === name)?.warnings ?? [];
      expect(warnings.map((w) => w.code)).toContain("unsupported-key");
    }
  });
});
