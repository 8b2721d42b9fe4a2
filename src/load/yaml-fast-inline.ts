import { EVENT_ID, SCALAR_STYLE, getScalarValue, type ScalarEvent } from "js-yaml";
import { put } from "../model/own-keys.js";
import type { Store } from "./yaml-items.js";
import { plainValue } from "./yaml-plain.js";

// What yaml-fast.ts reads within one line: plain and quoted scalars and flow collections ([a, b],
// {a: 1}). Anything else, or anything these could read differently from js-yaml, declines.

/** Thrown (never as an error) when the text leaves the subset yaml-fast.ts reads. */
export const declined: unique symbol = Symbol("declined");
export const decline = (): never => {
  throw declined;
};

/** Nesting past this declines: js-yaml reads (and refuses) the deep files. */
export const maxFastDepth = 64;

/** A node read from one line: its value, where it was written, its number in the SpotTable (a collection; -1 for a scalar) and where it ends. */
export type Inline = { value: unknown; at: number; spots: number; next: number };

const SPACE = 32;
const HASH = 35;

export function skipSpaces(text: string, at: number, end: number): number {
  while (at < end && text.charCodeAt(at) === SPACE) at++;
  return at;
}

/** Past `at` only spaces and a comment (" # …") are left on the line; anything else declines. */
export function lineEnds(text: string, at: number, end: number): void {
  const next = skipSpaces(text, at, end);
  if (next < end && (text.charCodeAt(next) !== HASH || next === at)) decline();
}

/** Characters no plain scalar starts with here (indicators, or those whose meaning depends on what follows). */
const notPlainStart = new Set([..."&*!|>%@`?:,[]{}#'\"-"].map((c) => c.charCodeAt(0)));

/** A plain scalar may start with "-" when something other than a space follows ("-1", "--port"). */
function plainStarts(text: string, at: number, end: number): boolean {
  const code = text.charCodeAt(at);
  if (!notPlainStart.has(code)) return at < end;
  return code === 45 && at + 1 < end && text.charCodeAt(at + 1) !== SPACE;
}

/** A value that fills the rest of a block line (after "key: " or "- "). */
export function blockValue(text: string, at: number, end: number, depth: number, store: Store): Inline {
  const code = text.charCodeAt(at);
  if (code === 34 || code === 39 || code === 91 || code === 123) {
    const node = code === 34 || code === 39 ? quoted(text, at, end) : flow(text, at, end, depth, store);
    lineEnds(text, node.next, end);
    return node;
  }
  if (!plainStarts(text, at, end)) decline();
  let stop = at;
  while (stop < end && !(text.charCodeAt(stop) === HASH && text.charCodeAt(stop - 1) === SPACE)) stop++;
  while (stop > at && text.charCodeAt(stop - 1) === SPACE) stop--;
  const source = text.slice(at, stop);
  // "a: b" in a value is an error, "a:" would open a mapping: js-yaml decides.
  if (source.includes(": ") || source.endsWith(":")) decline();
  return { value: plainValue(source), at, spots: -1, next: end };
}

/** The offset of the ":" that ends a key starting at `at`, or -1 when the line holds no key there. */
export function keyColon(text: string, at: number, end: number): number {
  const code = text.charCodeAt(at);
  if (code === 34 || code === 39) {
    const close = quoted(text, at, end).next;
    return text.charCodeAt(close) === 58 && (close + 1 === end || text.charCodeAt(close + 1) === SPACE) ? close : -1;
  }
  // Searched within the line only: indexOf would run on through the file on a line without ":".
  for (let colon = at; colon < end; colon++) {
    if (text.charCodeAt(colon) === 58 && (colon + 1 === end || text.charCodeAt(colon + 1) === SPACE)) return colon;
  }
  return -1;
}

