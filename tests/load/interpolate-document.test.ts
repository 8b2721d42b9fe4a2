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

  it("on plain data, shares what did not change and copies the rest, the document and its sections always", () => {
    const unchanged = { image: "nginx", ports: ["80:80"] };
    const changed = { image: "$A", ports: ["80:80"] };
    const input = { services: { one: unchanged, two: changed }, volumes: {} };
    const diagnostics: Diagnostic[] = [];
    const result = interpolateDocument(input, { file: "/f.yaml", lookup: (n) => (n === "A" ? "a" : undefined), warnedUnset: new Set(), diagnostics, plain: true }) as typeof input;
    expect(result).toEqual({ services: { one: unchanged, two: { image: "a", ports: ["80:80"] } }, volumes: {} });
    expect(result).not.toBe(input);
    expect(result.services).not.toBe(input.services);
    expect(result.volumes).not.toBe(input.volumes);
    expect(result.services.one).toBe(unchanged);
    expect(result.services.two).not.toBe(changed);
    expect(result.services.two.ports).toBe(changed.ports);
    expect(changed.image).toBe("$A");
  });

  it("on plain data read from a text without \"$\" or a backslash, copies only the document and its sections", () => {
    const web = { image: "nginx" };
    const input = { services: { web }, name: "x" };
    const result = interpolateDocument(input, { file: "/f.yaml", lookup: () => undefined, warnedUnset: new Set(), diagnostics: [], plain: true, text: "services: …" }) as typeof input;
    expect(result).toEqual(input);
    expect(result.services).not.toBe(input.services);
    expect(result.services.web).toBe(web);
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
