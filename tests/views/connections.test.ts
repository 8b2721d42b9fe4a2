import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { migrationReport } from "../../src/views/migration-report.js";
import { migrationReportMarkdown } from "../../src/views/migration-report-markdown.js";
import { renderCompareText } from "../../src/views/compare-text.js";
import { sideBySideInput, sideBySideOutput, viewInput } from "../../src/views/view-input.js";
import { memoryContext } from "../helpers/memory-context.js";

const COMPOSE = `services:
  web:
    image: example/web:1
    environment:
      DATABASE_URL: postgres://app:pw@db:5432/app
      REDIS_HOST: cache
    volumes:
      - ./nginx.conf:/etc/nginx/nginx.conf:ro
  db:    { image: postgres:16 }
  cache: { image: redis:7 }
  api:   { image: example/api:1, expose: ["3000"] }
`;
const files = { "compose.yaml": COMPOSE, "nginx.conf": "events {}\nhttp {\n  server { location / { proxy_pass http://api:3000; } }\n}\n" };
const result = runPipeline({ files: [], envFiles: [] }, memoryContext(files));
if (!result.manifests) throw new Error(JSON.stringify(result.diagnostics, null, 2));

describe("connections in the views", () => {
  it("are on the pipeline result", () => {
    expect(result.connections?.connections.map((c) => `${c.from}->${c.to}:${c.port?.port ?? "?"}`)).toEqual(["web->db:5432", "web->cache:6379", "web->api:3000"]);
  });

  it("make the report's Connections section, with the line of each reference", () => {
    const report = migrationReport(viewInput(result)!, result.diagnostics, "/project");
    expect(report.connections).toEqual([
      { from: "web", to: "db", name: "db", port: 5432, portFrom: "written in the reference", evidence: "environment", variable: "DATABASE_URL", text: "DATABASE_URL=postgres://app:***@db:5432/app", file: "compose.yaml", line: 5 },
      { from: "web", to: "cache", name: "cache", port: 6379, portFrom: "EXPOSE in redis/docker-library-redis 6.0/bookworm/Dockerfile", evidence: "environment", variable: "REDIS_HOST", text: "REDIS_HOST=cache", file: "compose.yaml", line: 6 },
      { from: "web", to: "api", name: "api", port: 3000, portFrom: "written in the reference", evidence: "mounted-file", text: "server { location / { proxy_pass http://api:3000; } }", file: "nginx.conf", line: 3 },
    ]);
    const markdown = migrationReportMarkdown(report);
    expect(markdown).toContain("## Connections");
    expect(markdown).toContain("| `web` | `db` | 5432 | written in the reference | DATABASE_URL: `DATABASE_URL=postgres://app:***@db:5432/app` | compose.yaml:5 |");
  });

  it("list each service's peers in compare", () => {
    const text = renderCompareText(sideBySideInput(runPipeline({ files: [], envFiles: [], output: sideBySideOutput }, memoryContext(files)))!, { width: 120, color: false, baseDir: "/project" });
    expect(text).toContain("⇄ reaches db:5432 (DATABASE_URL, compose.yaml:5)");
    expect(text).toContain("⇄ reached by web at api:3000 (mounted-file, nginx.conf:3)");
  });
});
