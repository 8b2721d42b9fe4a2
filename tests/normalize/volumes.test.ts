import { describe, expect, it } from "vitest";
import { parseTmpfs, parseVolumes } from "../../src/normalize/volumes.js";
import { BIND_LIMITS } from "../../src/normalize/bind-files.js";
import { memoryContext } from "../helpers/memory-context.js";
import type { ComposeService } from "../../src/validate/schema.js";
import { run } from "./collect.js";

/** One service `volumes:` item as the schema lets it through: a short string or a long map with a known type. */
type VolumeItem = NonNullable<ComposeService["volumes"]>[number];
const V = ["services", "web", "volumes"];
const memory = memoryContext({
  "/project/compose.yaml": "services: {}",
  "/project/conf/nginx.conf": "server {}",
  "/project/conf/sites/b.conf": "b",
  "/project/conf/sites/a.conf": "a",
  "/project/single.txt": "one file",
  "/project/big/huge.bin": "x".repeat(BIND_LIMITS.characters + 1),
  "/outside/secret.txt": "never read",
});
const context = { workingDir: "/project", readFile: memory.readFile, isDirectory: memory.isDirectory, listDirectory: memory.listDirectory };
const at = (index = 0, ...rest: (string | number)[]) => [...V, index, ...rest];

describe("parseVolumes", () => {
  it.each<[VolumeItem, Record<string, unknown>]>([
    ["data:/var/lib/x:ro", { type: "volume", source: "data", target: "/var/lib/x", readOnly: true }],
    ["data:/var/lib/x", { type: "volume", source: "data", target: "/var/lib/x", readOnly: false }],
    ["data:/x:nocopy,ro", { type: "volume", source: "data", target: "/x", readOnly: true }],
    ["/only/target", { type: "anonymous", target: "/only/target", readOnly: false }],
    ["./single.txt:/etc/single.txt", { type: "bind", source: "/project/single.txt", target: "/etc/single.txt", readOnly: false, insideProject: true, sourceKind: "file", files: [{ path: "", content: "one file" }] }],
    ["./conf:/etc/conf:ro,z", { type: "bind", source: "/project/conf", target: "/etc/conf", readOnly: true, insideProject: true, sourceKind: "directory",
      files: [{ path: "nginx.conf", content: "server {}" }, { path: "sites/a.conf", content: "a" }, { path: "sites/b.conf", content: "b" }] }],
    ["/abs:/x:rw", { type: "bind", source: "/abs", target: "/x", readOnly: false, insideProject: false }],
    ["../outside/secret.txt:/s", { type: "bind", source: "/outside/secret.txt", target: "/s", readOnly: false, insideProject: false }],
    ["/project/conf/../single.txt:/s", { type: "bind", source: "/project/single.txt", target: "/s", readOnly: false, insideProject: true, sourceKind: "file", files: [{ path: "", content: "one file" }] }],
    ["~/x:/y", { type: "bind", source: "~/x", target: "/y", readOnly: false, insideProject: false }],
    ["C:\\data:/data:ro", { type: "bind", source: "C:\\data", target: "/data", readOnly: true, insideProject: false }],
    [{ type: "volume", source: "data", target: "/d", read_only: true, volume: { subpath: "sub", nocopy: true } },
      { type: "volume", source: "data", target: "/d", readOnly: true, subpath: "sub" }],
    [{ type: "volume", target: "/anon" }, { type: "anonymous", target: "/anon", readOnly: false }],
    [{ type: "bind", source: "./conf/nginx.conf", target: "/etc/nginx/nginx.conf", read_only: "true", bind: { create_host_path: true } },
      { type: "bind", source: "/project/conf/nginx.conf", target: "/etc/nginx/nginx.conf", readOnly: true, insideProject: true, sourceKind: "file", files: [{ path: "", content: "server {}" }] }],
    [{ type: "tmpfs", target: "/run", tmpfs: { size: "64m", mode: "1777" } }, { type: "tmpfs", target: "/run", sizeBytes: 67108864, mode: 0o1777 }],
    [{ type: "tmpfs", target: "/run", tmpfs: { size: 1024, mode: 0o755 } }, { type: "tmpfs", target: "/run", sizeBytes: 1024, mode: 0o755 }],
    [{ type: "tmpfs", target: "/run" }, { type: "tmpfs", target: "/run" }],
    [{ type: "npipe", source: "\\\\.\\pipe\\docker_engine", target: "\\\\.\\pipe\\docker_engine" }, { type: "npipe", source: "\\\\.\\pipe\\docker_engine", target: "\\\\.\\pipe\\docker_engine", readOnly: false }],
    [{ type: "image", source: "alpine", target: "/img", read_only: true }, { type: "image", source: "alpine", target: "/img", readOnly: true }],
    [{ type: "cluster", source: "vol", target: "/c" }, { type: "cluster", source: "vol", target: "/c", readOnly: false }],
  ])("%j", (item, mount) => {
    const result = run((out) => parseVolumes([item], V, context, out));
    expect(result.codes).toEqual([]);
    expect(result.value).toEqual([{ ...mount, path: at() }]);
  });

  it("records a missing bind source without a warning: convert decides what the pod gets and says so", () => {
    const result = run((out) => parseVolumes(["./nope:/n"], V, context, out));
    expect(result.value).toEqual([{ type: "bind", source: "/project/nope", target: "/n", readOnly: false, insideProject: true, sourceKind: "missing", files: [], path: at() }]);
    expect(result.codes).toEqual([]);
  });

  it.each<[string, Record<string, unknown>]>([
    ["an executable file keeps 0755", { path: "", content: "#!/bin/sh\necho hi\n", mode: 0o755 }],
    ["a plain file reads 0644", { path: "", content: "x=1\n", mode: 0o644 }],
  ])("reads the file mode the context reports: %s", (_, file) => {
    const files = memoryContext({ "/project/f": { content: String(file.content), mode: Number(file.mode) } });
    const result = run((out) => parseVolumes(["./f:/f"], V, { ...files, workingDir: "/project" }, out));
    expect(result.value[0]).toMatchObject({ sourceKind: "file", files: [file] });
  });

  it("reads the mode of every file of a directory, and leaves it out when the context has none", () => {
    const files = memoryContext({ "/project/s/run.sh": "#!/bin/sh\n", "/project/s/schema.sql": "create table t();" });
    const withModes = run((out) => parseVolumes(["./s:/s"], V, { ...files, workingDir: "/project" }, out));
    expect(withModes.value[0]).toMatchObject({ files: [{ path: "run.sh", mode: 0o755 }, { path: "schema.sql", mode: 0o644 }] });
    const withoutModes = run((out) => parseVolumes(["./conf:/c"], V, context, out));
    expect(withoutModes.value[0]).toMatchObject({ files: [{ path: "nginx.conf", content: "server {}" }, { path: "sites/a.conf", content: "a" }, { path: "sites/b.conf", content: "b" }] });
    expect(JSON.stringify(withoutModes.value[0])).not.toContain("mode");
  });

  it("does not read a source that is too large", () => {
    const result = run((out) => parseVolumes(["./big:/big"], V, context, out));
    expect(result.value[0]).toMatchObject({ type: "bind", insideProject: true });
    expect(result.value[0]).not.toHaveProperty("files");
    expect(result.codes).toEqual(["bind-not-read"]);
    expect(result.paths).toEqual([at()]);
  });

  it("does not read past the file count cap", () => {
    const many: Record<string, string> = {};
    for (let i = 0; i <= BIND_LIMITS.files; i++) many[`/project/many/f${i}`] = "x";
    const big = memoryContext(many);
    const result = run((out) => parseVolumes([".:/all"], V, { ...big, workingDir: "/project" }, out));
    expect(result.value[0]).not.toHaveProperty("files");
    expect(result.codes).toEqual(["bind-not-read"]);
  });

  it("reads the project itself when it is small, without the compose file's siblings outside", () => {
    const result = run((out) => parseVolumes([".:/all"], V, { ...memoryContext({ "/project/a": "1", "/project/d/b": "2", "/elsewhere/c": "3" }), workingDir: "/project" }, out));
    expect(result.value[0]).toMatchObject({ files: [{ path: "a", content: "1" }, { path: "d/b", content: "2" }] });
  });

  it.each<[VolumeItem, string, (string | number)[]]>([
    ["a:b:c:d", "volume-syntax", []],
    ["data:relative", "volume-syntax", []],
    ["relative", "volume-syntax", []],
    [":/x", "volume-syntax", []],
    ["data:/x:bogus", "volume-syntax", []],
    [{ type: "volume", source: "data" }, "volume-syntax", ["target"]],
    [{ type: "bind", target: "/x" }, "volume-syntax", ["source"]],
    [{ type: "tmpfs", target: "/t", tmpfs: { size: "lots" } }, "size-syntax", ["tmpfs", "size"]],
    [{ type: "tmpfs", target: "/t", tmpfs: { mode: "rwx" } }, "mode-syntax", ["tmpfs", "mode"]],
    [{ type: "volume", source: "d", target: "/t", read_only: "sure" }, "boolean-syntax", ["read_only"]],
  ])("%j → %s", (item, code, subPath) => {
    const result = run((out) => parseVolumes(["/ok", item], V, context, out));
    expect(result.codes).toEqual([code]);
    expect(result.paths).toEqual([at(1, ...subPath)]);
  });
});

