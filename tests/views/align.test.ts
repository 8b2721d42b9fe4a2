import { describe, expect, it } from "vitest";
import { alignRows, withGroupEnds } from "../../src/views/align.js";

/** Rows as "left|right*" strings: "6|0*" is Compose line 6 level with right line 0, aligned. */
const show = (start: number, end: number, anchors: (number | undefined)[]) =>
  alignRows(start, end, anchors).map((row) => `${row.left ?? ""}|${row.right ?? ""}${row.aligned ? "*" : ""}`);

describe("alignRows", () => {
  it.each([
    ["one anchor per line, in order", 6, 9, [6, 6, 8, 8], ["6|0*", "7|1", "8|2*", "9|3"]],
    ["an anchor line waits for its field", 6, 9, [6, 6, 6, 6, 9], ["6|0*", "7|1", "8|2", "|3", "9|4*"]],
    ["pads when the right side is short", 6, 10, [6, 9], ["6|0*", "7|", "8|", "9|1*", "10|"]],
    ["backwards anchor is not aligned", 6, 8, [6, 8, 7], ["6|0*", "7|", "8|1*", "|2"]],
    ["right side without anchors fills beside the block", 6, 7, [undefined, undefined, undefined], ["6|0", "7|1", "|2"]],
    ["anchors outside the block are ignored", 6, 7, [3, 6], ["|0", "6|1*", "7|"]],
    ["empty right side", 1, 2, [], ["1|", "2|"]],
  ])("%s", (_name, start, end, anchors, expected) => {
    expect(show(start, end, anchors)).toEqual(expected);
  });

  it("keeps every left and right line exactly once, in order", () => {
    const anchors = [5, 9, 5, 7, undefined, 12, 8, 8, 20];
    const rows = alignRows(5, 14, anchors);
    expect(rows.flatMap((r) => (r.left === undefined ? [] : [r.left]))).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(rows.flatMap((r) => (r.right === undefined ? [] : [r.right]))).toEqual(anchors.map((_, i) => i));
  });
});

describe("withGroupEnds", () => {
  it("closes each aligned group before the next and at the end", () => {
    const items = withGroupEnds(alignRows(6, 9, [6, 6, 8, 8]));
    expect(items.map((item) => (item.kind === "row" ? `row${item.row.left}` : `end${item.line}`))).toEqual([
      "row6", "row7", "end6", "row8", "row9", "end8",
    ]);
  });
});
