import { describe, expect, it } from "vitest";
import { parseHealthcheck } from "../../src/normalize/healthcheck.js";
import { run } from "./collect.js";

const H = ["services", "web", "healthcheck"];

describe("parseHealthcheck", () => {
  it.each<[Record<string, unknown>, Record<string, unknown>]>([
    [{ test: ["CMD", "curl", "-f", "http://localhost"] }, { disabled: false, test: ["curl", "-f", "http://localhost"] }],
    [{ test: ["CMD-SHELL", "curl -f http://localhost || exit 1"] }, { disabled: false, test: ["/bin/sh", "-c", "curl -f http://localhost || exit 1"] }],
    [{ test: "pg_isready -U app" }, { disabled: false, test: ["/bin/sh", "-c", "pg_isready -U app"] }],
    [{ test: ["NONE"] }, { disabled: true }],
    [{ disable: true, test: ["CMD", "x"] }, { disabled: true }],
    [{ disable: "true" }, { disabled: true }],
    [{ disable: false, test: ["CMD", "x"] }, { disabled: false, test: ["x"] }],
    [{ interval: "30s", timeout: "5s", retries: 3, start_period: "1m", start_interval: "500ms" },
      { disabled: false, intervalSeconds: 30, timeoutSeconds: 5, retries: 3, startPeriodSeconds: 60, startIntervalSeconds: 0.5 }],
    [{ test: ["CMD", "true"], retries: "5" }, { disabled: false, test: ["true"], retries: 5 }],
    [{ test: [] }, { disabled: false }],
  ])("%j", (value, healthcheck) => {
    const result = run((out) => parseHealthcheck(value, H, out));
    expect(result.codes).toEqual([]);
    expect(result.value).toEqual({ ...healthcheck, path: H });
  });

  it.each<[Record<string, unknown>, string, string]>([
    [{ test: ["WHAT", "x"] }, "healthcheck-test", "test"],
    [{ test: ["CMD"] }, "healthcheck-test", "test"],
    [{ test: ["CMD-SHELL"] }, "healthcheck-test", "test"],
    [{ test: ["CMD", "x"], interval: "often" }, "duration-syntax", "interval"],
    [{ test: ["CMD", "x"], timeout: "10" }, "duration-syntax", "timeout"],
    [{ test: ["CMD", "x"], retries: "three" }, "integer-syntax", "retries"],
    [{ test: ["CMD", "x"], start_period: "1y" }, "duration-syntax", "start_period"],
    [{ disable: "nah" }, "boolean-syntax", "disable"],
  ])("%j → %s", (value, code, key) => {
    const result = run((out) => parseHealthcheck(value, H, out));
    expect(result.codes).toEqual([code]);
    expect(result.paths).toEqual([[...H, key]]);
  });
});
