import { EVENT_ID, YAMLException, parseEvents, type Event } from "js-yaml";

/**
 * Flow collections that leave their indentation, as compose-go's parser (go-yaml, a port of libyaml,
 * which checks no indentation inside [] and {}) accepts and many real files are written:
 *
 *     command: [
 *       "migrate", "up"
 *     ]
 *
 * js-yaml follows the YAML spec, which wants every line of the collection indented more than the key,
 * and throws "deficient indentation". Inside a flow collection a line break is only separation, so
 * the break (and any comment before it) between the last token and the deficient line can become
 * spaces: the same offsets, one line fewer for the parser, the same data. Only the text given to the
 * parser changes; positions are still computed from the file as written.
 *
 * The fast path is untouched: this runs only after js-yaml threw. A change that lands inside a scalar
 * (a "]" line in a block scalar, a "#" inside a quoted string) is detected from the events, and the
 * file's original error is reported instead.
 */
export type LenientEvents =
  | { events: Event[]; error?: undefined; source: string }
  /** `source` is the text the error's offsets and lines refer to (its offsets are the file's). */
  | { events?: undefined; error: unknown; source: string };

/** One re-parse per joined gap beyond the first pass; a file past this keeps its first error. */
const maxRetries = 1000;

export function parseEventsLeniently(text: string, options: { maxDepth: number }): LenientEvents {
  try {
    return { events: parseEvents(text, options), source: text };
  } catch (error) {
    if (!isDeficientIndentation(error) || error.mark === undefined) return { error, source: text };
    return retry(text, options, error, error.mark.position);
  }
}

/**
 * First every line that starts with "]" or "}" (the usual case, however many) and the error's own line
 * are joined; if that changed a scalar or broke the file, only the lines js-yaml names, one at a time.
 * An error other than deficient indentation is then the file's real problem and is returned as is.
 */
function retry(text: string, options: { maxDepth: number }, first: YAMLException, at: number): LenientEvents {
  const closers = [...text.matchAll(/^[ \t]*[\]}]/gm)].map((match) => match.index + match[0].length - 1);
  for (const bulk of [true, false]) {
    const characters = text.split("");
    const changed = [...(bulk ? closers : []), at].flatMap((offset) => joinGap(characters, offset));
    for (let attempt = 0; attempt <= maxRetries; attempt++) {
      const source = characters.join("");
      try {
        const events = parseEvents(source, options);
        if (!touchesScalar(events, changed)) return { events, source };
        break;
      } catch (error) {
        if (isDeficientIndentation(error) && error.mark !== undefined) changed.push(...joinGap(characters, error.mark.position));
        else if (bulk) break;
        else return { error, source };
      }
    }
  }
  return { error: first, source: text };
}

function isDeficientIndentation(error: unknown): error is YAMLException {
  return error instanceof YAMLException && error.reason === "deficient indentation";
}

/**
 * Turns the line breaks (and the comments) between the token before `at` and `at` into spaces.
 * `at` is the first character of a line; returns the offsets changed (none when `at` is not).
 */
function joinGap(characters: string[], at: number): number[] {
  const changed: number[] = [];
  const set = (index: number) => {
    if (characters[index] === " ") return;
    characters[index] = " ";
    changed.push(index);
  };
  if (at < 0) return changed;
  let lineStart = at;
  while (lineStart > 0 && (characters[lineStart - 1] === " " || characters[lineStart - 1] === "\t")) lineStart--;
  if (lineStart === 0 || characters[lineStart - 1] !== "\n") return changed;
  // Upwards over blank and comment-only lines, to the line holding the token before `at`.
  for (;;) {
    const lineEnd = lineStart - 1;
    set(lineEnd);
    if (characters[lineEnd - 1] === "\r") set(lineEnd - 1);
    lineStart = startOfLine(characters, lineEnd);
    const comment = commentStart(characters, lineStart, lineEnd);
    const content = firstNonBlank(characters, lineStart, lineEnd);
    if (comment !== undefined) for (let index = comment; index < lineEnd; index++) if (characters[index] !== "\r") set(index);
    if ((content !== undefined && content !== comment) || lineStart === 0) return changed;
  }
}

function startOfLine(characters: readonly string[], end: number): number {
  let start = end;
  while (start > 0 && characters[start - 1] !== "\n") start--;
  return start;
}

function firstNonBlank(characters: readonly string[], start: number, end: number): number | undefined {
  for (let index = start; index < end; index++) if (!/[ \t\r]/.test(characters[index] ?? "")) return index;
  return undefined;
}

/** Where a comment starts on a line: "#" at the start or after a space, outside quotes. */
function commentStart(characters: readonly string[], start: number, end: number): number | undefined {
  let quote: string | undefined;
  for (let index = start; index < end; index++) {
    const character = characters[index];
    if (quote === '"' && character === "\\") index++;
    else if (quote !== undefined) {
      if (character === quote) quote = quote === "'" && characters[index + 1] === "'" ? (index++, quote) : undefined;
    } else if (character === '"' || character === "'") quote = character;
    else if (character === "#" && (index === start || /[ \t]/.test(characters[index - 1] ?? ""))) return index;
  }
  return undefined;
}

/** Whether any changed offset lies inside a scalar's text (then the change altered data). */
function touchesScalar(events: readonly Event[], changed: readonly number[]): boolean {
  if (changed.length === 0) return false;
  const sorted = [...changed].sort((a, b) => a - b);
  const first = sorted[0] ?? 0;
  const last = sorted.at(-1) ?? 0;
  for (const event of events) {
    if (event.type !== EVENT_ID.SCALAR || event.valueEnd <= first || event.valueStart > last) continue;
    if (containsAny(sorted, event.valueStart, event.valueEnd)) return true;
  }
  return false;
}

/** Binary search: is there an offset in [start, end)? */
function containsAny(sorted: readonly number[], start: number, end: number): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) < start) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && (sorted[low] ?? 0) < end;
}
