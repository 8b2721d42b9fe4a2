import { describe, expect, it } from "vitest";
import { parseDuration } from "../../src/normalize/durations.js";
import { run } from "./collect.js";

describe("parseDuration", () => {
  it.each([
    ["1m30s", 90],
    ["10s", 10],
    ["1h", 3600],
    ["500ms", 0.5],
    ["1.5s", 1.5],
    ["2h45m", 9900],
    ["0", 0],
    ["0s", 0],
    ["1h1m1s", 3661],
    ["250us", 0.00025],
    ["100ns", 1e-7],
    ["1m0.5s", 60.5],
    [" 30s ", 30],
    ["1s500ms", 1.5],
    [".5s", 0.5],
  ])("%j → %d seconds", (input, seconds) => {
    const result = run((out) => parseDuration(input, ["d"], out));
    expect(result.codes).toEqual([]);
    expect(result.value).toBeCloseTo(seconds, 9);
  });

  // Every Compose duration is a string in the schema: a number (10) never reaches normalize, "10" does.
  it.each([["10"], ["1x"], ["s"], [""], ["-5s"], ["1m 30s"], ["1.5.5s"], ["1S"], ["1h30"]])("%j → duration-syntax", (input) => {
    const result = run((out) => parseDuration(input, ["services", "web", "stop_grace_period"], out));
    expect(result.value).toBeUndefined();
    expect(result.codes).toEqual(["duration-syntax"]);
    expect(result.paths).toEqual([["services", "web", "stop_grace_period"]]);
  });

  it("leaves an absent duration absent", () => {
    expect(run((out) => parseDuration(undefined, [], out))).toMatchObject({ value: undefined, codes: [] });
  });
});

describe("parseDuration, read again", () => {
  it("gives a duration read before the same value, and reports a wrong one every time", () => {
    for (let round = 0; round < 3; round++) {
      expect(run((out) => parseDuration("1m30s", ["d"], out))).toMatchObject({ value: 90, codes: [] });
      expect(run((out) => parseDuration(" 30s ", ["d"], out))).toMatchObject({ value: 30, codes: [] });
      expect(run((out) => parseDuration("10", ["services", "web", "stop_grace_period"], out))).toMatchObject({
        value: undefined,
        codes: ["duration-syntax"],
        paths: [["services", "web", "stop_grace_period"]],
      });
    }
  });
});
