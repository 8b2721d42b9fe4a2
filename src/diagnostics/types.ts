/** A position in a Compose file, 1-based like a compiler's. */
export type Location = { file: string; line: number; column: number };

/** A path into a document: ["services", "web", "ports", 0]. */
export type Path = (string | number)[];

export type Severity = "error" | "warning" | "note";

export type Diagnostic = {
  code: string;
  severity: Severity;
  path: Path;
  message: string;
  location?: Location;
  /**
   * The text the caret points at inside the located value, when that is narrower than the whole value:
   * the `${` of a bad variable reference, the file name of an env_file item. Looked for on the located
   * line, from the located column on; the caret stays at the value when it is not found there.
   */
  mark?: string;
  /** Other paths with the same cause (services sharing one definition), when this one stands for several. */
  also?: Path[];
};

/** What every pipeline stage returns: a value and what it noticed on the way. */
export type StageResult<T> = { value: T; diagnostics: Diagnostic[] };

/** Answers "where was this path written?"; undefined when nothing in the sources matches. */
export interface SourceMap {
  locate(path: Path): Location | undefined;
  /** The text of one line of a loaded file (1-based), for showing the offending line. */
  lineText(file: string, line: number): string | undefined;
  /**
   * The whole text of a loaded file: its lines as lineText gives them, joined by "\n". For a view that
   * shows every line (outlines, pages); without it, wholeText reads the lines one by one.
   */
  text?(file: string): string | undefined;
}

/** Every line of a loaded file as lineText gives them, joined by "\n"; undefined for a file not loaded. */
export function wholeText(sources: SourceMap, file: string): string | undefined {
  if (sources.text) return sources.text(file);
  const lines: string[] = [];
  for (let line = 1; ; line += 1) {
    const text = sources.lineText(file, line);
    if (text === undefined) break;
    lines.push(text);
  }
  return lines.length === 0 ? undefined : lines.join("\n");
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === "error");

/** "services.web.ports[0]" — how paths are shown to people. */
export function formatPath(path: Path): string {
  // The parts joined at once: one flat string. Appending part by part (+=) makes a chain of concatenated
  // strings once the text passes 12 characters, four times the memory of the flat text, which the
  // garbage collector copies as long as a path text lives (the HTML page keeps one per Compose line).
  const pieces = new Array<string>(path.length);
  // By index: a for-of allocates a result object per step until optimized (6000 origins per 1000 services).
  let empty = true;
  for (let index = 0; index < path.length; index++) {
    const part = path[index]!;
    if (typeof part === "number") pieces[index] = `[${part}]`;
    else pieces[index] = empty ? part : `.${part}`;
    empty &&= pieces[index] === "";
  }
  return pieces.join("");
}

/** A path as a map key: parts joined by a character no key holds, numbers marked apart from strings. */
export const pathKey = (path: Path): string => path.map((part) => (typeof part === "number" ? `#${part}` : `.${part}`)).join("\u0000");
