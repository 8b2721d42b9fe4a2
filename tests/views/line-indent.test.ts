import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indentOf } from "../../src/views/line-indent.js";

/** What indentOf stands in for. */
const trimmedIndent = (text: string): number => text.length - text.trimStart().length;

// Every character trimStart treats as whitespace, some it does not, and ordinary text.
const whitespace = ["\t", "\n", "\v", "\f", "\r", "\u00a0", "\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"];
const others = ["\u0085", "\u200b", "\u180e", "\x00", "\x1f", "\x7f", "é", "😀", "-", "#", "a", " ", "  "];

describe("indentOf", () => {
  it.each([...whitespace, ...others].flatMap((character) => [character, ` ${character}`, `   ${character}x`, `  x${character}`]))("answers as trimStart for %j", (text) => {
    expect(indentOf(text)).toBe(trimmedIndent(text));
  });

  it("answers as trimStart for empty lines, lines of spaces and emitted lines", () => {
    for (const text of ["", " ", "    ", "a", "  - name: web", '    "80": x', "      text of a block scalar  "]) expect(indentOf(text)).toBe(trimmedIndent(text));
  });

  it("answers as trimStart for any line", () => {
    const character = fc.constantFrom(...whitespace, ...others, " ", " ", " ", "x");
    fc.assert(fc.property(fc.array(character, { maxLength: 12 }).map((parts) => parts.join("")), (text) => indentOf(text) === trimmedIndent(text)), { numRuns: 2000 });
  });
});
