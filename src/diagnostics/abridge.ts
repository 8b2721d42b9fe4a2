import type { Diagnostic, Severity } from "./types.js";

/**
 * How many warnings or notes of one code are printed before the rest are counted. Three: each takes
 * about five terminal lines (the message, the source line, the caret), so a project with a handful of
 * codes still fits a screen, and three places are enough to see whether a cause is in one spot or
 * everywhere. Errors are never counted away: each one needs its own fix at its own position.
 */
export const SHOWN_PER_CODE = 3;

export interface Abridged {
  shown: Diagnostic[];
  /** Per code left out, in the order codes first appeared. */
  hidden: { code: string; severity: Severity; count: number }[];
}

export function abridge(diagnostics: readonly Diagnostic[], limit: number = SHOWN_PER_CODE): Abridged {
  const seen = new Map<string, number>();
  const hidden = new Map<string, { code: string; severity: Severity; count: number }>();
  const shown: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const key = `${diagnostic.severity}[${diagnostic.code}]`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (diagnostic.severity === "error" || count <= limit) {
      shown.push(diagnostic);
      continue;
    }
    const entry = hidden.get(key) ?? { code: diagnostic.code, severity: diagnostic.severity, count: 0 };
    entry.count++;
    hidden.set(key, entry);
  }
  return { shown, hidden: [...hidden.values()] };
}
