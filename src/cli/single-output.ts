import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, SourceMap } from "../diagnostics/types.js";
import { EXIT, printDiagnostics } from "./io.js";
import { commitFiles, OutputError, type FileText } from "./transaction.js";

/**
 * Where a view (compare, graph) sends its one text: the file `-o` names, in one transaction, or stdout
 * when `-o` is absent or "-". Then the diagnostics; the exit code says whether the write failed.
 */
export function writeSingleOutput(out: string | undefined, text: FileText, result: { diagnostics: Diagnostic[]; sources?: SourceMap | undefined }, cwd: string, verbose: boolean): number {
  if (out !== undefined && out !== "-") {
    try {
      commitFiles(new Map([[out, text]]));
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      result.diagnostics.push(diagnostic("output-write", [], { target: error.path, reason: error.reason }));
      printDiagnostics(result.diagnostics, result.sources, cwd, verbose);
      return EXIT.invalidInput;
    }
  } else {
    process.stdout.write(typeof text === "string" ? text : text.join(""));
  }
  printDiagnostics(result.diagnostics, result.sources, cwd, verbose);
  return EXIT.ok;
}
