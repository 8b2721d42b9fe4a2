import { describe, expect, it } from "vitest";
import type { Path } from "../../src/diagnostics/types.js";
import { load } from "../../src/load/index.js";
import { memoryContext } from "../helpers/memory-context.js";

const run = (files: Record<string, string>, env: Record<string, string> = {}) => load({ files: [] }, memoryContext(files, env));
const lines = (...text: string[]) => text.join("\n") + "\n";
const services = (result: ReturnType<typeof run>) => result.value?.document.services as Record<string, unknown> | undefined;

describe("extends: merged services", () => {
  it.each([
    [
      "in the same file, short form",
      { "compose.yaml": lines("services:", "  base: { image: busybox, user: root }", "  cli: { extends: base, command: sh }") },
      "cli",
      { image: "busybox", user: "root", command: "sh" },
    ],
    [
      "mapping form, the extending service's scalars win",
      { "compose.yaml": lines("services:", "  base: { image: busybox, user: root }", "  cli: { extends: { service: base }, user: app }") },
      "cli",
      { image: "busybox", user: "app" },
    ],
    [
      "spec example: environment merged by name",
      {
        "compose.yaml": lines(
          "services:",
          "  common: { image: busybox, environment: { TZ: utc, PORT: '80' } }",
          "  cli: { extends: { service: common }, environment: { PORT: '8080' } }",
        ),
      },
      "cli",
      { image: "busybox", environment: { TZ: "utc", PORT: "8080" } },
    ],
    [
      "spec example: a chain of three, the middle one's keys and the first one's",
      {
        "compose.yaml": lines(
          "services:",
          "  base: { image: busybox, user: root }",
          "  common: { image: busybox, extends: { service: base } }",
          "  cli: { extends: { service: common } }",
        ),
      },
      "cli",
      { image: "busybox", user: "root" },
    ],
    [
      "another file, its relative paths rebased onto the extending file's directory",
      {
        "compose.yaml": lines("services:", "  web: { extends: { file: common/base.yaml, service: base }, image: nginx }"),
        "common/base.yaml": lines(
          "services:",
          "  base:",
          "    build: { context: app, additional_contexts: { shared: ../shared } }",
          "    env_file: [.env.app, { path: ./opt.env, required: false }]",
          "    label_file: labels",
          "    volumes: ['./data:/data', 'named:/named', { type: bind, source: ./logs, target: /logs }, /abs:/abs]",
        ),
      },
      "web",
      {
        image: "nginx",
        build: { context: "./common/app", additional_contexts: { shared: "./shared" } },
        env_file: ["./common/.env.app", { path: "./common/opt.env", required: false }],
        label_file: "./common/labels",
        volumes: ["./common/data:/data", "named:/named", { type: "bind", source: "./common/logs", target: "/logs" }, "/abs:/abs"],
      },
    ],
    [
      "a build mapping without context: the default '.' is the base file's directory",
      {
        "compose.yaml": lines("services:", "  web: { extends: { file: lib/base.yaml, service: base } }"),
        "lib/base.yaml": lines("services:", "  base: { build: { dockerfile: Dockerfile.dev } }"),
      },
      "web",
      { build: { context: "./lib", dockerfile: "Dockerfile.dev" } },
    ],
    [
      "a chain across files: extends.file in the base file is relative to the base file",
      {
        "compose.yaml": lines("services:", "  web: { extends: { file: a/one.yaml, service: one } }"),
        "a/one.yaml": lines("services:", "  one: { extends: { file: ../b/two.yaml, service: two }, command: one }"),
        "b/two.yaml": lines("services:", "  two: { image: two, build: ctx }"),
      },
      "web",
      { image: "two", build: "./b/ctx", command: "one" },
    ],
    [
      "a file extended in a parent directory keeps remote contexts as they are",
      {
        "/project/app/compose.yaml": lines("services:", "  web: { extends: { file: ../common.yaml, service: base } }"),
        "/project/common.yaml": lines("services:", "  base: { build: 'https://github.com/x/y.git#main', volumes: ['./d:/d'] }"),
      },
      "web",
      { build: "https://github.com/x/y.git#main", volumes: ["../d:/d"] },
    ],
    [
      "the extended file is interpolated with the project's variables",
      {
        "compose.yaml": lines("services:", "  web: { extends: { file: common.yaml, service: base } }"),
        "common.yaml": lines("services:", "  base: { image: 'nginx:${TAG}' }"),
        ".env": "TAG=1.27\n",
      },
      "web",
      { image: "nginx:1.27" },
    ],
  ] as [string, Record<string, string>, string, unknown][])("%s", (_label, files, name, expected) => {
    // The extended file lies above the project folder (app/): allowed explicitly, as --allow-outside .. would.
    const context = "/project/app/compose.yaml" in files ? { files: ["/project/app/compose.yaml"], allowOutside: ["/project"] } : { files: [] };
    const result = load(context, memoryContext(files));
    expect(result.diagnostics).toEqual([]);
    expect(services(result)?.[name]).toEqual(expected);
  });
});

