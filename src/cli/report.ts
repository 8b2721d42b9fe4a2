import type { PipelineResult } from "../pipeline.js";
import { migrationReport, migrationReportJson } from "../views/migration-report.js";
import { migrationReportMarkdown } from "../views/migration-report-markdown.js";
import { reportFormat } from "./report-format.js";
import { viewInputOf } from "../views/side-by-side.js";


/** The text of `kubepose convert --report FILE` for a pipeline result that converted. */
export function renderReport(file: string, result: PipelineResult, cwd: string): string {
  const input = viewInputOf(result);
  const report = migrationReport(input, result.diagnostics, cwd);
  return reportFormat(file) === "json" ? migrationReportJson(report) : migrationReportMarkdown(report);
}
