import { relativeTo } from "../diagnostics/format.js";
import type { Severity } from "../diagnostics/types.js";
import { LINT_RULES, lintTopic } from "./rules.js";
import type { Finding } from "./types.js";

/** How `kubepose lint` prints its findings. File names are shown relative to `cwd`. */
export type LintFormat = "text" | "json" | "sarif";

export function renderFindings(findings: readonly Finding[], format: LintFormat, cwd: string, version: string): string {
  if (format === "json") return `${JSON.stringify({ findings: findings.map((finding) => jsonFinding(finding, cwd)), summary: summary(findings) }, null, 2)}\n`;
  if (format === "sarif") return `${JSON.stringify(sarif(findings, cwd, version), null, 2)}\n`;
  return text(findings, cwd);
}

const where = (finding: Finding, cwd: string) => (finding.location === undefined ? "" : `${relativeTo(finding.location.file, cwd)}:${finding.location.line}:${finding.location.column}: `);

function text(findings: readonly Finding[], cwd: string): string {
  const lines = findings.map((finding) => `${where(finding, cwd)}${finding.severity}[lint/${finding.rule}]: ${finding.message}\n  (kubepose explain ${lintTopic(finding.rule)})`);
  const counts = summary(findings);
  const total = (["error", "warning", "note"] as const).filter((severity) => counts[severity] > 0).map((severity) => `${counts[severity]} ${severity}${counts[severity] === 1 ? "" : "s"}`);
  return `${[...lines, total.length === 0 ? "no findings" : total.join(", ")].join("\n")}\n`;
}

function summary(findings: readonly Finding[]): Record<Severity, number> {
  const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
  return { error: count("error"), warning: count("warning"), note: count("note") };
}

function jsonFinding(finding: Finding, cwd: string) {
  return {
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    object: finding.object,
    field: finding.field,
    ...(finding.location === undefined ? {} : { location: { ...finding.location, file: relativeTo(finding.location.file, cwd) } }),
    explain: `kubepose explain ${lintTopic(finding.rule)}`,
  };
}

/**
 * SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html), the format code
 * scanning UIs read: one run, the rule table as the tool's rules, one result per finding with its
 * file and line. Levels map one to one (error, warning, note).
 */
function sarif(findings: readonly Finding[], cwd: string, version: string) {
  const index = new Map(LINT_RULES.map((rule, position) => [rule.id, position]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "kubepose",
            version,
            rules: LINT_RULES.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)(\w)/g, (_match, _dash: string, letter: string) => letter.toUpperCase()),
              shortDescription: { text: `Finds ${rule.checks}.` },
              help: { text: `Run kubepose explain ${lintTopic(rule.id)}. Follows: ${rule.sources.join("; ")}.` },
              defaultConfiguration: { level: rule.severity },
            })),
          },
        },
        results: findings.map((finding) => ({
          ruleId: finding.rule,
          ruleIndex: index.get(finding.rule) ?? -1,
          level: finding.severity,
          message: { text: finding.message },
          locations: finding.location === undefined ? [] : [{
            physicalLocation: {
              artifactLocation: { uri: encodeURI(relativeTo(finding.location.file, cwd)) },
              region: { startLine: finding.location.line, startColumn: finding.location.column },
            },
            logicalLocations: [{ name: finding.object, kind: "object" }],
          }],
        })),
      },
    ],
  };
}
