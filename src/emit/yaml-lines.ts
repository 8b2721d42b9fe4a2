import { BoundedMap } from "../model/bounded-map.js";
import { scalarText } from "./yaml-scalars.js";

/**
 * Text the YAML writer repeats on many lines, made once: indentation, dashes, "  key:" at each depth,
 * and " value\n" for a string value. 1000 services: 155,000 lines from 200 distinct keys and 9,000
 * distinct strings among 68,000. A line written as its prefix and its rest is two pieces for the
 * writer's join instead of five (indentation, key, ":", space, value), and a value seen before is
 * neither classified nor concatenated with its line feed again.
 */

/** "", "  ", "    "…: the indentation of each depth, and "-", "  -"… */
const indents: string[] = [""];
const dashes: string[] = ["-"];

export function indentOf(depth: number): string {
  for (let next = indents.length; next <= depth; next++) indents.push(`${indents[next - 1]!}  `);
  return indents[depth]!;
}

export const dashOf = (depth: number): string => (dashes[depth] ??= `${indentOf(depth)}-`);

/** YAML limits implicit keys to 1024 characters; longer ones need the explicit "? key" form. */
const maxImplicitKeyLength = 1000;

/** A mapping key as written, and the starts of the lines that hold it. */
export class KeyText {
  /** Written in the explicit "? key" form. */
  readonly long: boolean;
  /** " key:" after a lead on the same line ("- name:"). */
  readonly shared: string;

  constructor(
    /** The key as given. */
    readonly key: string,
    /** The key as written. */
    readonly text: string,
  ) {
    this.long = text.length > maxImplicitKeyLength;
    this.shared = ` ${text}:`;
  }

  /** "    key:" at a depth (only for a key that is not long), filed in keyLinesAt(depth). */
  lineAt(depth: number): string {
    let line = keyLines[depth]?.get(this.key);
    if (line === undefined) {
      if (keyLineCount >= maxEntries) clearKeyLines();
      (keyLines[depth] ??= new Map()).set(this.key, (line = `${indentOf(depth)}${this.text}:`));
      keyLineCount++;
    }
    return line;
  }
}

/** The tables are bounded, for a long-lived process; a full one starts again. */
const maxEntries = 10_000;
const keyTexts = new BoundedMap<string, KeyText>(maxEntries);
const valueLines = new BoundedMap<string, string>(maxEntries);
/** "    key:" by key, one table per depth: the writer's common line is one look-up here and one in valueLines. */
const keyLines: Map<string, string>[] = [];
let keyLineCount = 0;

function clearKeyLines(): void {
  for (const lines of keyLines) lines?.clear();
  keyLineCount = 0;
}

export function keyTextOf(key: string): KeyText {
  return keyTexts.get(key) ?? keyTexts.remember(key, new KeyText(key, scalarText(key)));
}

/**
 * The line starts ("    key:") of the keys met at a depth, without a call per key: the writer looks a
 * key up here first and asks keyTextOf(key).lineAt(depth) only for one not met yet (1000 services:
 * 155,000 keys, 200 distinct). A long key is never here.
 */
export function keyLinesAt(depth: number): ReadonlyMap<string, string> {
  return (keyLines[depth] ??= new Map());
}

/**
 * The rest of the line (" value\n") of each single-line string met so far, for the writer to look up
 * without a call: a value found here is known to be a single-line string whose line valueLineOf made.
 */
export const knownValueLines: ReadonlyMap<string, string> = valueLines;

/**
 * " value\n": the rest of a line after "key:" or "-" for a single-line string. One string, not two
 * pieces: join makes a document two-byte (twice the memory) when one piece is marked two-byte, as a
 * value from the Compose file can be though it is ASCII; concatenation reads its content.
 */
export function valueLineOf(value: string): string {
  return valueLines.get(value) ?? valueLines.remember(value, ` ${scalarText(value)}\n`);
}
