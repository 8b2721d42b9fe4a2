import { describe, expect, it } from "vitest";
import { pathUnder } from "../../src/model/paths.js";

describe("pathUnder", () => {
  it.each([
    [["services", "web"], ["image"]],
    [["services", "web"], ["deploy", "resources", "limits", "cpus"]],
    [["services", "web", "ports", 0], []],
    [[], ["volumes", "data"]],
    [["services", "0"], [0, "1"]],
  ])("is %j followed by %j, as a spread writes it", (base, parts) => {
    const path = pathUnder(base, ...parts);
    expect(path).toEqual([...base, ...parts]);
    expect(path).not.toBe(base);
    // Every slot filled: no hole reads as undefined or is skipped by a loop.
    expect(Object.keys(path)).toHaveLength(base.length + parts.length);
  });

  it("leaves its base alone", () => {
    const base = ["services", "web"];
    pathUnder(base, "image");
    expect(base).toEqual(["services", "web"]);
  });
});
