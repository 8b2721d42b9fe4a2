import { EVENT_ID, SCALAR_STYLE, constructFromEvents, getScalarValue, type Event, type ScalarEvent } from "js-yaml";
import { composeSchema } from "./yaml-schema.js";

// What the locator needs to know of a scalar event: where it was written, and which key it names.

/** Where a scalar was written: its opening quote, its block indicator ("|", ">"), or its text. */
export function scalarStart(event: ScalarEvent, text: string): number {
  if (event.valueStart < 0) return -1;
  switch (event.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return event.valueStart - 1;
    case SCALAR_STYLE.LITERAL_BLOCK:
    case SCALAR_STYLE.FOLDED_BLOCK:
      return blockIndicator(text, event.valueStart);
    default:
      return event.valueStart;
  }
}

/**
 * A block scalar's events point at its content; its indicator is on the last non-blank line before:
 *
 *   - |-  # comment       ← the "|"
 *     content
 */
function blockIndicator(text: string, contentStart: number): number {
  let lineEnd = text.lastIndexOf("\n", contentStart - 1);
  while (lineEnd > 0) {
    const lineStart = text.lastIndexOf("\n", lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    const header = /(?:^|[\s:-])([|>])[-+0-9]*[ \t]*(?:#.*)?\r?$/.exec(line);
    if (header) return lineStart + header.index + header[0].indexOf(header[1] ?? "|");
    if (line.trim() !== "") break;
    lineEnd = lineStart - 1;
  }
  return contentStart;
}

/** A plain "<<": a merge key, never a name. */
export function isMergeKey(event: ScalarEvent, text: string): boolean {
  return event.style === SCALAR_STYLE.PLAIN && event.tagStart < 0 && event.valueEnd - event.valueStart === 2 && text.startsWith("<<", event.valueStart);
}

/**
 * Whether a scalar key is `key`. The common case, a word whose text is its value and cannot resolve
 * to anything but a string (`image`, `"8080"`), is compared in place without building a string.
 */
export function sameKey(event: ScalarEvent, key: string, text: string, document: Event | undefined): boolean {
  const inPlace =
    event.fast && event.tagStart < 0 && event.valueStart >= 0 && (event.style !== SCALAR_STYLE.PLAIN || !mayResolve(text, event.valueStart, event.valueEnd));
  if (!inPlace) return scalarKey(event, text, document) === key;
  return event.valueEnd - event.valueStart === key.length && text.startsWith(key, event.valueStart);
}

/** Whether a plain scalar may be a number, null or a boolean ("0x1F", "~", "", "true"), not a string. */
function mayResolve(text: string, start: number, end: number): boolean {
  if (start >= end) return true;
  if (numberStarts.has(text.charCodeAt(start))) return true;
  return end - start <= 5 && words.has(text.slice(start, end));
}

const numberStarts = new Set([..."-+.~0123456789"].map((c) => c.charCodeAt(0)));
const words = new Set(["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"]);

/**
 * The key a mapping gets for a scalar, as the constructor names it: plain `services` is "services",
 * but `0x1F` is "31" and `~` is "null" (keys are String(value)). Only keys that could be other than
 * strings pay for resolving.
 */
export function scalarKey(event: ScalarEvent, text: string, document: Event | undefined): string {
  const raw = event.valueStart < 0 ? "" : event.fast ? text.slice(event.valueStart, event.valueEnd) : getScalarValue(text, event);
  const plain = event.style === SCALAR_STYLE.PLAIN && event.tagStart < 0;
  const needsResolving = event.tagStart >= 0 || (plain && mayResolve(raw, 0, raw.length));
  return needsResolving ? resolvedKey(event, text, document, raw) : raw;
}

function resolvedKey(event: ScalarEvent, text: string, document: Event | undefined, raw: string): string {
  if (document?.type !== EVENT_ID.DOCUMENT) return raw;
  try {
    const [value] = constructFromEvents([document, event, { type: EVENT_ID.POP }], { source: text, schema: composeSchema });
    return String(value);
  } catch {
    return raw;
  }
}
