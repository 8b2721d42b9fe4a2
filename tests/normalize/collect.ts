import type { Diagnostic, Path } from "../../src/diagnostics/types.js";

/** Runs a parser with a fresh diagnostics list and returns both, so tables can assert on codes and paths. */
export function run<T>(parse: (out: Diagnostic[]) => T): { value: T; codes: string[]; paths: Path[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const value = parse(diagnostics);
  return { value, codes: diagnostics.map((d) => d.code), paths: diagnostics.map((d) => d.path), diagnostics };
}
