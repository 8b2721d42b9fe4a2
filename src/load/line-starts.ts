/**
 * Offsets → 1-based line and column: the line of an offset's block of 2^blockBits characters from a table,
 * then the few line starts within the block. Lines end at "\n" only (a "\r" before it is part of the line),
 * as YAML 1.2 counts them; columns count UTF-16 code units, like String.prototype.slice.
 */
export class LineStarts {
  private readonly starts: Uint32Array;
  /** Per block of the text, the 0-based line its first character is on. */
  private readonly blockLines: Uint32Array;

  constructor(text: string) {
    let count = 1;
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count++;
    const starts = new Uint32Array(count);
    let line = 1;
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) starts[line++] = at + 1;
    this.starts = starts;
    // Explain and the views place ~4,000 and ~18,000 offsets of a 20,000-line file: a binary search took
    // 15 steps each, still cold; a block of 32 characters holds about one line start of a Compose file.
    const blockLines = new Uint32Array((text.length >> blockBits) + 1);
    line = 0;
    for (let block = 0; block < blockLines.length; block++) {
      const first = block << blockBits;
      while (line + 1 < count && (starts[line + 1] as number) <= first) line++;
      blockLines[block] = line;
    }
    this.blockLines = blockLines;
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

  /** The 1-based line holding an offset (the first before the text, the last past its end). */
  private line(offset: number): number {
    const { starts, blockLines } = this;
    let line = offset < 0 ? 0 : (blockLines[Math.min(offset >> blockBits, blockLines.length - 1)] as number);
    while (line + 1 < starts.length && (starts[line + 1] as number) <= offset) line++;
    return line + 1;
  }
}

/** Blocks of 32 characters: a Compose line is ~25. */
const blockBits = 5;

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
