/**
 * Offsets → 1-based line and column, by binary search in the offsets where lines start. Lines end at
 * "\n" only (a "\r" before it is part of the line), as YAML 1.2 counts them; columns count UTF-16 code
 * units, like String.prototype.slice.
 */
export class LineStarts {
  private readonly starts: Uint32Array;

  constructor(text: string) {
    let count = 1;
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count++;
    const starts = new Uint32Array(count);
    let line = 1;
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) starts[line++] = at + 1;
    this.starts = starts;
  }

  position(offset: number): { line: number; column: number } {
    const line = this.line(offset);
    return { line, column: offset - (this.starts[line - 1] ?? 0) + 1 };
  }

  /** Where an offset of `file` is, as one object (explain places every traced field: no spread per call). */
  location(file: string, offset: number): { file: string; line: number; column: number } {
    const line = this.line(offset);
    return { file, line, column: offset - (this.starts[line - 1] ?? 0) + 1 };
  }

  /** The 1-based line holding an offset. */
  private line(offset: number): number {
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }
}

/**
 * A file's text that places offsets in it, for the locators of both YAML readers (yaml-locate.ts,
 * yaml-spots.ts); the line table is built on the first question, since most runs ask none.
 */
export class FileText {
  private lines: LineStarts | undefined;

  constructor(
    protected readonly text: string,
    protected readonly file: string,
  ) {}

  /** 1-based line and column of an offset; the file's start for -1. */
  location(offset: number): { file: string; line: number; column: number } {
    if (offset < 0) return { file: this.file, line: 1, column: 1 };
    this.lines ??= new LineStarts(this.text);
    return this.lines.location(this.file, offset);
  }
}
