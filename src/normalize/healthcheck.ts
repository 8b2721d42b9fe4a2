import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import { parseDuration } from "./durations.js";
import type { Healthcheck } from "../model/project.js";
import type { ComposeHealthcheck } from "../validate/schema.js";
import { parseBoolean, parseInteger } from "./scalars.js";
import { childPath } from "./exact.js";

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
  const kind = value[0];
  const rest = value.slice(1);
  if (kind === "NONE") return { disabled: true };
  if (kind === "CMD" && rest.length > 0) return { test: rest };
  if (kind === "CMD-SHELL" && rest.length > 0) return { test: ["/bin/sh", "-c", rest.join(" ")] };
  out.push(diagnostic("healthcheck-test", path, { value: JSON.stringify(value) }));
  return undefined;
}

/** `healthcheck:` — test, interval, timeout, start_period, start_interval (durations), retries, disable. */
export function parseHealthcheck(value: ComposeHealthcheck | undefined, path: Path, out: Diagnostic[]): Healthcheck | undefined {
  if (value === undefined) return undefined;
  if (value.disable !== undefined && parseBoolean(value.disable, childPath(path, "disable"), out) === true) return { disabled: true, path };
  const parsed = parseTest(value.test, childPath(path, "test"), out);
  if (parsed === undefined) return undefined;
  if ("disabled" in parsed) return { disabled: true, path };
  const healthcheck: Healthcheck = { disabled: false, path };
  if (parsed.test) healthcheck.test = parsed.test;
  // A path only for a timing that is written (most healthchecks leave some out), parsed and set in
  // the model's key order, so the diagnostics keep their order too.
  const seconds = (key: string, written: string | undefined): number | undefined => (written === undefined ? undefined : parseDuration(written, childPath(path, key), out));
  const intervalSeconds = seconds("interval", value.interval);
  const timeoutSeconds = seconds("timeout", value.timeout);
  const retries = value.retries === undefined ? undefined : parseInteger(value.retries, childPath(path, "retries"), out);
  const startPeriodSeconds = seconds("start_period", value.start_period);
  const startIntervalSeconds = seconds("start_interval", value.start_interval);
  if (intervalSeconds !== undefined) healthcheck.intervalSeconds = intervalSeconds;
  if (timeoutSeconds !== undefined) healthcheck.timeoutSeconds = timeoutSeconds;
  if (retries !== undefined) healthcheck.retries = retries;
  if (startPeriodSeconds !== undefined) healthcheck.startPeriodSeconds = startPeriodSeconds;
  if (startIntervalSeconds !== undefined) healthcheck.startIntervalSeconds = startIntervalSeconds;
  return healthcheck;
}
