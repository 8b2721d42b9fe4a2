import { describe, expect, it } from "vitest";
import { parseInteger } from "../../src/normalize/scalars.js";
import { run } from "./collect.js";

describe("parseInteger", () => {
  // A number takes a short way; it must read as its text does (the way every string takes).
  const numbers = [0, -0, 1, 3, 100, -1, -2, 65535, 2 ** 31, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, -Number.MAX_SAFE_INTEGER, 1.5, -0.5, 1e21, 1e-7, Number.NaN, Infinity, -Infinity];

  it.each([0, -1, 1])("reads a number as its text, minimum %d", (minimum) => {
    for (const number of numbers) {
      const direct = run((out) => parseInteger(number, ["services", "web", "retries"], out, minimum));
      const written = run((out) => parseInteger(String(number), ["services", "web", "retries"], out, minimum));
      expect(Object.is(direct.value, written.value), String(number)).toBe(true);
      expect(direct.diagnostics, String(number)).toEqual(written.diagnostics);
    }
  });

  it("reads -0 as 0", () => {
    expect(Object.is(run((out) => parseInteger(-0, ["x"], out)).value, 0)).toBe(true);
  });
});
