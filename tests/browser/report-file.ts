// The HTML report of `kubepose compare --html` for a project folder, written to a temporary file for
// Chromium to open, with what it was made from (the report tests read the page against it).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Diagnostic } from "../../src/diagnostics/types.js";
import { runPipeline } from "../../src/pipeline.js";
import { nodeContext } from "../../src/cli/node-context.js";
import { renderCompareHtml } from "../../src/views/compare-html.js";
import { sideBySideInput, sideBySideOutput, type SideBySideInput } from "../../src/views/view-input.js";

export interface ReportFile {
  url: string;
  input: SideBySideInput;
  diagnostics: Diagnostic[];
  title: string;
}

export function writeReport(directory: string): ReportFile {
  const result = runPipeline({ files: [], envFiles: [], output: sideBySideOutput }, { ...nodeContext(), env: {}, cwd: directory });
  const input = sideBySideInput(result);
  if (!input || !result.project) throw new Error(`${basename(directory)} does not convert`);
  const title = result.project.name;
  const html = renderCompareHtml(input, result.diagnostics, { title, baseDir: directory });
  const file = join(mkdtempSync(join(tmpdir(), "kubepose-report-")), "report.html");
  writeFileSync(file, html);
  return { url: pathToFileURL(file).href, input, diagnostics: result.diagnostics, title };
}
