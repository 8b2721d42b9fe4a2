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

/** The flow collection filling the rest of the line from `at` ("[" or "{"), or undefined when it has another shape. */
export function readFlowLine(text: string, at: number, end: number, store: Store): Inline | undefined {
  collection.lastIndex = at;
  if (!collection.test(text)) return undefined;
  const mapping = text.charCodeAt(at) === 123;
  const close = text.lastIndexOf(mapping ? "}" : "]", end - 1);
  const spots = store.spots.mark();
  const items = store.items.mark();
  const fields: Record<string, unknown> = {};
  token.lastIndex = at + 1;
  for (let match = token.exec(text); match !== null && match.index < close; match = token.exec(text)) {
    if (!mapping) {
      store.items.push(tokenValue(match));
      store.spots.add(undefined, match.index, -1);
      continue;
    }
    const written = plainValue(match[3] as string);
    const key = typeof written === "string" ? written : String(written);
    const keyAt = match.index;
    if (Object.hasOwn(fields, key)) decline();
    const item = token.exec(text);
    if (item === null) decline();
    put(fields, key, tokenValue(item as RegExpExecArray));
    store.spots.add(key, keyAt, -1);
  }
  return { value: mapping ? fields : store.items.take(items), at, spots: store.spots.close(spots, at, mapping), next: end };
}

function tokenValue(match: RegExpExecArray): unknown {
  const double = match[1];
  if (double !== undefined) return double;
  const single = match[2];
  return single !== undefined ? single : plainValue(match[3] as string);
}
