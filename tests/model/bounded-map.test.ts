import { describe, expect, it } from "vitest";
import { BoundedMap } from "../../src/model/bounded-map.js";

describe("BoundedMap", () => {
  it("remembers up to its limit and returns what it files", () => {
    const table = new BoundedMap<string, number>(3);
    expect(table.remember("a", 1)).toBe(1);
    table.remember("b", 2);
    table.remember("c", 3);
    expect([...table]).toEqual([["a", 1], ["b", 2], ["c", 3]]);
    expect(table.get("b")).toBe(2);
  });

  it("starts over when a new entry finds it full", () => {
    const table = new BoundedMap<string, number>(2);
    table.remember("a", 1);
    table.remember("b", 2);
    table.remember("c", 3);
    expect([...table]).toEqual([["c", 3]]);
    expect(table.has("a")).toBe(false);
  });
});
