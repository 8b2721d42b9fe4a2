import { describe, expect, it } from "vitest";
import { readInside, READ_LIMIT_BYTES, type Boundary } from "../../src/load/file-access.js";
import { projectBoundary } from "../../src/load/boundary.js";
import type { Context } from "../../src/model/context.js";
import { memoryContext } from "../helpers/memory-context.js";

const files = {
  "compose.yaml": "services: {}",
  "config/app.conf": "listen 80;",
  "/home/me/.aws/credentials": "aws_secret_access_key=abc",
  "/shared/base.env": "A=1",
};
const links = {
  "env": "/proc/self/environ",
  "creds": "../home/me/.aws/credentials",
  "conf": "config",
  "config/again": "../config/app.conf",
  "loop-a": "loop-b",
  "loop-b": "loop-a",
};
const context = memoryContext(files, {}, "/project", { links, special: ["/project/pipe", "/proc/self/environ"] });
const boundary = projectBoundary("/project", { files: [] }, context);

describe("the memory context models a disk's links", () => {
  it.each([
    ["/project/conf/app.conf", "/project/config/app.conf"],
    ["/project/config/again", "/project/config/app.conf"],
    ["/project/creds", "/home/me/.aws/credentials"],
    ["/project/env", "/proc/self/environ"],
    ["/project/conf/../compose.yaml", "/project/compose.yaml"],
    ["/project/loop-a", undefined],
    ["/project/missing", undefined],
  ])("realPath(%j) = %j", (path, real) => expect(context.realPath?.(path)).toBe(real));

  it("lists links among a folder's entries, and reads through them", () => {
    expect(context.listDirectory?.("/project")).toEqual(["compose.yaml", "conf", "config", "creds", "env", "loop-a", "loop-b", "pipe"]);
    expect(context.readFile("/project/conf/app.conf")).toBe("listen 80;");
    expect(context.fileKind?.("/project/pipe")).toBe("special");
  });
});

describe("readInside: the one gate of every project file", () => {
  it.each<[string, string, Record<string, unknown>]>([
    ["a file of the project", "/project/config/app.conf", { kind: "text", text: "listen 80;" }],
    ["a link that stays inside", "/project/conf/app.conf", { kind: "text", realPath: "/project/config/app.conf" }],
    ["a link to a credentials file outside", "/project/creds", { kind: "outside", realPath: "/home/me/.aws/credentials" }],
    ["a link to /proc/self/environ", "/project/env", { kind: "outside", realPath: "/proc/self/environ" }],
    ["a path outside as written", "/shared/base.env", { kind: "outside", realPath: "/shared/base.env" }],
    ["../ out of the project", "/project/../shared/base.env", { kind: "outside" }],
    ["a named pipe", "/project/pipe", { kind: "special" }],
    ["a folder", "/project/config", { kind: "directory" }],
    ["links that loop", "/project/loop-a", { kind: "missing" }],
  ])("%s", (_label, path, expected) => expect(readInside(context, path, boundary)).toMatchObject(expected));

  it("asks the disk nothing about a path outside as written, so not even its existence leaks", () => {
    const asked: string[] = [];
    const spy: Context = { ...context, realPath: (path) => (asked.push(path), context.realPath?.(path)), readFile: (path) => (asked.push(path), context.readFile(path)) };
    expect(readInside(spy, "/home/me/.aws/credentials", projectBoundary("/project", { files: [] }, context))).toMatchObject({ kind: "outside" });
    expect(asked).toEqual([]);
  });

  it("reads outside only what --allow-outside names, and the -f and --env-file files themselves", () => {
    const allowed = projectBoundary("/project", { files: [], allowOutside: ["../shared"] }, context);
    expect(readInside(context, "/shared/base.env", allowed)).toMatchObject({ kind: "text", text: "A=1" });
    expect(readInside(context, "/project/creds", allowed)).toMatchObject({ kind: "outside" });
    const named = projectBoundary("/project", { files: [], envFiles: ["/shared/base.env"] }, context);
    expect(readInside(context, "/shared/base.env", named)).toMatchObject({ kind: "text" });
  });

  it("refuses a file over the read limit, and keeps bytes that are not UTF-8 with the first bad one's place", () => {
    const big = memoryContext({ "big.yaml": new Uint8Array(READ_LIMIT_BYTES + 1).fill(0x20), "latin1.env": new Uint8Array([0x41, 0x3d, 0x31, 0x0a, 0x42, 0x3d, 0x63, 0x61, 0x66, 0xe9, 0x0a]) });
    const own: Boundary = projectBoundary("/project", { files: [] }, big);
    expect(readInside(big, "/project/big.yaml", own)).toMatchObject({ kind: "too-large", limit: READ_LIMIT_BYTES });
    expect(readInside(big, "/project/latin1.env", own)).toMatchObject({ kind: "binary", offset: 9, line: 2, column: 6 });
  });

  it("works with a library's context that has only readFile", () => {
    const plain: Context = { readFile: (path) => (path === "/project/a.env" ? "A=1" : undefined), env: {}, cwd: "/project" };
    const own = projectBoundary("/project", { files: [] }, plain);
    expect(readInside(plain, "/project/a.env", own)).toMatchObject({ kind: "text", text: "A=1" });
    expect(readInside(plain, "/etc/passwd", own)).toMatchObject({ kind: "outside" });
  });
});
