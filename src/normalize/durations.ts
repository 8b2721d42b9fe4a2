import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";

/** Seconds per unit of Go's time.ParseDuration, which Compose uses for every duration. */
const secondsPerUnit = {
  h: 3600,
  m: 60,
  s: 1,
  ms: 1e-3,
  us: 1e-6,
  "µs": 1e-6,
  "μs": 1e-6,
  ns: 1e-9,
} as const satisfies Record<string, number>;

const isUnit = (unit: string): unit is keyof typeof secondsPerUnit => Object.hasOwn(secondsPerUnit, unit);

/** One "1.5s" term; longer units first so "ms" is not read as "m" followed by "s". */
const term = /(\d+(?:\.\d*)?|\.\d+)(h|ms|m|s|us|µs|μs|ns)/y;

/**
 * Go-style durations → seconds: "1m30s" → 90, "10s" → 10, "1h" → 3600, "500ms" → 0.5, "1.5s" → 1.5,
 * "2h45m" → 9900. "0" alone is zero, like Go. Numbers with a unit missing ("10") and negative durations are
 * errors: Go's parser rejects the first, and no Compose timing means anything negative.
 */
export function parseDuration(value: string | undefined, path: Path, out: Diagnostic[]): number | undefined {
  if (value === undefined) return undefined;
  const known = readDurations.get(value);
  if (known !== undefined) return known;
  const text = value.trim();
  if (text === "0") return 0;
  let seconds = 0;
  term.lastIndex = 0;
  while (text !== "" && term.lastIndex < text.length) {
    const match = term.exec(text);
    const unit = match?.[2];
    if (!match || unit === undefined || !isUnit(unit)) break;
    seconds += Number(match[1]) * secondsPerUnit[unit];
  }
  if (text === "" || term.lastIndex !== text.length) {
    out.push(diagnostic("duration-syntax", path, { value }));
    return undefined;
  }
  // 0.1s + 0.2s style sums drift in floating point; nanoseconds are Go's resolution.
  const result = Math.round(seconds * 1e9) / 1e9;
  if (readDurations.size < rememberedDurations) readDurations.set(value, result);
  return result;
}

/**
 * Durations read without an error, by their text: a project writes the same few ("10s", "30s") in
 * every healthcheck, and each read runs the term pattern in a loop (~0.6 µs cold). Those in error are
 * read again each time, so each use reports its own.
 */
const readDurations = new Map<string, number>();
const rememberedDurations = 1000;
