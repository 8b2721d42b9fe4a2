import { describe, expect, it } from "vitest";
import { memoryContext } from "../helpers/memory-context.js";

describe("memoryContext (test helper)", () => {
  const context = memoryContext({ "compose.yaml": "a", "config/app.conf": "b", "/etc/hosts": "c" }, { X: "1" });

  it.each([
    ["/project/compose.yaml", "a"],
    ["/project/config/app.conf", "b"],
    ["/etc/hosts", "c"],
    ["/project/missing", undefined],
  ])("readFile(%j)", (path, expected) => expect(context.readFile(path)).toBe(expected));

  it.each([
    ["/project", true],
    ["/project/config", true],
    ["/project/config/", true],
    ["/", true],
    ["/project/compose.yaml", false],
    ["/nowhere", false],
  ])("isDirectory(%j) = %j", (path, expected) => expect(context.isDirectory?.(path)).toBe(expected));

  it.each([
    ["/project", ["compose.yaml", "config"]],
    ["/", ["etc", "project"]],
    ["/project/compose.yaml", undefined],
  ])("listDirectory(%j)", (path, expected) => expect(context.listDirectory?.(path)).toEqual(expected));

  it("carries env and cwd", () => {
    expect(context.env).toEqual({ X: "1" });
    expect(context.cwd).toBe("/project");
  });
});
