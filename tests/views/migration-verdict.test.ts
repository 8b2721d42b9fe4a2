import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { migrationReport } from "../../src/views/migration-report.js";
import { migrationReportMarkdown } from "../../src/views/migration-report-markdown.js";
import { viewInput } from "../../src/views/view-input.js";
import { findExplanation } from "../../src/explain/catalogue.js";
import { memoryContext } from "../helpers/memory-context.js";

function reportOf(compose: string) {
  const result = runPipeline({ files: [], envFiles: [] }, memoryContext({ "compose.yaml": compose }));
  const input = viewInput(result);
  if (!input) throw new Error("does not convert");
  return migrationReport(input, result.diagnostics, "/project");
}

describe("should this app be on Kubernetes at all?", () => {
  it("names the gains this project asks for, with the services that ask", () => {
    const report = reportOf(`services:
  web:
    build: ./web
    deploy:
      replicas: 3
      update_config:
        parallelism: 1
      resources:
        limits: {memory: 256M}
    healthcheck:
      test: ["CMD", "wget", "-qO-", "http://localhost:8080/"]
  db:
    image: postgres:16
    healthcheck:
      test: ["CMD-SHELL", "pg_isready"]
    volumes: [db-data:/var/lib/postgresql/data]
volumes:
  db-data: {}
`);
    const { gains, costs } = report.onKubernetes;
    expect(gains).toEqual([
      expect.stringMatching(/^`web` asks for several replicas/),
      expect.stringMatching(/^`web` and `db` have a health check/),
      expect.stringMatching(/^`web` sets update_config/),
      expect.stringMatching(/^`web` sets resource limits/),
    ]);
    expect(costs[0]).toMatch(/^\d+ objects to apply and understand instead of 2 services: .*Deployments/);
    expect(costs.some((cost) => /manual steps? before it runs/.test(cost))).toBe(true);
  });

  it("says honestly when the Compose file asks for nothing Kubernetes adds", () => {
    const report = reportOf("services:\n  blog:\n    image: ghost:5\n    ports: [\"2368:2368\"]\n");
    expect(report.onKubernetes.gains).toEqual([expect.stringMatching(/^Nothing in this Compose file asks for what Kubernetes adds/)]);
  });

  it("closes the Markdown report with the gains, the costs and the rule of thumb, sourced", () => {
    const markdown = migrationReportMarkdown(reportOf("services:\n  blog:\n    image: ghost:5\n"));
    expect(markdown).toMatch(/## Should this app be on Kubernetes at all\?\n\nWhat the migration gains:\n\n- .*\n\nWhat it takes on:\n\n- /);
    expect(markdown.trimEnd()).toMatch(/\*\*Rule of thumb:\*\* If the app fits on one machine.*`kubepose explain migrate-or-not`, with its sources\)$/);
    const explanation = findExplanation("migrate-or-not");
    expect(explanation?.docs).toContain("https://docs.docker.com/compose/how-tos/production/");
  });
});
