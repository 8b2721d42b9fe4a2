import { describe, expect, it } from "vitest";
import { basename, dirname, isInside, join, normalize, relative, resolve } from "../../src/load/paths.js";

describe("paths", () => {
  it.each([
    ["/a/./b//../c", "/a/c"],
    ["/../..", "/"],
    ["a/../../b", "../b"],
    ["", "."],
    ["/a/b/", "/a/b"],
  ])("normalize(%j) = %j", (path, expected) => expect(normalize(path)).toBe(expected));

  it.each([
    [["/project", "compose.yaml"], "/project/compose.yaml"],
    [["/project", "../other/x.yaml"], "/other/x.yaml"],
    [["/project", "/abs/x.yaml"], "/abs/x.yaml"],
    [["/", "x"], "/x"],
  ])("resolve(%j) = %j", ([base, path], expected) => expect(resolve(base!, path!)).toBe(expected));

  it.each([
    [["/a", "b", "../c"], "/a/c"],
    [["/a", "", "b"], "/a/b"],
  ])("join(%j) = %j", (segments, expected) => expect(join(...segments)).toBe(expected));

  it.each([
    ["/a/b/c.yaml", "/a/b", "c.yaml"],
    ["/a", "/", "a"],
    ["/", "/", ""],
  ])("dirname/basename of %j", (path, dir, base) => {
    expect(dirname(path)).toBe(dir);
    expect(basename(path)).toBe(base);
  });

  it.each([
    ["/a/b", "/a/c/d", "../c/d"],
    ["/a", "/a/b/c", "b/c"],
    ["/a/b", "/a/b", "."],
    ["/a/b/c", "/a", "../.."],
  ])("relative(%j, %j) = %j", (from, to, expected) => expect(relative(from, to)).toBe(expected));

  it.each([
    ["/a/b", "/a/b/c", true],
    ["/a/b", "/a/b", true],
    ["/a/b", "/a/bc", false],
    ["/a/b", "/a/b/../c", false],
    ["/a/b", "/a/b/x/../../../etc/passwd", false],
    ["/a/b/", "/a/b/c", true],
    ["/", "/anything", true],
  ])("isInside(%j, %j) = %j", (dir, path, expected) => expect(isInside(dir, path)).toBe(expected));
});
