import { join } from "node:path";
import { runPipeline } from "../pipeline.js";
import { renderCompareText } from "../views/compare-text.js";
import { viewInputOf } from "../views/side-by-side.js";
import { nodeContext } from "./node-context.js";

/** Examples whose `kubepose compare` text is committed under tests/views/golden/, at a fixed width. */
export const compareGoldenExamples = ["voting-app", "wordpress-mysql"] as const;
export const compareGoldenWidth = 100;

/**
 * tests/views/golden/<example>.txt → the compare text of examples/<example>, rendered with an empty
 * process environment and without colour, so it depends on committed files only. `npm run examples`
 * writes these; tests/views/golden.test.ts fails when they drift.
 */
export function expectedCompareOutputs(repository: string): Map<string, string> {
  const outputs = new Map<string, string>();
  for (const name of compareGoldenExamples) {
    const directory = join(repository, "examples", name);
    const result = runPipeline({ files: [], envFiles: [] }, { ...nodeContext(), env: {}, cwd: directory });
    if (!result.manifests) throw new Error(`${directory} does not convert`);
    const text = renderCompareText(
      viewInputOf(result),
      { width: compareGoldenWidth, color: false, baseDir: directory },
    );
    outputs.set(join(repository, "tests", "views", "golden", `${name}.txt`), text);
  }
  return outputs;
}
