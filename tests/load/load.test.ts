import { describe, expect, it } from "vitest";
import { load, type LoadOptions } from "../../src/load/index.js";
import { memoryContext } from "../helpers/memory-context.js";

const noFlags: LoadOptions = { files: [] };
const run = (files: Record<string, string>, options: LoadOptions = noFlags, env: Record<string, string> = {}) =>
  load(options, memoryContext(files, env));
const codes = (result: ReturnType<typeof run>) => result.diagnostics.map((d) => d.code);

describe("file discovery", () => {
  it.each([
    ["compose.yaml", { "compose.yaml": "name: a" }, ["/project/compose.yaml"]],
    ["compose.yml", { "compose.yml": "name: a" }, ["/project/compose.yml"]],
    ["docker-compose.yaml", { "docker-compose.yaml": "name: a" }, ["/project/docker-compose.yaml"]],
    ["docker-compose.yml", { "docker-compose.yml": "name: a" }, ["/project/docker-compose.yml"]],
    ["compose.yaml preferred", { "docker-compose.yml": "name: a", "compose.yaml": "name: b" }, ["/project/compose.yaml"]],
    [
      "override added",
      { "compose.yaml": "name: a", "compose.override.yaml": "name: b" },
      ["/project/compose.yaml", "/project/compose.override.yaml"],
    ],
    [
      "override of the matching name only",
      { "docker-compose.yml": "name: a", "compose.override.yaml": "name: b", "docker-compose.override.yml": "name: c" },
      ["/project/docker-compose.yml", "/project/docker-compose.override.yml"],
    ],
  ])("%s", (_label, files, expected) => {
    const result = run(files);
    expect(result.diagnostics).toEqual([]);
    expect(result.value?.files).toEqual(expected);
  });

  it("reports when nothing is found, naming -f FILE", () => {
    const result = run({ "other.yaml": "a: 1" });
    expect(codes(result)).toEqual(["no-compose-file"]);
    expect(result.diagnostics[0]?.message).toContain("-f FILE");
    expect(result.value).toBeUndefined();
  });

  it.each([
    ["relative", ["sub/app.yaml"], "/project/sub/app.yaml"],
    ["parent", ["../shared/app.yaml"], "/shared/app.yaml"],
    ["absolute", ["/shared/app.yaml"], "/shared/app.yaml"],
  ])("-f %s path resolves against the working directory", (_label, files, expected) => {
    const result = run({ "/project/sub/app.yaml": "name: x", "/shared/app.yaml": "name: y" }, { files });
    expect(result.value?.files).toEqual([expected]);
    expect(result.value?.workingDir).toBe(expected.slice(0, expected.lastIndexOf("/")));
  });

  it("reports a missing -f file", () => {
    const result = run({ "compose.yaml": "name: a" }, { files: ["compose.yaml", "missing.yaml"] });
    expect(result.diagnostics.map((d) => [d.code, d.message.startsWith("missing.yaml does not exist")])).toEqual([["file-not-found", true]]);
  });
});

describe("merge of several files", () => {
  const base = [
    "x-top: {a: 1}",
    "services:",
    "  web:",
    "    image: nginx",
    "    ports: ['80:80']",
    "    environment: {A: '1', B: '2'}",
    "    x-note: dropped",
    "volumes:",
    "  data: {x-keep: no}",
  ].join("\n");
  const override = ["services:", "  web:", "    ports: ['81:81']", "    environment: {B: '3'}", "  db:", "    image: postgres"].join("\n");

  it("merges mappings key by key, appends ports, merges environment by name, drops x- keys", () => {
    const result = run({ "a.yaml": base, "b.yaml": override }, { files: ["a.yaml", "b.yaml"] });
    expect(result.diagnostics).toEqual([]);
    expect(result.value?.document).toEqual({
      services: {
        web: { image: "nginx", ports: ["80:80", "81:81"], environment: { A: "1", B: "3" } },
        db: { image: "postgres" },
      },
      volumes: { data: {} },
    });
  });

  it("keeps anchors defined under x- keys usable", () => {
    const text = "x-base: &base\n  image: nginx\nservices:\n  web:\n    <<: *base\n    x-local: 1\n";
    const result = run({ "compose.yaml": text });
    expect(result.value?.document).toEqual({ services: { web: { image: "nginx" } } });
  });
});

