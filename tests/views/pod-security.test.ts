import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { migrationReport } from "../../src/views/migration-report.js";
import { migrationReportMarkdown } from "../../src/views/migration-report-markdown.js";
import { renderCompareText } from "../../src/views/compare-text.js";
import { sideBySideInput, sideBySideOutput, viewInput } from "../../src/views/view-input.js";
import { memoryContext } from "../helpers/memory-context.js";

const COMPOSE = `services:
  api:
    image: example/api:1.4
    user: "1000"
  agent:
    image: example/agent:3
    network_mode: host
`;
const files = { "compose.yaml": COMPOSE };

describe("the Pod Security level in the views", () => {
  it("the report gives each service's workload its level and every finding, with the field", () => {
    const result = runPipeline({ files: [], envFiles: [], podSecurity: "restricted" }, memoryContext(files));
    const report = migrationReport(viewInput(result)!, result.diagnostics, "/project");
    const [api, agent] = report.services;
    expect(api?.podSecurity).toEqual({ workload: "Deployment/api", level: "restricted", findings: [] });
    expect(agent?.podSecurity?.level).toBe("privileged");
    expect(agent?.podSecurity?.findings[0]).toEqual({ control: "host-namespaces", level: "baseline", field: "spec.template.spec.hostNetwork", problem: expect.stringContaining("hostNetwork: true") });
    const markdown = migrationReportMarkdown(report);
    expect(markdown).toContain("`Deployment/agent` meets **privileged**");
    expect(markdown).toContain("| host-namespaces | baseline | `spec.template.spec.hostNetwork` |");
  });

  it("compare shows the level under each service's block", () => {
    const text = renderCompareText(sideBySideInput(runPipeline({ files: [], envFiles: [], output: sideBySideOutput }, memoryContext(files)))!, { width: 160, color: false, baseDir: "/project" });
    expect(text).toContain("⛨ Pod Security: baseline; restricted is kept from it by privilege-escalation, run-as-non-root, capabilities-restricted");
    expect(text).toContain("⛨ Pod Security: privileged; baseline is kept from it by host-namespaces");
  });
});
