import { EVENT_ID, constructFromEvents, type Event } from "js-yaml";
import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Location, Path } from "../diagnostics/types.js";
import { parseEventsLeniently } from "./flow-indent.js";
import { maxDepth, maxExpandedNodes } from "./interpolate-document.js";
import { LineStarts } from "./line-starts.js";
import { yamlErrorDiagnostic } from "./yaml-errors.js";
import { scanEvents } from "./yaml-events.js";
import { readSimpleYaml } from "./yaml-fast.js";
import { YamlLocator, type Found, type Locator } from "./yaml-locate.js";
import { SpotsLocator } from "./yaml-spots.js";
import { composeSchema } from "./yaml-schema.js";

/**
 * The one place that knows which YAML parser is used, so it can be swapped (for speed, say) without
 * touching the rest of load. Everything after this sees plain data plus `find()`.
 */
export interface ParsedYaml {
  file: string;
  text: string;
  /** The top-level mapping as plain data (anchors, aliases and `<<` merges applied); undefined on error. */
  value: Record<string, unknown> | undefined;
  diagnostics: Diagnostic[];
  /** Where the deepest existing prefix of `path` was written; undefined when the file did not parse. */
  find(path: Path): Found | undefined;
  /**
   * True when `value` is plain data: a tree (no alias made two places share one object) with no tag, so
   * no `!reset`/`!override` either.
   */
  plain?: boolean;
}

/** Compose files are hand-written; anything larger is refused before the parser sees it. */
export const maxFileBytes = 10 * 1024 * 1024;
/**
 * Limits of js-yaml's constructor. Aliases are cheap to build (the value shares the anchored object);
 * what they expand to is measured separately. Merges copy keys, so their total is capped; both limits
 * are far above `<<: *defaults` in each of thousands of services.
 */
const maxAliases = 100_000;
const maxTotalMergeKeys = 1_000_000;

export function parseYaml(text: string, file: string): ParsedYaml {
  const { value, diagnostics, locator, plain } = readDocument(text, file);
  const find = (path: Path) => locator?.find(path);
  const parsed = (mapping: Record<string, unknown> | undefined, problems: Diagnostic[]): ParsedYaml => ({ file, text, value: mapping, diagnostics: problems, find, plain });
  if (diagnostics.length > 0 || !locator) return parsed(undefined, diagnostics);
  if (value === null || value === undefined) return parsed({}, []);
  if (typeof value !== "object" || Array.isArray(value)) {
    const found = Array.isArray(value) ? "sequence" : `${typeof value} value`;
    return parsed(undefined, [diagnostic("not-a-mapping", [], { found }, locator.find([]).location)]);
  }
  return parsed(value as Record<string, unknown>, []);
}

/** A document read: its value, its errors, where its paths were written, and whether the value is plain (ParsedYaml.plain). */
type Read = { value: unknown; diagnostics: Diagnostic[]; locator?: Locator; plain?: boolean };

const failed = (diagnostics: Diagnostic[], locator?: Locator): Read => (locator ? { value: undefined, diagnostics, locator } : { value: undefined, diagnostics });

/** One YAML document of any shape, as Compose files are read (the YAML test suite's cases go through here). */
export function readDocument(text: string, file: string): Read {
  const size = byteLength(text);
  if (size > maxFileBytes) return failed([diagnostic("file-too-large", [], { size, limit: maxFileBytes }, start(file))]);
  // Most Compose files are plain block YAML: read in one pass; anything else goes to js-yaml below.
  const simple = readSimpleYaml(text);
  if (simple) return { value: simple.value, diagnostics: [], locator: new SpotsLocator(simple.root, text, file), plain: true };
  return readWithEvents(text, file);
}

/** One document through js-yaml's events, with its checks of depth and alias expansion and its errors. */
export function readWithEvents(text: string, file: string): Read {

  // `source`: the text the parser read, the file or the file with flow collections' deficient line breaks as spaces.
  const { events, error, source } = parseEventsLeniently(text, { maxDepth });
  const lines = source === text ? undefined : new LineStarts(text);
  if (events === undefined) return failed([yamlErrorDiagnostic(error, text, file, undefined, lines)]);
  const scan = scanEvents(events, text, { depth: maxDepth, nodes: maxExpandedNodes });
  if (scan.expansion === "too-deep") return failed([diagnostic("yaml-too-deep", [], { limit: maxDepth }, start(file))]);
  if (scan.expansion === "too-large") return failed([diagnostic("yaml-alias-bomb", [], {}, start(file))]);
  const locator = new YamlLocator(events, scan.links, text, file);

  const second = secondDocument(events, text);
  if (second !== undefined) {
    const reason = "a Compose file holds one YAML document, this one has a second after ---";
    return failed([diagnostic("yaml-syntax", [], { reason }, locator.location(second))], locator);
  }
  try {
    const [value] = constructFromEvents(events, { source, schema: composeSchema, maxAliases, maxTotalMergeKeys });
    return { value, diagnostics: [], locator, plain: events.every(isPlain) };
  } catch (error) {
    return failed([yamlErrorDiagnostic(error, text, file, events, lines)], locator);
  }
}

/**
 * Where a second document starts, or undefined when there is one. Document events carry no offset:
 * after "---" the marker is searched for past the first document's last offset; after "..." alone
 * ("a: 1\n...\nb: 2") the second document's first node is shown.
 */
function secondDocument(events: readonly Event[], text: string): number | undefined {
  let last = 0;
  let documents = 0;
  for (const [index, event] of events.entries()) {
    if (event.type === EVENT_ID.DOCUMENT) {
      if (++documents === 1) {
        // "---" starting the first document is not the one to show.
        if (event.explicitStart) last = (/^---(?=\s|$)/m.exec(text)?.index ?? -3) + 3;
        continue;
      }
      if (!event.explicitStart) return Math.max(last, offsetOf(events[index + 1]));
      const marker = /^---(?=\s|$)/gm;
      marker.lastIndex = last;
      return marker.exec(text)?.index ?? last;
    }
    last = Math.max(last, offsetOf(event));
  }
  return undefined;
}

/** The last offset an event knows of, -1 for none. */
function offsetOf(event: Event | undefined): number {
  if (event?.type === EVENT_ID.SCALAR) return event.valueEnd;
  if (event?.type === EVENT_ID.MAPPING || event?.type === EVENT_ID.SEQUENCE) return event.start;
  if (event?.type === EVENT_ID.ALIAS) return event.anchorEnd;
  return -1;
}

/** An event that neither names an anchor's node again (alias) nor carries a tag. */
const isPlain = (event: Event): boolean => event.type !== EVENT_ID.ALIAS && !("tagStart" in event && event.tagStart >= 0);

const start = (file: string): Location => ({ file, line: 1, column: 1 });

/** UTF-8 size; exact only when it could matter (a text of n characters has at most 3n bytes). */
function byteLength(text: string): number {
  if (text.length * 3 <= maxFileBytes) return text.length;
  return new TextEncoder().encode(text).length;
}
