import { BoundedMap } from "../model/bounded-map.js";
import { put } from "../model/own-keys.js";
import { decline, type Inline } from "./yaml-fast-inline.js";
import { plainValue } from "./yaml-plain.js";
import type { Store } from "./yaml-items.js";

// One-line flow collections of scalars — command: ["serve", "--port", "8080"], limits: { cpus: "0.5",
// memory: 256M } — checked by one native regular expression and split by another, instead of
// yaml-fast-inline.ts's flow/flowNode/quoted character loops (cold: interpreted, then compiled by
// TurboFan on a helper thread). Anything else — nesting, escapes, "''", comments, ": " or "#" in a
// plain scalar, keys that are not words — does not match, and flow() reads it as before.

/** A scalar in a flow collection: "double" or 'single' quoted without escapes, or one plain word without ":" or "#". */
const scalar = String.raw`(?:"[^"\\\n]*"|'[^'\n]*'|[^\s&*!|>%@\x60?:,[\]{}#'"-][^\s:,[\]{}#]*)`;
const entry = String.raw`[A-Za-z_][\w./-]{0,999}: +${scalar}`;
/** The whole collection, then only spaces to the end of the line. */
const collection = new RegExp(String.raw`(?:\[ *(?:${scalar}(?: *, *${scalar})*)? *\]|\{ *(?:${entry}(?: *, *${entry})*)? *\}) *$`, "my");
/** Each scalar of a collection that `collection` matched (a mapping's keys are plain words): groups 1 (double), 2 (single), 3 (plain). */
const token = /"([^"\\\n]*)"|'([^'\n]*)'|([^\s,[\]{}:]+)/g;

/**
 * A flow collection read before, by its text: its keys (a mapping's) and scalars, and where each entry
 * was written, from its "[" or "{". Generated files repeat theirs (the bench's 1000 services: 3,000
 * collections, three texts); a repeated one is stored without the two patterns and the scalars' look-ups.
 */
type Remembered = { mapping: boolean; keys: string[]; values: unknown[]; offsets: number[] };
/** Starts over past 1000 texts. */
const remembered = new BoundedMap<string, Remembered>(1000);

/** The flow collection filling the rest of the line from `at` ("[" or "{"), or undefined when it has another shape. */
export function readFlowLine(text: string, at: number, end: number, store: Store): Inline | undefined {
  const source = text.slice(at, end);
  const known = remembered.get(source);
  return known ? stored(known, at, end, store) : readFlow(text, at, end, store, source);
}

/** A collection remembered, stored at `at`: the same value (a new array or object, the same scalars) and places as reading it gives. */
function stored(known: Remembered, at: number, end: number, store: Store): Inline {
  const { mapping, keys, values, offsets } = known;
  const spots = store.spots.mark();
  const items = store.items.mark();
  const fields: Record<string, unknown> = {};
  for (let index = 0; index < values.length; index++) {
    if (mapping) put(fields, keys[index] as string, values[index]);
    else store.items.push(values[index]);
    store.spots.add(mapping ? keys[index] : undefined, at + (offsets[index] as number), -1);
  }
  return { value: mapping ? fields : store.items.take(items), at, spots: store.spots.close(spots, at, mapping), next: end };
}

function readFlow(text: string, at: number, end: number, store: Store, source: string): Inline | undefined {
  collection.lastIndex = at;
  if (!collection.test(text)) return undefined;
  const mapping = text.charCodeAt(at) === 123;
  const close = text.lastIndexOf(mapping ? "}" : "]", end - 1);
  const spots = store.spots.mark();
  const items = store.items.mark();
  const fields: Record<string, unknown> = {};
  const known: Remembered = { mapping, keys: [], values: [], offsets: [] };
  token.lastIndex = at + 1;
  for (let match = token.exec(text); match !== null && match.index < close; match = token.exec(text)) {
    if (!mapping) {
      const value = tokenValue(match);
      store.items.push(value);
      store.spots.add(undefined, match.index, -1);
      known.values.push(value);
      known.offsets.push(match.index - at);
      continue;
    }
    const written = plainValue(match[3] as string);
    const key = typeof written === "string" ? written : String(written);
    const keyAt = match.index;
    if (Object.hasOwn(fields, key)) decline();
    const item = token.exec(text);
    if (item === null) decline();
    const value = tokenValue(item as RegExpExecArray);
    put(fields, key, value);
    store.spots.add(key, keyAt, -1);
    known.keys.push(key);
    known.values.push(value);
    known.offsets.push(keyAt - at);
  }
  // Only scalars the schema made primitives are shared between the collections of one text.
  if (known.values.every((value) => value === null || typeof value !== "object")) remembered.remember(source, known);
  return { value: mapping ? fields : store.items.take(items), at, spots: store.spots.close(spots, at, mapping), next: end };
}

function tokenValue(match: RegExpExecArray): unknown {
  const double = match[1];
  if (double !== undefined) return double;
  const single = match[2];
  return single !== undefined ? single : plainValue(match[3] as string);
}
