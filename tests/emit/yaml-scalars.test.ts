import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPlainSafe, plainSafeByRules } from "../../src/emit/yaml-scalars.js";
import { commentText } from "../../src/emit/yaml-comments.js";

/**
 * The writer's quick answers must equal the rules they stand in for, on any string: strings built from
 * the characters that decide (indicators, ": ", " #", digits, signs, e and E, spaces, line breaks,
 * controls, NEL, LS/PS, BOM, non-ASCII and surrogates) and the words and shapes the rules name.
 */
const deciding = [..."aAeEzZyYnNoO/0189.-+_:#? ,[]{}&*!|>'\"%@`~=<\\\t\n\r\u0000\u001b\u007f\u0085\u00a0\u00e9\u2028\u2029\u3000\ufeff\ufffe\ud83d\ude80"];
const words = ["y", "N", "yes", "No", "ON", "off", "True", "false", "NULL", "~", "=", "<<", "e3", "E10", "e-5", "1e3", "0x1F", "0o17",
  ".inf", "-.NaN", "12:30", "2024-01-31", "web", "apps/v1", "/var/lib", "nginx:1.25", "a: b", "a #b", "key:", "trail ", " lead"];
const pieces = fc.oneof(fc.constantFrom(...deciding), fc.constantFrom(...words), fc.string({ maxLength: 3 }), fc.string({ unit: "binary", maxLength: 2 }));
const tricky = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(""));
const long = fc.tuple(fc.constantFrom("a", "e", "/", "1"), fc.integer({ min: 990, max: 1010 }), fc.constantFrom("", ":", " ", "x")).map(([first, length, last]) => `${first}${"b".repeat(length)}${last}`);

/** What commentText does, written the slow way: every run of whitespace or control characters is one space, then trimmed. */
const commentTextByRule = (text: string): string => text.replace(/[\s\x00-\x1F\x7F-\x9F\u2028\u2029\uFEFF]+/g, " ").trim();

describe("quick answers equal the rules", () => {
  it("isPlainSafe equals plainSafeByRules on any string", () => {
    fc.assert(fc.property(fc.oneof(tricky, long, fc.string(), fc.string({ unit: "grapheme" })), (text) => {
      expect(isPlainSafe(text)).toBe(plainSafeByRules(text));
    }), { numRuns: 20_000 });
  });

  it.each(words.map((word) => [word]))("isPlainSafe(%j) equals the rules", (word) => {
    expect(isPlainSafe(word)).toBe(plainSafeByRules(word));
  });

  it("commentText equals the rule on any string", () => {
    fc.assert(fc.property(fc.oneof(tricky, fc.string(), fc.string({ unit: "binary" })), (text) => {
      expect(commentText(text)).toBe(commentTextByRule(text));
    }), { numRuns: 20_000 });
  });
});
