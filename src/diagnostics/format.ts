import type { Diagnostic, SourceMap } from "./types.js";
import { formatPath } from "./types.js";

export interface FormatOptions {
  color: boolean;
  /** Shown instead of absolute paths: file names are printed relative to this directory. */
  cwd?: string;
}

const SEVERITY_COLOR = { error: "\x1b[1;31m", warning: "\x1b[1;33m", note: "\x1b[1;36m" } as const;
const RESET = "\x1b[0m";
const DIM = "\x1b[2m";

/**
 * Formats like a compiler:
 *   compose.yaml:14:9: error[port-syntax]: ...
 *      14 |       - "80:x"
 *         |         ^
 */
export function formatDiagnostic(diagnostic: Diagnostic, sources: SourceMap | undefined, options: FormatOptions): string {
  const paint = (code: string, text: string) => (options.color ? `${code}${text}${RESET}` : text);
  const { location } = diagnostic;
  const where = location ? `${relativeTo(location.file, options.cwd)}:${location.line}:${location.column}: ` : "";
  const at = diagnostic.path.length > 0 && !location ? ` (at ${formatPath(diagnostic.path)})` : "";
  const head = `${where}${paint(SEVERITY_COLOR[diagnostic.severity], `${diagnostic.severity}[${diagnostic.code}]`)}: ${diagnostic.message}${at}`;
  const line = location ? sources?.lineText(location.file, location.line) : undefined;
  if (!location || line === undefined) return head;
  const number = String(location.line);
  const gutter = " ".repeat(number.length);
  const caret = " ".repeat(Math.max(0, location.column - 1)) + "^";
  return [head, paint(DIM, ` ${number} | `) + line, paint(DIM, ` ${gutter} | `) + paint(SEVERITY_COLOR[diagnostic.severity], caret)].join("\n");
}

export function relativeTo(file: string, cwd: string | undefined): string {
  if (!cwd) return file;
  const prefix = cwd.endsWith("/") ? cwd : `${cwd}/`;
  return file.startsWith(prefix) ? file.slice(prefix.length) : file;
}
