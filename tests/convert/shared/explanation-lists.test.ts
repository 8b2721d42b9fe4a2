import { describe, expect, it } from "vitest";
import { sharedExplanations } from "../../../src/convert/shared/explanation-lists.js";

describe("sharedExplanations", () => {
  it("gives one array per distinct list, equal to it and not the list asked with", () => {
    const asked = ["ports-to-service", "service-discovery"];
    const shared = sharedExplanations(asked);
    expect(shared).toEqual(asked);
    expect(shared).not.toBe(asked);
    expect(sharedExplanations(["ports-to-service", "service-discovery"])).toBe(shared);
  });

  it("keeps lists apart that share a beginning, and the empty list", () => {
    const short = sharedExplanations(["ports-to-service"]);
    const long = sharedExplanations(["ports-to-service", "expose-to-service"]);
    expect(short).toEqual(["ports-to-service"]);
    expect(long).toEqual(["ports-to-service", "expose-to-service"]);
    expect(sharedExplanations([])).toEqual([]);
    expect(sharedExplanations([])).toBe(sharedExplanations([]));
  });

  it("keeps the order and repeats of the list", () => {
    expect(sharedExplanations(["hostname", "networks", "hostname"])).toEqual(["hostname", "networks", "hostname"]);
  });
});
