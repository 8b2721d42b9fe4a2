import { describe, expect, it } from "vitest";
import { parseSize } from "../../src/normalize/sizes.js";
import { run } from "./collect.js";

describe("parseSize", () => {
  it.each([
    [1073741824, 1073741824],
    ["1024", 1024],
    ["100b", 100],
    ["100B", 100],
    ["1k", 1024],
    ["1kb", 1024],
    ["1KB", 1024],
    ["1KiB", 1024],
    ["512M", 536870912],
    ["512mb", 536870912],
    ["2g", 2147483648],
    ["2GB", 2147483648],
    ["1.5g", 1610612736],
    ["64 m", 67108864],
    ["1t", 1024 ** 4],
    [0, 0],
  ])("%j → %d bytes", (input, bytes) => {
    expect(run((out) => parseSize(input, [], out))).toMatchObject({ value: bytes, codes: [] });
  });

  it.each([["12x"], ["m"], [""], ["-1m"], ["1..5m"], ["1 gigabyte"], [-4]])("%j → size-syntax", (input) => {
    const result = run((out) => parseSize(input, ["services", "db", "mem_limit"], out));
    expect(result.value).toBeUndefined();
    expect(result.codes).toEqual(["size-syntax"]);
    expect(result.paths).toEqual([["services", "db", "mem_limit"]]);
  });
});
