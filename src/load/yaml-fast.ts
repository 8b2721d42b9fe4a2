import { put } from "../model/own-keys.js";
import { blockKey, blockValue, decline, declined, keyColon, maxFastDepth, skipSpaces, type Inline } from "./yaml-fast-inline.js";
import { readFlowLine } from "./yaml-fast-flow.js";
import { Lines, itemMissing, readItemLine, readKeyLine } from "./yaml-fast-line.js";
import { ItemStack, type Store } from "./yaml-items.js";
import { SpotTable } from "./yaml-spots.js";

/**
 * A reader for the YAML most Compose files are written in — block mappings and sequences, one-line
 * plain and quoted scalars, one-line flow collections, comments — that builds the value and the
 * places of its keys (a SpotTable) in one pass over the lines. js-yaml's events and constructor took ~65 ms
 * cold on a 20,000-line file; this takes a fraction of it.
 *
 * It never reports an error: anything outside that subset (anchors, aliases, tags, block scalars,
 * multi-line scalars and flow collections, "? " keys, "<<", document markers, tabs, "\r", duplicate
 * keys, anything odd) makes it decline, and js-yaml reads the file as before, with its errors and
 * positions. tests/load/yaml-fast.test.ts checks that whatever it accepts gives the same value and the
 * same locations as js-yaml.
 */