/** A key of a block mapping, ending at `colon`, as the mapping names it (keys are String(value)). */
export function blockKey(text: string, at: number, colon: number): string {
  const code = text.charCodeAt(at);
  if (code === 34 || code === 39) return quoted(text, at, colon + 1).value as string;
  const source = text.slice(at, colon);
  // Comments, flow indicators, trailing spaces and very long keys mean something else, or an error.
  if (!plainStarts(text, at, colon) || /[#[\]{},]|\s$/.test(source) || source.length > 1000 || source === "<<") decline();
  return String(plainValue(source));
}

/** '…' or "…" closed on the same line. */
export function quoted(text: string, at: number, end: number): Inline {
  const quote = text.charCodeAt(at);
  let escaped = false;
  let close = at + 1;
  for (; close < end; close++) {
    const code = text.charCodeAt(close);
    if (code === quote) {
      if (quote === 39 && text.charCodeAt(close + 1) === 39) {
        escaped = true;
        close++;
        continue;
      }
      break;
    }
    if (code === 92 && quote === 34) {
      escaped = true;
      close++;
    }
  }
  if (close >= end) decline();
  const value = escaped ? unescaped(text, at + 1, close, quote === 39) : text.slice(at + 1, close);
  return { value, at, spots: -1, next: close + 1 };
}

/** Escapes js-yaml decodes the same way everywhere; \U (beyond the BMP) and the rest decline. */
const knownEscapes = /\\(?![0abtnvfre "/\\N_LP]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4})/;

function unescaped(text: string, start: number, end: number, single: boolean): string {
  if (!single && knownEscapes.test(text.slice(start, end))) decline();
  const style = single ? SCALAR_STYLE.SINGLE_QUOTED : SCALAR_STYLE.DOUBLE_QUOTED;
  const event: ScalarEvent = { type: EVENT_ID.SCALAR, valueStart: start, valueEnd: end, anchorStart: -1, anchorEnd: -1, tagStart: -1, tagEnd: -1, style, chomping: 1, indent: -1, fast: false };
  return getScalarValue(text, event);
}

/** [a, "b", {c: 1}] or {a: 1, b: [x]} closed on the same line; no empty entries, no trailing comma. */
function flow(text: string, at: number, end: number, depth: number, store: Store): Inline {
  if (depth > maxFastDepth) decline();
  const mapping = text.charCodeAt(at) === 123;
  const close = mapping ? 125 : 93;
  const spots = store.spots.mark();
  const items = store.items.mark();
  const fields: Record<string, unknown> = {};
  const closed = (next: number): Inline => ({ value: mapping ? fields : store.items.take(items), at, spots: store.spots.close(spots, at, mapping), next });
  let next = skipSpaces(text, at + 1, end);
  if (text.charCodeAt(next) === close) return closed(next + 1);
  for (;;) {
    let key: string | undefined;
    let keyAt = -1;
    if (mapping) {
      const written = flowNode(text, next, end, depth, store);
      if (typeof written.value !== "string" && written.spots >= 0) decline();
      next = written.next;
      if (text.charCodeAt(next) !== 58 || text.charCodeAt(next + 1) !== SPACE || text.charCodeAt(next - 1) === SPACE) decline();
      key = String(written.value);
      keyAt = written.at;
      if (Object.hasOwn(fields, key) || (key === "<<" && text.charCodeAt(keyAt) !== 34 && text.charCodeAt(keyAt) !== 39)) decline();
      next = skipSpaces(text, next + 1, end);
    }
    const item = flowNode(text, next, end, depth, store);
    if (key === undefined) store.items.push(item.value);
    else put(fields, key, item.value);
    store.spots.add(key, key === undefined ? item.at : keyAt, item.spots);
    next = skipSpaces(text, item.next, end);
    const code = text.charCodeAt(next);
    if (code === close) return closed(next + 1);
    if (code !== 44) decline();
    next = skipSpaces(text, next + 1, end);
    if (next >= end || text.charCodeAt(next) === close) decline();
  }
}

/** A node inside a flow collection: a scalar up to the next "," "]" "}" or ": ", or a nested collection. */
function flowNode(text: string, at: number, end: number, depth: number, store: Store): Inline {
  const code = text.charCodeAt(at);
  if (code === 34 || code === 39) return quoted(text, at, end);
  if (code === 91 || code === 123) return flow(text, at, end, depth + 1, store);
  if (!plainStarts(text, at, end)) decline();
  let stop = at;
  for (; stop < end; stop++) {
    const c = text.charCodeAt(stop);
    if (c === 44 || c === 91 || c === 93 || c === 123 || c === 125) break;
    if (c === 58 && (stop + 1 === end || " ,[]{}".includes(text.charAt(stop + 1)))) break;
    if (c === HASH && text.charCodeAt(stop - 1) === SPACE) decline();
  }
  let last = stop;
  while (last > at && text.charCodeAt(last - 1) === SPACE) last--;
  return { value: plainValue(text.slice(at, last)), at, spots: -1, next: stop };
}
