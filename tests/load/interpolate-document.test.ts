import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/types.js";
import { interpolateDocument, maxDepth, maxExpandedNodes } from "../../src/load/interpolate-document.js";

const run = (value: unknown) => {
  const diagnostics: Diagnostic[] = [];
  const result = interpolateDocument(value, { file: "/f.yaml", lookup: (n) => (n === "A" ? "a" : undefined), warnedUnset: new Set(), diagnostics });
  return { result, codes: diagnostics.map((d) => d.code) };
};

describe("interpolateDocument", () => {
  it("interpolates string values at any depth and leaves other scalars alone", () => {
    const { result, codes } = run({ s: "$A", n: 1, b: true, z: null, list: ["${A}", { deep: "x$A" }] });
    expect(codes).toEqual([]);
    expect(result).toEqual({ s: "a", n: 1, b: true, z: null, list: ["a", { deep: "xa" }] });
  });

  it("does not change the input (aliases share objects)", () => {
    const shared = { image: "$A" };
    run({ one: shared, two: shared });
    expect(shared.image).toBe("$A");
  });

  it("refuses a value nested deeper than the limit", () => {
    let deep: unknown = "x";
    for (let i = 0; i < maxDepth + 5; i++) deep = [deep];
    expect(run(deep)).toEqual({ result: undefined, codes: ["yaml-too-deep"] });
  });

  it("refuses a graph that expands past the node limit", () => {
    const wide = Array.from({ length: 1000 }, () => "x");
    const layer = Array.from({ length: Math.ceil(maxExpandedNodes / 1000) + 1 }, () => wide);
    expect(run(layer)).toEqual({ result: undefined, codes: ["yaml-alias-bomb"] });
  });
});
