import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Location, StageResult } from "../diagnostics/types.js";
import { substitute, type Lookup } from "./interpolate.js";

/**
 * Parses a .env / env_file text: KEY=VALUE lines, comments, quotes, `export`, references to earlier
 * variables. `lookup` resolves ${VAR} references to variables defined outside the file.
 * Diagnostics carry a location in `file`.
 *
 *   # a comment                     ignored, as are blank lines
 *   export NAME=web                 "export " is allowed and ignored
 *   GREETING=hello world # note     unquoted: trimmed, " #" starts a comment  → "hello world"
 *   LITERAL='${NAME} $x'            single quotes: taken as written           → "${NAME} $x"
 *   TEXT="line 1\nline \"2\""       double quotes: \n \r \t \" \\ \$ escapes, may span lines
 *   URL=http://${NAME}:80           unquoted and double-quoted values are interpolated → "http://web:80"
 *   HOME                            no "=": taken from `lookup`, skipped when unset there
 *
 * A value that would expand past MAX_VALUE_LENGTH (B=${A}${A}, doubled line after line) is not built: its
 * name goes into `tooLong` with where it was defined, and it is left out of the result. That is an error
 * only where the variable is used (the caller's lookup says so), as docker compose accepts a file that
 * defines such a variable and never uses it. `tooLong` may be shared by several files, in order.
 */
export function parseEnvFile(
  text: string,
  file: string,
  lookup: (name: string) => string | undefined,
  tooLong: Map<string, Location> = new Map(),
): StageResult<Record<string, string>> {
  const values = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  // Characters the references of one value have brought in so far; past the cap they bring nothing.
  const budget = { used: 0, over: false };
  const resolveName: Lookup = (name) => {
    // The caller's lookup knows no variable of `tooLong` (the shell's own value aside, which wins).
    const value = values.get(name) ?? lookup(name);
    if (value === undefined && tooLong.has(name)) budget.over = true;
    if (value === undefined || budget.over) return value === undefined ? undefined : "";
    budget.used += value.length;
    if (budget.used > MAX_VALUE_LENGTH) budget.over = true;
    return budget.over ? "" : value;
  };
  const define = (key: string, value: string | undefined, at: Location) => {
    if (value === undefined || value.length > MAX_VALUE_LENGTH) {
      values.delete(key);
      tooLong.set(key, at);
      return;
    }
    values.set(key, value);
    tooLong.delete(key);
  };
  const cursor = { text: text.startsWith("\uFEFF") ? text.slice(1) : text, offset: 0, line: 1 };

  while (cursor.offset < cursor.text.length) {
    const entry = readEntry(cursor);
    if (entry.kind === "skip") continue;
    const location = (column: number) => ({ file, line: entry.line, column });
    if (entry.kind === "error") {
      diagnostics.push(diagnostic("env-file-syntax", [], { reason: entry.reason }, location(entry.column)));
      continue;
    }
    if (entry.kind === "inherit") {
      const inherited = lookup(entry.key);
      if (inherited !== undefined) define(entry.key, inherited, location(1));
      continue;
    }
    if (!entry.interpolate) {
      define(entry.key, entry.value, location(entry.column));
      continue;
    }
    budget.used = 0;
    budget.over = false;
    const result = substitute(entry.value, resolveName, { lenient: true });
    if (result.ok) define(entry.key, budget.over ? undefined : result.value, location(entry.column));
    else if (result.error.kind === "required") {
      const { variable, message } = result.error;
      diagnostics.push(diagnostic("interpolation-required", [], { variable, message }, location(entry.column)));
    } else diagnostics.push(diagnostic("interpolation-syntax", [], { template: entry.value }, location(entry.column)));
  }
  return { value: Object.fromEntries(values), diagnostics };
}

/**
 * The longest value a variable may expand to: 1 MiB, the most a ConfigMap or Secret can hold, so no
 * longer value could reach a cluster anyway (and Linux refuses an environment string over 128 KiB).
 */
export const MAX_VALUE_LENGTH = 1024 * 1024;

type Cursor = { text: string; offset: number; line: number };

type Entry =
  | { kind: "skip" }
  | { kind: "error"; line: number; column: number; reason: string }
  | { kind: "inherit"; line: number; key: string }
  | { kind: "value"; line: number; column: number; key: string; value: string; interpolate: boolean };

const keyPattern = /^[A-Za-z_][A-Za-z0-9_.-]*/;

