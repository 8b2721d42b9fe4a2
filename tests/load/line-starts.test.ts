import { describe, expect, it } from "vitest";
import { LineStarts } from "../../src/load/line-starts.js";

/** The line and column of an offset by counting line breaks before it: what LineStarts' block table must give. */
function counted(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split("\n").length;
  const start = offset <= 0 ? 0 : before.lastIndexOf("\n") + 1;
  return { line, column: offset - start + 1 };
}

/** Texts of lines shorter, as long as and longer than a block (32 characters), blank lines, "\r\n" and no final line break. */
function texts(): string[] {
  const made = ["", "\n", "\n\n\n", "a", "a\n", "a\r\nb\r\n", "x".repeat(31) + "\n" + "y".repeat(32) + "\n" + "z".repeat(33), "\n".repeat(70) + "end"];
  let seed = 7;
  const random = (below: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % below;
  };
  for (let text = 0; text < 60; text++) {
    const lines: string[] = [];
    for (let line = random(40); line > 0; line--) lines.push("k".repeat(random(5) === 0 ? random(200) : random(40)) + (random(6) === 0 ? "\r" : ""));
    made.push(lines.join("\n") + (random(2) === 0 ? "\n" : ""));
  }
  return made;
}

describe("LineStarts", () => {
  it("places every offset, and those before and past the text, as counting the line breaks does", () => {
    for (const text of texts()) {
      const lines = new LineStarts(text);
      for (let offset = -2; offset <= text.length + 40; offset++) {
        const want = counted(text, Math.min(offset, text.length + 40));
        const position = lines.position(offset);
        if (offset < 0) expect(position.line).toBe(1);
        else expect(position).toEqual(want);
        expect(lines.location("f", offset)).toEqual({ file: "f", ...position });
      }
    }
  });
});
