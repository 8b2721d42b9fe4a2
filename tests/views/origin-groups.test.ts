import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OriginGroups } from "../../src/views/origin-groups.js";
import type { Origin } from "../../src/views/trace-types.js";

// The page's data files each manifest's origins in one reused OriginGroups instead of a Map per manifest: the same answers.
describe("OriginGroups", () => {
  const origins: Origin[] = Array.from({ length: 80 }, (_, i) => ({ kind: "default", reason: `r${i}`, via: "own" }));

  it("answers what a Map per manifest answers, below and past the listed limit", () => {
    const step = fc.oneof(
      fc.record({ op: fc.constant("get" as const), at: fc.nat(79) }),
      fc.record({ op: fc.constant("set" as const), at: fc.nat(79), group: fc.integer({ min: 0, max: 1000 }) }),
      fc.record({ op: fc.constant("reset" as const) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 200 }), (steps) => {
        const groups = new OriginGroups();
        let map = new Map<Origin, number>();
        for (const s of steps) {
          if (s.op === "reset") {
            groups.reset();
            map = new Map();
          } else if (s.op === "set") {
            groups.set(origins[s.at]!, s.group);
            map.set(origins[s.at]!, s.group);
          } else {
            expect(groups.get(origins[s.at]!)).toBe(map.get(origins[s.at]!) ?? -1);
          }
        }
        for (const origin of origins) expect(groups.get(origin)).toBe(map.get(origin) ?? -1);
      }),
      { numRuns: 2000 },
    );
  });

  it("files a manifest with many origins and forgets them at the next", () => {
    const groups = new OriginGroups();
    origins.forEach((origin, i) => groups.set(origin, i));
    origins.forEach((origin, i) => expect(groups.get(origin)).toBe(i));
    groups.reset();
    expect(groups.get(origins[0]!)).toBe(-1);
    groups.set(origins[5]!, 7);
    expect(groups.get(origins[5]!)).toBe(7);
    expect(groups.get(origins[40]!)).toBe(-1);
  });
});