describe("extends: errors point at the extends key", () => {
  type Row = [string, Record<string, string>, string, string, number];
  it.each<Row>([
    ["a missing service in the same file", { "compose.yaml": lines("services:", "  web:", "    extends: nowhere") }, "extends-service-missing", "compose.yaml", 3],
    [
      "a missing service in another file points at extends.service",
      { "compose.yaml": lines("services:", "  web:", "    extends:", "      file: common.yaml", "      service: nowhere"), "common.yaml": "services: {}\n" },
      "extends-service-missing",
      "compose.yaml",
      5,
    ],
    [
      "a missing file points at extends.file",
      { "compose.yaml": lines("services:", "  web:", "    extends:", "      file: missing.yaml", "      service: base") },
      "extends-file-missing",
      "compose.yaml",
      4,
    ],
    ["a service extending itself", { "compose.yaml": lines("services:", "  web:", "    extends: web") }, "extends-cycle", "compose.yaml", 3],
    [
      "a cycle in one file, reported once",
      { "compose.yaml": lines("services:", "  a:", "    extends: b", "  b:", "    extends: a", "  c:", "    extends: a") },
      "extends-cycle",
      "compose.yaml",
      3,
    ],
    [
      "a cycle across files",
      {
        "compose.yaml": lines("services:", "  a:", "    extends: { file: other.yaml, service: b }"),
        "other.yaml": lines("services:", "  b:", "    extends: { file: compose.yaml, service: a }"),
      },
      "extends-cycle",
      "compose.yaml",
      3,
    ],
    [
      "an error in a chained file points into that file",
      {
        "compose.yaml": lines("services:", "  web: { extends: { file: lib/one.yaml, service: one } }"),
        "lib/one.yaml": lines("services:", "  one:", "    image: x", "    extends: { service: gone }"),
      },
      "extends-service-missing",
      "lib/one.yaml",
      4,
    ],
    ["extends of the wrong shape", { "compose.yaml": lines("services:", "  web:", "    extends: [a]") }, "extends-syntax", "compose.yaml", 3],
    [
      "a YAML error in the extended file is shown in that file",
      { "compose.yaml": lines("services:", "  web: { extends: { file: bad.yaml, service: b } }"), "bad.yaml": lines("services:", "  b: [") },
      "yaml-syntax",
      "bad.yaml",
      3,
    ],
  ])("%s", (_label, files, code, file, line) => {
    const result = run(files);
    expect(result.diagnostics.map((d) => [d.code, d.location?.file, d.location?.line])).toEqual([[code, `/project/${file}`, line]]);
  });

  it("shows the chain of a cycle across files with the file names", () => {
    const result = run({
      "compose.yaml": lines("services:", "  a:", "    extends: { file: other.yaml, service: b }"),
      "other.yaml": lines("services:", "  b:", "    extends: { file: compose.yaml, service: a }"),
    });
    expect(result.diagnostics[0]?.message).toContain("a (compose.yaml) → b (other.yaml) → a (compose.yaml)");
  });
});

describe("extends: positions survive", () => {
  const files = {
    "compose.yaml": lines(
      "services:", //                                         1
      "  base:", //                                           2
      "    image: busybox", //                                3
      "  web:", //                                            4
      "    extends: { file: common.yaml, service: common }", // 5
      "    command: run", //                                  6
      "  local:", //                                          7
      "    extends: base", //                                 8
    ),
    "common.yaml": lines("services:", "  common:", "    extends: { file: deep/root.yaml, service: root }", "    user: app"),
    "deep/root.yaml": lines("services:", "  root:", "    restart: always", "    working_dir: /srv"),
  };
  it.each<[Path, string, number]>([
    [["services", "web"], "compose.yaml", 4],
    [["services", "web", "command"], "compose.yaml", 6],
    [["services", "web", "user"], "common.yaml", 4],
    [["services", "web", "restart"], "deep/root.yaml", 3],
    [["services", "web", "working_dir"], "deep/root.yaml", 4],
    [["services", "local"], "compose.yaml", 7],
    [["services", "local", "image"], "compose.yaml", 3],
    [["services", "base", "image"], "compose.yaml", 3],
  ])("%j is found in %s:%d", (path, file, line) => {
    const result = run(files);
    expect(result.diagnostics).toEqual([]);
    const location = result.value?.sources.locate(path);
    expect([location?.file, location?.line]).toEqual([`/project/${file}`, line]);
  });

  it("shows lines of extended files", () => {
    const result = run(files);
    expect(result.value?.sources.lineText("/project/deep/root.yaml", 3)).toBe("    restart: always");
  });
});
