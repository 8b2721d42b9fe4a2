import { describe, expect, it } from "vitest";
import type { Path } from "../../src/diagnostics/types.js";
import { childPath, exactFlatMap } from "../../src/normalize/exact.js";

/** exact.ts builds what a spread and flatMap build, in arrays of their own length: the same items, in order. */
describe("exact-length arrays", () => {
  const paths: Path[] = [[], ["services"], ["services", "web"], ["services", "web", "ports", 0], ["a", 1, "b", 2, "c"]];

  it("childPath is [...path, segment], and leaves path as it was", () => {
    for (const path of paths) {
      for (const segment of ["x", "", 0, 7, "__proto__", "0"]) {
        const before = [...path];
        expect(childPath(path, segment)).toEqual([...path, segment]);
        expect(childPath(path, segment)).not.toBe(path);
        expect(path).toEqual(before);
      }
    }
  });

  it("exactFlatMap is flatMap, on parts of every length", () => {
    const lists = [[], [1], [1, 2, 3], ["a", "b"], Array.from({ length: 50 }, (_, index) => index)];
    // Parts of zero, one and three items.
    const each = (item: unknown, index: number): unknown[] => (index % 3 === 0 ? [] : index % 3 === 1 ? [item] : [item, index, { item }]);
    for (const list of lists) expect(exactFlatMap(list, each)).toEqual(list.flatMap(each));
    const index = [0, 1, 2];
    expect(exactFlatMap(index, (item, at) => [at * 10 + item])).toEqual([0, 11, 22]);
  });
});
