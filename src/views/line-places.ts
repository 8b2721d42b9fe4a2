import type { Location } from "../diagnostics/types.js";

/** One file's lines that have places: their numbers (ascending once sorted) and the places filed on each line, ascending. */
interface FileLines {
  lines: number[];
  places: (number[] | undefined)[];
  sorted: boolean;
}

/** Shared by every answer without places: frozen, as no caller is to change an answer. */
const none: number[] = Object.freeze([]) as unknown as number[];

/**
 * Numbered places (the fields traced to Compose lines, in trace order) filed by the file and line of their
 * location, so that the places of a line, or of a range of lines, are found without a scan and in order
 * by sorting numbers. Places must be added in increasing order. The trace index files every traced field
 * of a list of manifests here (trace-lookups.ts indexLines); the HTML page files each manifest's while it
 * visits it (page-line-groups.ts).
 */
export class LinePlaces {
  /** By file: a look-up per Compose line builds no key string. */
  private readonly files = new Map<string, FileLines>();

  add(at: Location, place: number): void {
    let file = this.files.get(at.file);
    if (!file) this.files.set(at.file, (file = { lines: [], places: [], sorted: true }));
    const places = file.places[at.line];
    if (places) places.push(place);
    else {
      file.places[at.line] = [place];
      if (file.sorted && file.lines.length > 0 && file.lines[file.lines.length - 1]! > at.line) file.sorted = false;
      file.lines.push(at.line);
    }
  }

  /** The places filed on exactly this line: the filing's own array, not to be changed. */
  placesAt(file: string, line: number): number[] {
    return this.files.get(file)?.places[line] ?? none;
  }

  /** The places filed on lines start..end (inclusive), ascending: for one line the filing's own array, not to be changed. */
  placesInLines(name: string, start: number, end: number): number[] {
    const file = this.files.get(name);
    if (!file) return none;
    if (!file.sorted) {
      file.lines.sort((a, b) => a - b);
      file.sorted = true;
    }
    const { lines, places } = file;
    // Only the lines with places inside start..end: a long block scalar costs nothing per line.
    let i = firstAtLeast(lines, start);
    if (i >= lines.length || lines[i]! > end) return none;
    const first = places[lines[i]!]!;
    if (++i >= lines.length || lines[i]! > end) return first;
    // The places of several lines, in increasing order, as each line's are.
    const merged = first.slice();
    for (; i < lines.length && lines[i]! <= end; i++) for (const place of places[lines[i]!]!) merged.push(place);
    return merged.sort((a, b) => a - b);
  }
}

/** The index of the first element of ascending `sorted` that is at least `value` (sorted.length when none). */
export function firstAtLeast(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
