import { join } from "node:path";
import { runPipeline } from "../../src/pipeline.js";
import { renderCompareText } from "../../src/views/compare-text.js";
import { sideBySideInput, sideBySideOutput } from "../../src/views/view-input.js";
import { nodeContext } from "../../src/cli/node-context.js";

/**
 * Projects whose `kubepose compare` text is committed under tests/views/golden/, each at fixed widths:
 * the examples, and tests/views/projects/ (written in an order unlike Kubernetes' field order: labels
 * last, healthcheck before ports), at a narrow terminal's 80 columns and a wide one's 120.
 */
export const compareGoldens = [
  { name: "voting-app", directory: "examples/voting-app", widths: [80, 100, 120] },
  { name: "wordpress-mysql", directory: "examples/wordpress-mysql", widths: [100] },
  { name: "shop", directory: "tests/views/projects/shop", widths: [80, 120] },
] as const;

/**
 * tests/views/golden/<name>-<width>.txt → the compare text of that project, rendered with an empty
 * process environment and without colour, so it depends on committed files only. `npm run examples`
 * writes these; tests/views/golden.test.ts fails when they drift.
 */
export function expectedCompareOutputs(repository: string): Map<string, string> {
  const outputs = new Map<string, string>();
  for (const { name, directory: relativeDirectory, widths } of compareGoldens) {
    const directory = join(repository, relativeDirectory);
    const input = sideBySideInput(runPipeline({ files: [], envFiles: [], output: sideBySideOutput }, { ...nodeContext(), env: {}, cwd: directory }));
    if (!input) throw new Error(`${directory} does not convert`);
    for (const width of widths) {
      const text = renderCompareText(input, { width, color: false, baseDir: directory });
      outputs.set(join(repository, "tests", "views", "golden", `${name}-${width}.txt`), text);
    }
  }
  return outputs;
}
