import { describe, expect, it } from "vitest";
import { z } from "zod";
import { renderFindings } from "../../src/lint/report.js";
import { LINT_RULES } from "../../src/lint/rules.js";
import type { Finding } from "../../src/lint/types.js";

const findings: Finding[] = [
  { rule: "privileged", severity: "error", message: "Deployment/agent: container 'agent' is privileged.", object: "Deployment/agent", field: ["spec"], location: { file: "/p/compose.yaml", line: 12, column: 5 } },
  { rule: "base-image", severity: "note", message: "service 'api': FROM node:20.", object: "service/api", field: ["services", "api", "build"], location: { file: "/p/api dir/Dockerfile", line: 4, column: 1 } },
  { rule: "single-replica", severity: "note", message: "Deployment/db: runs 1 replica.", object: "Deployment/db", field: ["spec", "replicas"] },
];

/**
 * The parts of SARIF 2.1.0 (OASIS standard, §3) that code-scanning UIs require, as a schema: a version,
 * runs with tool.driver.name, rules with ids, results whose ruleIndex points at their rule, levels
 * from the spec's enum, messages with text, and physical locations with a relative URI and a 1-based region.
 */
const level = z.enum(["none", "note", "warning", "error"]);
const sarifSchema = z.object({
  $schema: z.string().url(),
  version: z.literal("2.1.0"),
  runs: z.array(z.object({
    tool: z.object({ driver: z.object({
      name: z.string().min(1),
      version: z.string().min(1),
      rules: z.array(z.object({ id: z.string().min(1), name: z.string().regex(/^[A-Z][A-Za-z]*$/), shortDescription: z.object({ text: z.string().min(1) }), help: z.object({ text: z.string().min(1) }), defaultConfiguration: z.object({ level }) }).strict()),
    }).strict() }).strict(),
    results: z.array(z.object({
      ruleId: z.string(),
      ruleIndex: z.number().int().min(0),
      level,
      message: z.object({ text: z.string().min(1) }).strict(),
      locations: z.array(z.object({
        physicalLocation: z.object({
          artifactLocation: z.object({ uri: z.string().refine((uri) => !uri.startsWith("/") && !/\s/.test(uri), "a relative, encoded URI") }).strict(),
          region: z.object({ startLine: z.number().int().min(1), startColumn: z.number().int().min(1) }).strict(),
        }).strict(),
        logicalLocations: z.array(z.object({ name: z.string(), kind: z.string() }).strict()),
      }).strict()),
    }).strict()),
  }).strict()).length(1),
}).strict();

describe("lint output formats", () => {
  it("SARIF 2.1.0: valid structure, every result pointing at its rule", () => {
    const sarif = sarifSchema.parse(JSON.parse(renderFindings(findings, "sarif", "/p", "1.2.3")));
    const [run] = sarif.runs;
    expect(run?.tool.driver.rules.map((rule) => rule.id)).toEqual(LINT_RULES.map((rule) => rule.id));
    for (const result of run?.results ?? []) expect(run?.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
    expect(run?.results.map((result) => result.locations[0]?.physicalLocation.artifactLocation.uri)).toEqual(["compose.yaml", "api%20dir/Dockerfile", undefined]);
    expect(run?.results[0]).toMatchObject({ level: "error", locations: [{ physicalLocation: { region: { startLine: 12, startColumn: 5 } } }] });
  });

  it("JSON: findings with relative files, the topic to read, and a summary", () => {
    const json: unknown = JSON.parse(renderFindings(findings, "json", "/p", "1.2.3"));
    expect(json).toMatchObject({
      findings: [{ rule: "privileged", severity: "error", location: { file: "compose.yaml", line: 12, column: 5 }, explain: "kubepose explain lint/privileged" }, {}, { rule: "single-replica" }],
      summary: { error: 1, warning: 0, note: 2 },
    });
    expect((json as { findings: object[] }).findings[2]).not.toHaveProperty("location");
  });

  it("text: file:line:col, severity[lint/id], the message, the topic; a count", () => {
    expect(renderFindings(findings, "text", "/p", "1.2.3")).toBe([
      "compose.yaml:12:5: error[lint/privileged]: Deployment/agent: container 'agent' is privileged.",
      "  (kubepose explain lint/privileged)",
      "api dir/Dockerfile:4:1: note[lint/base-image]: service 'api': FROM node:20.",
      "  (kubepose explain lint/base-image)",
      "note[lint/single-replica]: Deployment/db: runs 1 replica.",
      "  (kubepose explain lint/single-replica)",
      "1 error, 2 notes",
      "",
    ].join("\n"));
    expect(renderFindings([], "text", "/p", "1.2.3")).toBe("no findings\n");
  });
});

describe("the rule table", () => {
  it("has unique ids, each with a severity, what it checks and sources", () => {
    expect(new Set(LINT_RULES.map((rule) => rule.id)).size).toBe(LINT_RULES.length);
    for (const rule of LINT_RULES) {
      expect(rule.checks.length, rule.id).toBeGreaterThan(10);
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
    }
  });
});
