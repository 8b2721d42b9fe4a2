import { basename } from "node:path";
import { writeSingleOutput } from "./single-output.js";
import { runPipeline } from "../pipeline.js";
import { projectOptions, type ProjectFlags } from "./project-flags.js";
import { renderCompareTextPieces } from "../views/compare-text.js";
import { renderCompareHtmlPieces } from "../views/compare-html.js";
import { sideBySideInput, sideBySideOutput } from "../views/view-input.js";
import { nodeContext } from "./node-context.js";
import type { Context } from "../model/context.js";
import { EXIT, printDiagnostics, useColor } from "./io.js";
import type { FileText } from "./transaction.js";

export interface CompareFlags extends ProjectFlags {
  width?: number;
  html?: boolean;
  out?: string;
  /** --watch: run again whenever a file of the project changes (src/cli/watch.ts). */
  watch?: boolean;
}

/** Columns when neither --width, a terminal nor $COLUMNS says: wide enough for two readable columns. */
const DEFAULT_WIDTH = 100;

/** $COLUMNS when it is a usable width (shells set it; `COLUMNS=120 kubepose compare | less`). */
function columnsVariable(): number | undefined {
  const value = Number(process.env["COLUMNS"]);
  return Number.isInteger(value) && value >= 40 && value <= 1000 ? value : undefined;
}

/**
 * `kubepose compare`: each Compose definition beside the objects made from it, in the terminal
 * (aligned by source line, explanations under each group) or, with --html, as one self-contained page.
 */
export function compareCommand(flags: CompareFlags, context: Context = nodeContext()): number {
  const result = runPipeline({ ...projectOptions(flags), output: sideBySideOutput }, context);
  const input = sideBySideInput(result);
  if (!input) {
    printDiagnostics(result.diagnostics, result.sources, context.cwd, flags.verbose === true);
    return EXIT.invalidInput;
  }
  const toFile = flags.out !== undefined && flags.out !== "-";
  let output: FileText;
  if (flags.html) {
    const title = result.project?.name ?? basename(context.cwd);
    // In pieces: written one after another, never joined into one string of the whole page.
    output = renderCompareHtmlPieces(input, result.diagnostics, { title, baseDir: context.cwd });
  } else {
    const width = flags.width ?? (!toFile && process.stdout.isTTY ? process.stdout.columns : undefined) ?? columnsVariable() ?? DEFAULT_WIDTH;
    output = renderCompareTextPieces(input, { width, color: !toFile && useColor(process.stdout), baseDir: context.cwd });
  }
  return writeSingleOutput(flags.out, output, result, context.cwd, flags.verbose === true);
}