/** Reads one entry starting at the cursor and moves the cursor past it (several lines for quoted values). */
function readEntry(cursor: Cursor): Entry {
  const line = cursor.line;
  const lineStart = cursor.offset;
  const lineEnd = endOfLine(cursor.text, lineStart);
  const raw = cursor.text.slice(lineStart, lineEnd).replace(/\r$/, "");
  // Every outcome of a one-line entry moves the cursor to the next line.
  const next = <T extends Entry>(entry: T): T => {
    cursor.offset = lineEnd + 1;
    cursor.line++;
    return entry;
  };
  const indent = raw.length - raw.trimStart().length;
  let body = raw.slice(indent);
  if (body === "" || body.startsWith("#")) return next({ kind: "skip" });

  let column = indent + 1;
  const exported = /^export[ \t]+/.exec(body);
  if (exported) {
    body = body.slice(exported[0].length);
    column += exported[0].length;
  }
  const error = (at: number, reason: string): Entry => next({ kind: "error", line, column: at, reason });
  const key = keyPattern.exec(body)?.[0];
  if (!key) return error(column, `"${body}" does not start with a variable name (a letter or "_", then letters, digits, "_", "." or "-")`);

  const afterKey = body.slice(key.length);
  const spaces = afterKey.length - afterKey.trimStart().length;
  const rest = afterKey.trimStart();
  if (rest === "" || rest.startsWith("#")) return next({ kind: "inherit", line, key });
  if (!rest.startsWith("=")) return error(column + key.length + spaces, `expected "=" after ${key}, found "${rest}"`);

  const afterEquals = rest.slice(1);
  const valueIndent = afterEquals.length - afterEquals.trimStart().length;
  const valueColumn = column + key.length + spaces + 1 + valueIndent;
  const valueOffset = lineStart + valueColumn - 1;
  const quote = cursor.text[valueOffset];
  if (quote === "'" || quote === '"') return readQuoted(cursor, { line, key, quote, valueOffset, valueColumn });

  const unquoted = afterEquals.trimStart();
  const comment = /\s#/.exec(unquoted);
  const value = (comment ? unquoted.slice(0, comment.index) : unquoted).trim();
  return next({ kind: "value", line, column: valueColumn, key, value, interpolate: true });
}

type QuotedStart = { line: number; key: string; quote: "'" | '"'; valueOffset: number; valueColumn: number };

/** A quoted value may run over several lines; after the closing quote only a comment may follow. */
function readQuoted(cursor: Cursor, start: QuotedStart): Entry {
  const { text } = cursor;
  let close = start.valueOffset + 1;
  while (close < text.length && text[close] !== start.quote) close += start.quote === '"' && text[close] === "\\" ? 2 : 1;
  if (close >= text.length) {
    cursor.offset = text.length;
    return { kind: "error", line: start.line, column: start.valueColumn, reason: `the ${start.quote} quote that starts the value of ${start.key} is never closed` };
  }
  const content = text.slice(start.valueOffset + 1, close);
  const lineEnd = endOfLine(text, close);
  const afterQuote = text.slice(close + 1, lineEnd).replace(/\r$/, "");
  const trailing = afterQuote.trim();
  const closeLine = start.line + countNewlines(content);
  const closeLineStart = text.lastIndexOf("\n", close) + 1;
  const trailingColumn = close + 2 - closeLineStart + (afterQuote.length - afterQuote.trimStart().length);
  cursor.offset = lineEnd + 1;
  cursor.line = closeLine + 1;
  if (trailing !== "" && !trailing.startsWith("#")) {
    return { kind: "error", line: closeLine, column: trailingColumn, reason: `unexpected "${trailing}" after the closing quote of ${start.key}` };
  }
  if (start.quote === "'") return { kind: "value", line: start.line, column: start.valueColumn, key: start.key, value: content, interpolate: false };
  return { kind: "value", line: start.line, column: start.valueColumn, key: start.key, value: unescape(content), interpolate: true };
}

/** Escapes of double-quoted values. An escaped "$" becomes "$$" so interpolation keeps it literal. */
const escapes: Record<string, string> = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\", $: "$$" };

function unescape(content: string): string {
  return content.replace(/\\(.)/gs, (whole, char: string) => escapes[char] ?? whole);
}

function endOfLine(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
}

function countNewlines(text: string): number {
  let count = 0;
  for (const char of text) if (char === "\n") count++;
  return count;
}
