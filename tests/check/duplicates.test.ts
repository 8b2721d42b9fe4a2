import { describe, expect, it } from "vitest";
import { duplicates } from "../../src/check/object-access.js";

/** The rule as it was written with a Set: each item whose key an earlier item has, in order. */
function bySet(keys: readonly (string | undefined)[]): [number, string][] {
  const found: [number, string][] = [];
  const seen = new Set<string>();
  keys.forEach((key, index) => {
    if (key === undefined) return;
    if (seen.has(key)) found.push([index, key]);
    seen.add(key);
  });
  return found;
}

function reported(keys: readonly (string | undefined)[]): [number, string][] {
  const found: [number, string][] = [];
  duplicates(keys.length, (index) => keys[index], (index, key) => found.push([index, key]));
  return found;
}

/** A small deterministic generator, so a failure names a list that can be replayed. */
function lists(count: number): (string | undefined)[][] {
  let seed = 13;
  const next = (limit: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % limit);
  return Array.from({ length: count }, () =>
    Array.from({ length: next(20) }, () => (next(6) === 0 ? undefined : ["a", "b", "c", "web", "", "http"][next(6)])),
  );
}

describe("duplicates", () => {
  it("reports what a Set reports, on short lists (compared in place) and long ones (a Set)", () => {
    for (const keys of lists(2000)) expect(reported(keys), JSON.stringify(keys)).toEqual(bySet(keys));
  });

  it("does not carry keys from one list to the next", () => {
    expect(reported(["x", "y", "z"])).toEqual([]);
    expect(reported(["p", "x"])).toEqual([]);
    expect(reported(["p", undefined, "p"])).toEqual([[2, "p"]]);
  });
});
