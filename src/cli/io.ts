import type { Diagnostic, SourceMap } from "../diagnostics/types.js";
import { abridge } from "../diagnostics/abridge.js";
import { formatDiagnostic } from "../diagnostics/format.js";

/** Exit codes of the CLI contract. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2, internal: 70 } as const;

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !process.env["NO_COLOR"];
}

/**
 * Prints diagnostics to stderr in source order, then a one-line count. Without `verbose`, warnings and
 * notes of one code stop after SHOWN_PER_CODE, and a line says how many more there are.
 */
export function printDiagnostics(diagnostics: readonly Diagnostic[], sources: SourceMap | undefined, cwd: string, verbose = false): void {
  if (diagnostics.length === 0) return;
  const color = useColor(process.stderr);
  const { shown, hidden } = verbose ? { shown: diagnostics, hidden: [] } : abridge(diagnostics);
  const lines = shown.map((d) => formatDiagnostic(d, sources, { color, cwd }));
  for (const { code, severity, count } of hidden) lines.push(`… and ${count} more ${severity}[${code}] (use --verbose to list them)`);
  process.stderr.write(`${lines.join("\n")}\n${summary(diagnostics)}\n`);
}

function summary(diagnostics: readonly Diagnostic[]): string {
  const count = (severity: Diagnostic["severity"]) => diagnostics.filter((d) => d.severity === severity).length;
  const parts: string[] = [];
  for (const [severity, label] of [["error", "error"], ["warning", "warning"], ["note", "note"]] as const) {
    const n = count(severity);
    if (n > 0) parts.push(`${n} ${label}${n === 1 ? "" : "s"}`);
  }
  return parts.join(", ");
}
