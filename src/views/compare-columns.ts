export const ansi = { bold: "\x1b[1m", dim: "\x1b[2m", cyan: "\x1b[36m", reset: "\x1b[0m" } as const;

export type Paint = (code: keyof typeof ansi, text: string) => string;

/** How `compare` writes: the columns, colour, and the Compose lines shown on the left. */
export interface Style {
  paint: Paint;
  color: boolean;
  /** A line of a Compose file as the SourceMap shows it (redacted). */
  lineText: (file: string, line: number) => string | undefined;
  /** A file's name as shown, relative to the base directory. */
  fileName: (file: string) => string;
}

/**
 * The two columns of one block of `compare` and its rows: a Compose line (or a file name, or nothing) on
 * the left, a manifest line (or a title, a fate…) on the right, and the marker between them. A row is
 * written once per manifest line (125,000 on 1000 services), so what all rows of a block share — the
 * empty left cell, the bar — is made once.
 */
export class Columns {
  readonly numberWidth: number;
  readonly leftWidth: number;
  readonly rightWidth: number;
  /** An empty left cell. */
  readonly blank: string;
  private readonly bar: string;

  constructor(
    readonly width: number,
    lastLine: number,
    private readonly style: Style,
  ) {
    this.leftWidth = Math.floor((width - 3) / 2);
    this.rightWidth = width - 3 - this.leftWidth;
    this.numberWidth = String(lastLine).length;
    this.blank = " ".repeat(this.leftWidth);
    this.bar = style.paint("dim", " │ ");
  }

  /** A Compose line: its number (dim) and its text. */
  lineCell(file: string, line: number): string {
    const { leftWidth, numberWidth, style } = this;
    const text = fit(`${String(line).padStart(numberWidth)}  ${clean(style.lineText(file, line) ?? "")}`, leftWidth).padEnd(leftWidth);
    // Without colour the two halves would only be joined again.
    return style.color ? style.paint("dim", text.slice(0, numberWidth)) + text.slice(numberWidth) : text;
  }

  /** The name of the next file, in bold. */
  headerCell(header: string): string {
    return this.style.paint("bold", fit(header, this.leftWidth).padEnd(this.leftWidth));
  }

  /** One row; a right cell with a style is painted in it, the marker "│" is dim and any other cyan. */
  row(left: string, right: string | undefined, rightStyle: "dim" | "bold" | undefined, marker: string): string {
    const { paint } = this.style;
    const rightText = right === undefined ? "" : fit(clean(right), this.rightWidth);
    const rightCell = rightStyle === undefined ? rightText : paint(rightStyle, rightText);
    const mark = marker === "│" ? this.bar : paint("cyan", ` ${marker} `);
    // The row is `${left}${mark}${rightCell}`.trimEnd(); trimming the joined row flattened every row into
    // a copy first. Only a right cell that is blank lets the trim reach the marker and the left cell.
    const tail = rightCell.trimEnd();
    return tail === "" ? `${left}${mark}`.trimEnd() : left + mark + tail;
  }
}

/** Tabs and control characters would break the columns. */
const unclean = /[\x00-\x1F\x7F-\x9F]/;
// One test first: nearly every cell is clean, and two replaces per cell of 125,000 rows were measurable.
const clean = (text: string): string => (unclean.test(text) ? text.replace(/\t/g, "  ").replace(/[\x00-\x1F\x7F-\x9F]/g, " ") : text);

/** Cuts a cell to its column, marking the cut with "…". */
export function fit(text: string, width: number): string {
  // A string has at most as many code points as UTF-16 units: a short one fits without being counted.
  if (text.length <= width) return text;
  return characterCount(text) <= width ? text : `${firstCharacters(text, Math.max(0, width - 1))}…`;
}

/**
 * Where a string's code points differ from its UTF-16 units. Without one (nearly every cell), counting
 * and cutting characters is length and slice; splitting every long cell into an array of characters
 * was a large part of compare's garbage (an image digest is longer than a column).
 */
const surrogate = /[\uD800-\uDFFF]/;

/** The number of code points, `[...text].length`. */
export const characterCount = (text: string): number => (surrogate.test(text) ? [...text].length : text.length);

/** The first `count` code points, `[...text].slice(0, count).join("")`. */
export const firstCharacters = (text: string, count: number): string => (surrogate.test(text) ? [...text].slice(0, count).join("") : text.slice(0, count));

/** The last `count` code points (at most all of them), `[...text].slice(-count).join("")` for a count above 0. */
export function lastCharacters(text: string, count: number): string {
  if (!surrogate.test(text)) return text.slice(Math.max(0, text.length - count));
  const characters = [...text];
  return characters.slice(Math.max(0, characters.length - count)).join("");
}

/** "Deployment web · spec.template.spec.containers[0]"; a field too long loses its start, the specific end stays. */
export function chunkTitle(object: string, field: string, width: number): string {
  if (field === "") return object;
  // As in fit: when the UTF-16 lengths fit, the code points do, and neither string is split.
  if (object.length + 3 + field.length <= width) return `${object} · ${field}`;
  const room = width - characterCount(object) - 3;
  return `${object} · ${characterCount(field) <= room ? field : `…${lastCharacters(field, Math.max(1, room - 1))}`}`;
}
