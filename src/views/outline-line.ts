import type { Path } from "../diagnostics/types.js";
import type { OutlineEntry } from "./outline-entry.js";
import { bail, keyOf, scalarEnd, scanFlow } from "./outline-scalars.js";

/**
 * What one content line of a block-style YAML text says, whatever comes before it: its dashes, the key
 * after them and what follows. outline-scan.ts reads each distinct line text once and applies its shape
 * where the line stands (the collection it is in decides whether the shape fits there): the services of
 * a Compose file repeat most of their lines (13 of the bench's 20), and a repeated line then costs one
 * look-up instead of a dozen regular expressions and slices. A line in a shape this reader does not
 * know throws `unknownShape` (outline-scalars.ts), as the scan did.
 */
export interface LineShape {
  /** The line without its indentation, and the indentation's width. */
  content: string;
  indent: number;
  /** Each "- " of the line, in order. */
  dashes: readonly Dash[];
  /** The key written after the dashes, if any (then `value` follows the key, else the last dash). */
  key: string | undefined;
  value: ValueShape;
}

export interface Dash {
  /** The column of the dash, and of what follows it. */
  column: number;
  after: number;
  /** The collection that follows the dash on its line ("- - a", "- name: web"), if any. */
  opens: "sequence" | "mapping" | undefined;
}

/**
 * What follows a key or a dash on its line: nothing (the value is below, or null), a block scalar's
 * indicator, a one-line scalar, or a flow collection (the paths of its entries below the entry).
 */
export type ValueShape = "none" | "block" | "scalar" | readonly Path[];

const noDashes: readonly Dash[] = [];

/**
 * "key:" or "key: value" with a key of letters, digits and _ . / - (not one that reads as true, false or
 * null) and a plain value of printable ASCII starting with a letter, a digit or one of _ . / $ ~ ( and
 * holding no ": ", " #" or final ":": what keyOf and valueShape answer for it, in one match. The lines a
 * Compose file repeats least are of this kind (a service's name, its image).
 */
const simpleKeyLine = /^(?!(?:true|True|TRUE|false|False|FALSE|null|Null|NULL):)([A-Za-z_][\w./-]*):(?:$| +([\w./$~(](?:(?!: | #|:$)[ -~])*)$)/;

/**
 * "- value" with such a plain value, or a double-quoted one of printable ASCII without escapes: an item
 * of a list of names, paths or ports ("- db", '- "8080:80"'), where keyOf finds no key. The dashes' spaces
 * are group 1.
 */
const simpleItemLine = /^-( +)(?:[\w./$~(](?:(?!: | #|:$)[ -~])*|"[ !#-[\]-~]*")$/;

/** The shape of a line whose content (without its `indent` columns) is neither empty nor a comment. */
export function lineShape(content: string, indent: number): LineShape {
  const simple = simpleKeyLine.exec(content);
  if (simple) return { content, indent, dashes: noDashes, key: simple[1]!, value: simple[2] === undefined ? "none" : "scalar" };
  const item = simpleItemLine.exec(content);
  if (item) return { content, indent, dashes: [{ column: indent, after: indent + 1 + item[1]!.length, opens: undefined }], key: undefined, value: "scalar" };
  let rest = content;
  let at = indent;
  let dashes = noDashes as Dash[];
  while (rest.startsWith("-")) {
    const after = /^-( +)(.*)$/.exec(rest);
    if (!after || after[2] === "" || after[2]!.startsWith("#")) return bail();
    const column = at;
    at += 1 + after[1]!.length;
    rest = after[2]!;
    if (dashes === noDashes) dashes = [];
    if (rest.startsWith("- ") || keyOf(rest)) {
      dashes.push({ column, after: at, opens: rest.startsWith("- ") ? "sequence" : "mapping" });
      continue;
    }
    dashes.push({ column, after: at, opens: undefined });
    return { content, indent, dashes, key: undefined, value: valueShape(rest, false) };
  }
  const key = keyOf(rest) ?? bail();
  return { content, indent, dashes, key: key.name, value: valueShape(key.value, true) };
}

/** What follows a key (`afterKey`) or a dash on its line. */
function valueShape(written: string, afterKey: boolean): ValueShape {
  let value = written.startsWith("&") ? written.replace(/^&[^\s[\]{},]+ */, "") : written;
  if (value === "" || value.startsWith("#")) return afterKey ? "none" : bail();
  if (/^[|>]-?( +#.*)?$/.test(value)) return "block";
  let shape: ValueShape = "scalar";
  if (value.startsWith("[") || value.startsWith("{")) {
    const entries: OutlineEntry[] = [];
    value = scanFlow(value, [], 0, entries);
    shape = entries.map((entry) => entry.path);
  } else value = scalarEnd(value);
  if (!/^(?: *| +#.*)$/.test(value)) bail();
  return shape;
}
