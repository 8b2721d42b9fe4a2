import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import { parseDuration } from "./durations.js";
import type { Healthcheck } from "../model/project.js";
import type { ComposeHealthcheck } from "../validate/schema.js";
import { parseBoolean, parseInteger } from "./scalars.js";

type TestResult = { disabled: true } | { test: string[] | undefined } | undefined;

/**
 * `test`:
 *   ["CMD", "curl", "-f", "http://localhost"]  → ["curl", "-f", "http://localhost"] (exec form)
 *   ["CMD-SHELL", "curl -f http://localhost"]  → ["/bin/sh", "-c", "curl -f http://localhost"]
 *   "curl -f http://localhost"                 → the same as CMD-SHELL
 *   ["NONE"]                                   → disabled
 *   [] or absent                               → no test of its own (the image's, if any)
 */
function parseTest(value: ComposeHealthcheck["test"], path: Path, out: Diagnostic[]): TestResult {
  if (value === undefined) return { test: undefined };
  if (typeof value === "string") return { test: ["/bin/sh", "-c", value] };
  if (value.length === 0) return { test: undefined };
  const [kind, ...rest] = value;
  if (kind === "NONE") return { disabled: true };
  if (kind === "CMD" && rest.length > 0) return { test: rest };
  if (kind === "CMD-SHELL" && rest.length > 0) return { test: ["/bin/sh", "-c", rest.join(" ")] };
  out.push(diagnostic("healthcheck-test", path, { value: JSON.stringify(value) }));
  return undefined;
}

/** `healthcheck:` — test, interval, timeout, start_period, start_interval (durations), retries, disable. */
export function parseHealthcheck(value: ComposeHealthcheck | undefined, path: Path, out: Diagnostic[]): Healthcheck | undefined {
  if (value === undefined) return undefined;
  if (parseBoolean(value.disable, [...path, "disable"], out) === true) return { disabled: true, path };
  const parsed = parseTest(value.test, [...path, "test"], out);
  if (parsed === undefined) return undefined;
  if ("disabled" in parsed) return { disabled: true, path };
  const timings = {
    intervalSeconds: parseDuration(value.interval, [...path, "interval"], out),
    timeoutSeconds: parseDuration(value.timeout, [...path, "timeout"], out),
    retries: parseInteger(value.retries, [...path, "retries"], out),
    startPeriodSeconds: parseDuration(value.start_period, [...path, "start_period"], out),
    startIntervalSeconds: parseDuration(value.start_interval, [...path, "start_interval"], out),
  };
  const healthcheck: Healthcheck = { disabled: false, path };
  if (parsed.test) healthcheck.test = parsed.test;
  for (const [key, number] of Object.entries(timings) as [keyof typeof timings, number | undefined][]) {
    if (number !== undefined) healthcheck[key] = number;
  }
  return healthcheck;
}