export function readSimpleYaml(text: string): { value: Record<string, unknown>; root: SpotTable } | undefined {
  // Characters js-yaml refuses, treats specially or counts as line breaks, a BOM, tabs and "\r".
  if (/[\t\r\x00-\x08\x0B-\x1F\x7F-\x9F\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/.test(text)) return undefined;
  try {
    const lines = new Lines(text);
    if (lines.indent < 0) return undefined;
    // A Compose file has about one entry per 18 characters and one collection per 45 (the bench's 1000
    // services: 27,000 and 11,000 in 490,000 characters): sized past that, the table seldom grows.
    const store: Store = { spots: new SpotTable(text.length >> 4, text.length >> 5), items: new ItemStack() };
    const top = readBlocks(lines, store);
    if (lines.indent >= 0 || !top.map) return undefined;
    store.spots.root = store.spots.close(top.spots, top.start, true);
    return { value: top.fields, root: store.spots };
  } catch (error) {
    if (error === declined) return undefined;
    throw error;
  }
}

/**
 * One collection being read: a block mapping whose keys sit at column `indent` (`map`) or a block
 * sequence whose "-" sit there; where it starts, and where its entries (and a sequence's items) begin on
 * the store's stacks; for a mapping, its value so far and the key whose value is being read below it.
 */
type Frame = { map: boolean; indent: number; depth: number; start: number; spots: number; items: number; fields: Record<string, unknown>; key: string; keyAt: number };

/**
 * The block collections from the current line on, read with an explicit stack of frames rather than
 * mutually recursive mapping/sequence/block functions: cold, TurboFan compiled those on a helper thread
 * for ~150 ms of CPU (each inlining the others, once more for on-stack replacement), more than the
 * reading itself on the machine's other core. The numbers are in the commit message.
 */
function readBlocks(lines: Lines, store: Store): Frame {
  const stack: Frame[] = [];
  let frame = open(lines, 0, store);
  for (;;) {
    const child = frame.map ? mappingEntry(lines, frame, store) : sequenceEntry(lines, frame, store);
    if (child) {
      stack.push(frame);
      frame = child;
      continue;
    }
    // The entry is read; close every collection that ends with it (the outermost is closed by the caller).
    while (ends(lines, frame)) {
      const parent = stack.pop();
      if (!parent) return frame;
      const value = frame.map ? frame.fields : store.items.take(frame.items);
      const spots = store.spots.close(frame.spots, frame.start, frame.map);
      if (parent.map) {
        put(parent.fields, parent.key, value);
        store.spots.add(parent.key, parent.keyAt, spots);
      } else {
        store.items.push(value);
        store.spots.add(undefined, frame.start, spots);
      }
      frame = parent;
    }
  }
}

/** The block collection that starts on the current line: a sequence when it starts with "-", else a mapping. */
function open(lines: Lines, depth: number, store: Store): Frame {
  if (depth > maxFastDepth) decline();
  const map = !lines.dash(lines.content);
  return frameAt(map, lines.indent, lines.content, depth, store);
}

/** A collection whose first key or "-" is at `first` (a mapping's mid-line after "- "). */
function frameAt(map: boolean, indent: number, first: number, depth: number, store: Store): Frame {
  return { map, indent, depth, start: first, spots: store.spots.mark(), items: store.items.mark(), fields: map ? {} : none, key: "", keyAt: -1 };
}

/** A sequence's frame has no fields: it shares this one, never written. */
const none: Record<string, unknown> = Object.freeze({});

/** Whether the collection ends before the current line (past its last entry); a line indented deeper than its entries declines. */
function ends(lines: Lines, frame: Frame): boolean {
  if (lines.indent > frame.indent) decline();
  const dash = lines.dash(lines.content);
  return frame.map ? lines.indent < frame.indent || dash : lines.indent !== frame.indent || !dash;
}

/**
 * Reads the keys of a mapping from the current line on, while the lines hold its keys; returns the
 * collection below a key when its value is one. Looping here, not in readBlocks, spares a call and an
 * `ends` per key (20,000-line files: most lines are keys, read cold, where each call counts).
 */
function mappingEntry(lines: Lines, frame: Frame, store: Store): Frame | undefined {
  const { text } = lines;
  const value = frame.fields;
  // The first key of a mapping opened mid-line ("- name: x") is at frame.start; each next key at its line's content.
  let at = store.spots.mark() === frame.spots ? frame.start : lines.content;
  do {
    // The commonest lines in one regular expression (yaml-fast-line.ts), the others character by character.
    const simple = readKeyLine(text, at, lines.end);
    const colon = simple ? -1 : keyColon(text, at, lines.end);
    if (!simple && colon < 0) decline();
    const key = simple ? simple.key : blockKey(text, at, colon);
    // "__proto__" would need put (model/own-keys.ts), a call per key for one key nobody writes: js-yaml reads it.
    if (key === "__proto__" || Object.hasOwn(value, key)) decline();
    // A line readKeyLine read has no more to read where its value starts: the end of the line, or the "[" or "{" of a flow collection.
    const start = simple ? at + simple.rest : skipSpaces(text, colon + 1, lines.end);
    let node: Inline | undefined;
    const item = simple ? simple.value : itemMissing;
    if (item !== itemMissing) {
      lines.next();
    } else if (start < lines.end && !(text.charCodeAt(start) === 35 && start > colon + 1)) {
      node = inlineValue(text, start, lines.end, frame.depth + 1, store);
      lines.next();
    } else {
      lines.next();
      // The value is on the lines below: more indented, or a sequence at the key's own column.
      if (lines.indent > frame.indent || (lines.indent === frame.indent && lines.dash(lines.content))) {
        frame.key = key;
        frame.keyAt = at;
        return open(lines, frame.depth + 1, store);
      }
    }
    value[key] = node ? node.value : item === itemMissing ? null : item;
    store.spots.add(key, at, node ? node.spots : -1);
    at = lines.content;
    // The next line holds another key of this mapping exactly when `ends` would say it does not end.
  } while (lines.indent === frame.indent && !lines.dash(lines.content));
  return undefined;
}

/** Reads the items of a sequence from the current line on (as mappingEntry its keys); returns the collection an item holds when it holds one. */
function sequenceEntry(lines: Lines, frame: Frame, store: Store): Frame | undefined {
  const { text } = lines;
  do {
    const start = skipSpaces(text, lines.content + 1, lines.end);
    const simple = readItemLine(text, lines.content);
    if (simple !== itemMissing) {
      store.items.push(simple);
      store.spots.add(undefined, start, -1);
      lines.next();
      continue;
    }
    let node: Inline | undefined;
    if (start >= lines.end || text.charCodeAt(start) === 35) {
      lines.next();
      if (lines.indent > frame.indent) return open(lines, frame.depth + 1, store);
    } else if (lines.dash(start)) {
      decline();
    } else if (keyColon(text, start, lines.end) >= 0) {
      // "- name: x" opens a mapping whose keys sit at the column of "name".
      return frameAt(true, start - (lines.content - lines.indent), start, frame.depth + 1, store);
    } else {
      node = inlineValue(text, start, lines.end, frame.depth + 1, store);
      lines.next();
    }
    store.items.push(node ? node.value : null);
    // An empty item has no place in js-yaml's events either.
    store.spots.add(undefined, node ? node.at : -1, node ? node.spots : -1);
    // The next line holds another item of this sequence exactly when `ends` would say it does not end.
  } while (lines.indent === frame.indent && lines.dash(lines.content));
  return undefined;
}

/** The value filling the rest of a line; a flow collection of scalars by readFlowLine's regular expressions. */
function inlineValue(text: string, at: number, end: number, depth: number, store: Store): Inline {
  const code = text.charCodeAt(at);
  return ((code === 91 || code === 123) && depth <= maxFastDepth && readFlowLine(text, at, end, store)) || blockValue(text, at, end, depth, store);
}
