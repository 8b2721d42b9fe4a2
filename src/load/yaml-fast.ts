import { put } from "../model/own-keys.js";
import { blockKey, blockValue, decline, declined, keyColon, maxFastDepth, skipSpaces, type Inline } from "./yaml-fast-inline.js";
import { readFlowLine } from "./yaml-fast-flow.js";
import { Lines, itemMissing, readItemLine, readKeyLine } from "./yaml-fast-line.js";
import { Spots } from "./yaml-spots.js";

/**
 * A reader for the YAML most Compose files are written in — block mappings and sequences, one-line
 * plain and quoted scalars, one-line flow collections, comments — that builds the value and the
 * places of its keys (Spots) in one pass over the lines. js-yaml's events and constructor took ~65 ms
 * cold on a 20,000-line file; this takes a fraction of it.
 *
 * It never reports an error: anything outside that subset (anchors, aliases, tags, block scalars,
 * multi-line scalars and flow collections, "? " keys, "<<", document markers, tabs, "\r", duplicate
 * keys, anything odd) makes it decline, and js-yaml reads the file as before, with its errors and
 * positions. tests/load/yaml-fast.test.ts checks that whatever it accepts gives the same value and the
 * same locations as js-yaml.
 */
export function readSimpleYaml(text: string): { value: Record<string, unknown>; root: Spots } | undefined {
  // Characters js-yaml refuses, treats specially or counts as line breaks, a BOM, tabs and "\r".
  if (/[\t\r\x00-\x08\x0B-\x1F\x7F-\x9F\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/.test(text)) return undefined;
  try {
    const lines = new Lines(text);
    if (lines.indent < 0) return undefined;
    const top = readBlocks(lines);
    if (lines.indent >= 0 || !top.map) return undefined;
    return { value: top.value as Record<string, unknown>, root: top.spots };
  } catch (error) {
    if (error === declined) return undefined;
    throw error;
  }
}

/**
 * One collection being read: a block mapping whose keys sit at column `indent` (`map`) or a block
 * sequence whose "-" sit there; for a mapping, the key whose value is being read below it.
 */
type Frame = { map: boolean; indent: number; depth: number; value: Record<string, unknown> | unknown[]; spots: Spots; key: string; keyAt: number };

/**
 * The block collections from the current line on, read with an explicit stack of frames rather than
 * mutually recursive mapping/sequence/block functions: cold, TurboFan compiled those on a helper thread
 * for ~150 ms of CPU (each inlining the others, once more for on-stack replacement), more than the
 * reading itself on the machine's other core. The numbers are in the commit message.
 */
function readBlocks(lines: Lines): Frame {
  const stack: Frame[] = [];
  let frame = open(lines, 0);
  for (;;) {
    const child = frame.map ? mappingEntry(lines, frame) : sequenceEntry(lines, frame);
    if (child) {
      stack.push(frame);
      frame = child;
      continue;
    }
    // The entry is read; close every collection that ends with it.
    while (ends(lines, frame)) {
      const parent = stack.pop();
      if (!parent) return frame;
      if (parent.map) {
        put(parent.value as Record<string, unknown>, parent.key, frame.value);
        parent.spots.add(parent.key, parent.keyAt, frame.spots);
      } else {
        (parent.value as unknown[]).push(frame.value);
        parent.spots.add(undefined, frame.spots.start, frame.spots);
      }
      frame = parent;
    }
  }
}

/** The block collection that starts on the current line: a sequence when it starts with "-", else a mapping. */
function open(lines: Lines, depth: number): Frame {
  if (depth > maxFastDepth) decline();
  const map = !lines.dash(lines.content);
  return frameAt(map, lines.indent, lines.content, depth);
}

/** A collection whose first key or "-" is at `first` (a mapping's mid-line after "- "). */
function frameAt(map: boolean, indent: number, first: number, depth: number): Frame {
  return { map, indent, depth, value: map ? {} : [], spots: new Spots(first, map ? [] : undefined), key: "", keyAt: -1 };
}

/** Whether the collection ends before the current line (past its last entry); a line indented deeper than its entries declines. */
function ends(lines: Lines, frame: Frame): boolean {
  if (lines.indent > frame.indent) decline();
  const dash = lines.dash(lines.content);
  return frame.map ? lines.indent < frame.indent || dash : lines.indent !== frame.indent || !dash;
}

/** Reads one key of a mapping; returns the collection below it when its value is one. */
function mappingEntry(lines: Lines, frame: Frame): Frame | undefined {
  const { text } = lines;
  const value = frame.value as Record<string, unknown>;
  const at = frame.spots.at.length === 0 ? frame.spots.start : lines.content;
  // The commonest lines in one regular expression (yaml-fast-line.ts), the others character by character.
  const simple = readKeyLine(text, at);
  const colon = simple ? -1 : keyColon(text, at, lines.end);
  if (!simple && colon < 0) decline();
  const key = simple ? simple.key : blockKey(text, at, colon);
  if (Object.hasOwn(value, key)) decline();
  const start = simple ? lines.end : skipSpaces(text, colon + 1, lines.end);
  let node: Inline | undefined;
  let item: unknown = null;
  if (simple?.hasValue) {
    item = simple.value;
    lines.next();
  } else if (start < lines.end && !(text.charCodeAt(start) === 35 && start > colon + 1)) {
    node = inlineValue(text, start, lines.end, frame.depth + 1);
    lines.next();
  } else {
    lines.next();
    // The value is on the lines below: more indented, or a sequence at the key's own column.
    if (lines.indent > frame.indent || (lines.indent === frame.indent && lines.dash(lines.content))) {
      frame.key = key;
      frame.keyAt = at;
      return open(lines, frame.depth + 1);
    }
  }
  put(value, key, node ? node.value : item);
  frame.spots.add(key, at, node?.spots);
  return undefined;
}

/** Reads one item of a sequence; returns the collection it holds when it holds one. */
function sequenceEntry(lines: Lines, frame: Frame): Frame | undefined {
  const { text } = lines;
  const value = frame.value as unknown[];
  const start = skipSpaces(text, lines.content + 1, lines.end);
  const simple = readItemLine(text, lines.content);
  if (simple !== itemMissing) {
    value.push(simple);
    frame.spots.add(undefined, start, undefined);
    lines.next();
    return undefined;
  }
  let node: Inline | undefined;
  if (start >= lines.end || text.charCodeAt(start) === 35) {
    lines.next();
    if (lines.indent > frame.indent) return open(lines, frame.depth + 1);
  } else if (lines.dash(start)) {
    decline();
  } else if (keyColon(text, start, lines.end) >= 0) {
    // "- name: x" opens a mapping whose keys sit at the column of "name".
    return frameAt(true, start - (lines.content - lines.indent), start, frame.depth + 1);
  } else {
    node = inlineValue(text, start, lines.end, frame.depth + 1);
    lines.next();
  }
  value.push(node ? node.value : null);
  // An empty item has no place in js-yaml's events either.
  frame.spots.add(undefined, node ? node.at : -1, node?.spots);
  return undefined;
}

/** The value filling the rest of a line; a flow collection of scalars by readFlowLine's regular expressions. */
function inlineValue(text: string, at: number, end: number, depth: number): Inline {
  const code = text.charCodeAt(at);
  return ((code === 91 || code === 123) && depth <= maxFastDepth && readFlowLine(text, at, end)) || blockValue(text, at, end, depth);
}
