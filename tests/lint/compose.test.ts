import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { memoryContext } from "../../src/memory-context.js";
import { lintProject, type Finding } from "../../src/lint/index.js";

/** A Compose project in memory, converted and linted as `kubepose lint` does: findings at Compose lines. */
function lint(files: Record<string, string>): Finding[] {
  const context = memoryContext(files);
  const result = runPipeline({ files: [] }, context);
  if (result.project === undefined || result.manifests === undefined) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return lintProject(result.project, result.manifests, context, { sources: result.sources });
}

const at = (findings: Finding[], rule: string) => findings.filter((finding) => finding.rule === rule).map((finding) => `${finding.object} ${finding.location?.file}:${finding.location?.line}:${finding.location?.column}`);

const compose = `x-app: &app
  build: ./api
  environment:
    DATABASE_URL: postgres://app:app@db:5432/app
services:
  api:
    <<: *app
    image: ghcr.io/acme/api:1.8.0
    ports: ["8080:8080"]
    deploy:
      replicas: 2
  worker:
    <<: *app
    image: ghcr.io/acme/api:latest
    command: ["worker"]
    volumes:
      - /srv/spool:/spool
    labels:
      kompose.volume.type: hostPath
  db:
    image: postgres:16-alpine
    expose: ["5432"]
    user: "70:70"
    read_only: true
    tmpfs: [/run/postgresql]
    healthcheck:
      test: ["CMD", "pg_isready", "-U", "app"]
    deploy:
      resources:
        limits: { cpus: "1", memory: 512M }
        reservations: { cpus: "0.5", memory: 256M }
  metrics:
    image: prom/node-exporter:v1.8.2
    network_mode: host
    pid: host
    privileged: true
    depends_on: [db]
`;

describe("lint over a Compose project", () => {
  const findings = lint({ "compose.yaml": compose, "api/Dockerfile": "FROM golang:1.22 AS build\nRUN go build -o /api\n\nFROM debian:bookworm\nCOPY --from=build /api /api\n" });

  it("places each finding at the Compose key it comes from", () => {
    expect(at(findings, "image-latest")).toEqual(["Deployment/worker /project/compose.yaml:14:5"]);
    expect(at(findings, "privileged")).toEqual(["Deployment/metrics /project/compose.yaml:36:5"]);
    expect(at(findings, "host-namespaces")).toEqual(["Deployment/metrics /project/compose.yaml:34:5", "Deployment/metrics /project/compose.yaml:35:5"]);
    expect(at(findings, "host-path")).toEqual(["Deployment/worker /project/compose.yaml:17:9"]);
    expect(at(findings, "no-pod-disruption-budget")).toEqual(["Deployment/api /project/compose.yaml:11:7"]);
    expect(at(findings, "no-anti-affinity")).toEqual(["Deployment/api /project/compose.yaml:6:3"]);
  });

  it("reports what Compose already says as settled: db has user, read_only, resources and a healthcheck", () => {
    const db = findings.filter((finding) => finding.object === "Deployment/db").map((finding) => finding.rule);
    expect(db.sort()).toEqual(["probes-missing", "single-replica"]);
    expect(findings.find((finding) => finding.object === "Deployment/db" && finding.rule === "probes-missing")?.message).toContain("has no livenessProbe:");
  });

  it("leaves out the init containers kubepose adds (the wait for db)", () => {
    const result = runPipeline({ files: [] }, memoryContext({ "compose.yaml": compose, "api/Dockerfile": "FROM alpine:3.20\n" }));
    const metrics = result.manifests?.find((manifest) => manifest.object.kind === "Deployment" && manifest.object.metadata.name === "metrics");
    expect(JSON.stringify(metrics?.object)).toContain("initContainers");
    expect(findings.some((finding) => finding.field.includes("initContainers"))).toBe(false);
  });

  it("reads the final stage of the Dockerfile for base-image, at the FROM line", () => {
    const base = findings.filter((finding) => finding.rule === "base-image");
    expect(base.map((finding) => `${finding.location?.file}:${finding.location?.line}`)).toEqual(["/project/api/Dockerfile:4", "/project/api/Dockerfile:4"]);
    expect(base[0]?.message).toContain("FROM debian:bookworm, a full image");
    expect(base[0]?.message).toContain("debian:bookworm-slim");
  });

  it("lists errors first", () => {
    expect(findings.slice(0, 3).map((finding) => finding.severity)).toEqual(["error", "error", "error"]);
  });
});