describe("interpolation in load", () => {
  const compose = [
    "services:",
    "  web:",
    "    image: nginx:${TAG}",
    "    command: echo $$HOME",
    "    environment:",
    "      FROM_FILE: ${ONLY_IN_FILE}",
    "      BOTH: ${IN_BOTH}",
    "      ${KEY_NOT_INTERPOLATED}: x",
    "    ports: [80]",
  ].join("\n");
  const dotEnv = "TAG=from-file\nONLY_IN_FILE=file\nIN_BOTH=file\n";

  it("uses .env beside the first file, the process environment winning", () => {
    const result = run({ "compose.yaml": compose, ".env": dotEnv }, noFlags, { IN_BOTH: "shell" });
    expect(result.diagnostics).toEqual([]);
    const web = (result.value?.document.services as Record<string, unknown>).web;
    expect(web).toEqual({
      image: "nginx:from-file",
      command: "echo $HOME",
      environment: { FROM_FILE: "file", BOTH: "shell", "${KEY_NOT_INTERPOLATED}": "x" },
      ports: [80],
    });
    expect(result.value?.env).toMatchObject({ TAG: "from-file", IN_BOTH: "shell" });
  });

  it("replaces .env with --env-file files, later ones winning", () => {
    const files = { "compose.yaml": "name: ${A}-${B}", ".env": "A=dotenv\nB=dotenv", "one.env": "A=one\nB=one", "two.env": "B=two" };
    const result = run(files, { files: [], envFiles: ["one.env", "two.env"] });
    expect(result.value?.projectName).toBe("one-two");
  });

  it("reports a missing --env-file but not a missing default .env", () => {
    expect(codes(run({ "compose.yaml": "name: a" }))).toEqual([]);
    expect(codes(run({ "compose.yaml": "name: a" }, { files: [], envFiles: ["nope.env"] }))).toEqual(["file-not-found"]);
  });

  it("warns once per unset variable, at its first use", () => {
    const text = "services:\n  a: {image: '${NOPE}'}\n  b: {image: '${NOPE}', command: '$OTHER'}\n";
    const result = run({ "compose.yaml": text });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["interpolation-unset", "warning", ["services", "a", "image"]],
      ["interpolation-unset", "warning", ["services", "b", "command"]],
    ]);
  });

  it.each([
    ["required", "services:\n  web: {image: '${TAG:?set a tag}'}", "interpolation-required", ["services", "web", "image"]],
    ["syntax", "services:\n  web:\n    ports: ['${PORT']", "interpolation-syntax", ["services", "web", "ports", 0]],
  ])("%s errors carry the path of the value", (_label, text, code, path) => {
    const result = run({ "compose.yaml": text });
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([[code, path]]);
    expect(result.value?.sources.locate(result.diagnostics[0]!.path)?.line).toBeGreaterThan(1);
  });
});

describe("project name", () => {
  it.each([
    ["-p wins", { projectName: "flag" }, { COMPOSE_PROJECT_NAME: "env" }, "name: doc", "flag"],
    ["an empty -p is unset", { projectName: "" }, { COMPOSE_PROJECT_NAME: "env" }, "name: doc", "env"],
    ["COMPOSE_PROJECT_NAME next", {}, { COMPOSE_PROJECT_NAME: "env" }, "name: doc", "env"],
    ["COMPOSE_PROJECT_NAME from .env", {}, {}, "name: doc", "dotenv", "COMPOSE_PROJECT_NAME=dotenv"],
    ["then name:", {}, {}, "name: my_app-2", "my_app-2"],
    ["name: is interpolated", {}, { SUFFIX: "2" }, "name: app-${SUFFIX}", "app-2"],
    ["then the directory", {}, {}, "services: {}", "project"],
  ])("%s", (_label, flags, env, text, expected, dotEnv?: string) => {
    const files: Record<string, string> = { "compose.yaml": text, ...(dotEnv ? { ".env": dotEnv } : {}) };
    const result = load({ files: [], ...flags }, memoryContext(files, env));
    expect(result.diagnostics).toEqual([]);
    expect(result.value?.projectName).toBe(expected);
  });

  it.each([
    ["-p with capitals", { projectName: "MyApp" }, {}, "services: {}", []],
    ["-p starting with a dash", { projectName: "-app" }, {}, "services: {}", []],
    ["COMPOSE_PROJECT_NAME with a dot", {}, { COMPOSE_PROJECT_NAME: "my.app" }, "services: {}", []],
    ["name: with a space", {}, {}, "name: 'My App'", ["name"]],
    ["name: starting with _", {}, {}, "name: _app", ["name"]],
    ["name: with nothing usable", {}, {}, "name: '!!!'", ["name"]],
  ])("refuses an invalid name set by %s", (_label, flags, env, text, path) => {
    const result = load({ files: [], ...flags }, memoryContext({ "compose.yaml": text }, env));
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([["project-name-invalid", path]]);
  });

  it.each([
    ["/work/My App!", "myapp"],
    ["/work/_build", "build"],
    ["/work/web.v2", "webv2"],
  ])("normalises the directory name %s", (cwd, expected) => {
    const result = load({ files: [] }, memoryContext({ [`${cwd}/compose.yaml`]: "services: {}" }, {}, cwd));
    expect(result.diagnostics).toEqual([]);
    expect(result.value?.projectName).toBe(expected);
  });

  it("reports a directory whose name has no letter or digit", () => {
    const result = load({ files: [] }, memoryContext({ "/work/___/compose.yaml": "services: {}" }, {}, "/work/___"));
    expect(codes(result)).toEqual(["project-name-empty"]);
  });
});

describe("errors keep sources for locating them", () => {
  it("returns sources and lineText when a file does not parse", () => {
    const result = run({ "compose.yaml": "services:\n  web: [\n" });
    expect(codes(result)).toEqual(["yaml-syntax"]);
    expect(result.value?.sources.lineText("/project/compose.yaml", 2)).toBe("  web: [");
  });
});