describe("parseTmpfs", () => {
  const T = ["services", "web", "tmpfs"];
  it.each<[ComposeService["tmpfs"], Record<string, unknown>[]]>([
    ["/run", [{ target: "/run", path: T }]],
    [["/run", "/tmp:size=64m,mode=1777"], [{ target: "/run", path: [...T, 0] }, { target: "/tmp", sizeBytes: 67108864, mode: 0o1777, path: [...T, 1] }]],
    [["/tmp:rw,size=65536k"], [{ target: "/tmp", sizeBytes: 67108864, path: [...T, 0] }]],
  ])("%j", (value, mounts) => {
    const result = run((out) => parseTmpfs(value, T, out));
    expect(result.codes).toEqual([]);
    expect(result.value).toEqual(mounts.map((mount) => ({ type: "tmpfs", ...mount })));
  });

  it.each<[ComposeService["tmpfs"], string[]]>([
    [["/tmp:noexec,nosuid"], ["tmpfs-option", "tmpfs-option"]],
    [["relative"], ["volume-syntax"]],
    [["/tmp:size=huge"], ["size-syntax"]],
    [["/tmp:mode=999"], ["mode-syntax"]],
  ])("%j → %j", (value, codes) => {
    const result = run((out) => parseTmpfs(value, T, out));
    expect(result.codes).toEqual(codes);
    expect(result.paths.every((p) => p.join() === [...T, 0].join())).toBe(true);
  });
});
