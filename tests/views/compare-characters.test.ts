import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { characterCount, firstCharacters, fit, lastCharacters } from "../../src/views/compare-columns.js";

// The column helpers count and cut without splitting a string into characters when it holds no surrogate:
// they must answer what splitting it answers, for any string (astral characters, lone surrogates).
describe("compare's character helpers", () => {
  const text = fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), fc.string({ unit: fc.constantFrom("a", "é", "│", "😀", "\uD800", "\uDC00") }));
  it("count, cut and fit as [...text] does", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 30 }), (value, count) => {
        const characters = [...value];
        expect(characterCount(value)).toBe(characters.length);
        expect(firstCharacters(value, count)).toBe(characters.slice(0, count).join(""));
        expect(lastCharacters(value, count)).toBe(characters.slice(Math.max(0, characters.length - count)).join(""));
        const width = count + 1;
        expect(fit(value, width)).toBe(characters.length <= width ? value : `${characters.slice(0, width - 1).join("")}…`);
      }),
      { numRuns: 2000 },
    );
  });
});
