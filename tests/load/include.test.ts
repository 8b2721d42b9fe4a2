import { describe, expect, it } from "vitest";
import type { Path } from "../../src/diagnostics/types.js";
import { load } from "../../src/load/index.js";
import { memoryContext } from "../helpers/memory-context.js";

const run = (files: Record<string, string>, env: Record<string, string> = {}) => load({ files: [] }, memoryContext(files, env));
const lines = (...text: string[]) => text.join("\n") + "\n";

describe("include: resources added to the project", () => {
  it.each<[string, Record<string, string>, Record<string, string>, Record<string, unknown>]>([
    [
      "short syntax: relative paths of the included file are relative to its own directory",
      {
        "compose.yaml": lines("include:", "  - db/compose.yaml", "services:", "  web: { image: nginx, depends_on: [db] }"),
        "db/compose.yaml": lines(
          "services:",
          "  db: { image: postgres, volumes: ['./init:/docker-entrypoint-initdb.d', 'pgdata:/var/lib/postgresql/data'], env_file: db.env }",
          "volumes: { pgdata: {} }",
          "configs: { pgconf: { file: ./pg.conf } }",
          "secrets: { pgpass: { file: pass.txt } }",
          "networks: { back: {} }",
        ),
      },
      {},
      {
        services: {
          web: { image: "nginx", depends_on: ["db"] },
          db: { image: "postgres", volumes: ["./db/init:/docker-entrypoint-initdb.d", "pgdata:/var/lib/postgresql/data"], env_file: "./db/db.env" },
        },
        volumes: { pgdata: {} },
        configs: { pgconf: { file: "./db/pg.conf" } },
        secrets: { pgpass: { file: "./db/pass.txt" } },
        networks: { back: {} },
      },
    ],
    [
      "the included project's .env is used, the including project's variables win",
      {
        "compose.yaml": lines("include: [db/compose.yaml]", "services: { web: { image: 'nginx:${TAG}' } }"),
        ".env": "TAG=main\n",
        "db/compose.yaml": lines("services: { db: { image: 'postgres:${PG}', command: '${TAG}' } }"),
        "db/.env": "PG=16\nTAG=from-db\n",
      },
      {},
      { services: { web: { image: "nginx:main" }, db: { image: "postgres:16", command: "main" } } },
    ],
    [
      "the shell's variables win over the included .env",
      {
        "compose.yaml": lines("include: [db/compose.yaml]"),
        "db/compose.yaml": lines("services: { db: { image: 'postgres:${PG}' } }"),
        "db/.env": "PG=16\n",
      },
      { PG: "17" },
      { services: { db: { image: "postgres:17" } } },
    ],
    [
      "long syntax: several paths merged like -f files, env_file relative to the including project",
      {
        "compose.yaml": lines("include:", "  - path: [db/compose.yaml, db/dev.yaml]", "    env_file: [env/db.env, env/dev.env]"),
        "db/compose.yaml": lines("services: { db: { image: 'postgres:${PG}', environment: { A: '1' } } }"),
        "db/dev.yaml": lines("services: { db: { environment: { B: '${B}' } } }"),
        "env/db.env": "PG=15\nB=db\n",
        "env/dev.env": "B=dev\n",
      },
      {},
      { services: { db: { image: "postgres:15", environment: { A: "1", B: "dev" } } } },
    ],
    [
      "project_directory is the base of relative paths and of the default .env",
      {
        "compose.yaml": lines("include:", "  - path: stacks/db.yaml", "    project_directory: data"),
        "stacks/db.yaml": lines("services: { db: { image: 'postgres:${PG}', build: ., volumes: ['./pg:/pg'] } }"),
        "data/.env": "PG=14\n",
      },
      {},
      { services: { db: { image: "postgres:14", build: "./data", volumes: ["./data/pg:/pg"] } } },
    ],
    [
      "nested includes rebase onto each including project in turn",
      {
        "compose.yaml": lines("include: [a/compose.yaml]"),
        "a/compose.yaml": lines("include: [../b/compose.yaml]", "services: { one: { build: ./one } }"),
        "b/compose.yaml": lines("services: { two: { build: ./two } }"),
      },
      {},
      { services: { one: { build: "./a/one" }, two: { build: "./b/two" } } },
    ],
    [
      "the same definition included twice is kept once",
      {
        "compose.yaml": lines("include: [a.yaml, b.yaml]"),
        "a.yaml": lines("networks: { shared: { driver: bridge } }"),
        "b.yaml": lines("networks: { shared: { driver: bridge } }"),
      },
      {},
      { networks: { shared: { driver: "bridge" } } },
    ],
    [
      "an override file can change an included service",
      {
        "compose.yaml": lines("include: [db/compose.yaml]"),
        "compose.override.yaml": lines("services: { db: { command: debug } }"),
        "db/compose.yaml": lines("services: { db: { image: postgres } }"),
      },
      {},
      { services: { db: { image: "postgres", command: "debug" } } },
    ],
    [
      "extends inside an included project uses that project's directory",
      {
        "compose.yaml": lines("include: [lib/compose.yaml]"),
        "lib/compose.yaml": lines("services: { api: { extends: { file: base.yaml, service: base } } }"),
        "lib/base.yaml": lines("services: { base: { build: ./api } }"),
      },
      {},
      { services: { api: { build: "./lib/api" } } },
    ],
  ])("%s", (_label, files, env, expected) => {
    const result = run(files, env);
    expect(result.diagnostics).toEqual([]);
    expect(result.value?.document).toEqual(expected);
  });
});

describe("include: errors", () => {
  type Row = [string, Record<string, string>, string, string, number];
  it.each<Row>([
    ["a missing file", { "compose.yaml": lines("include:", "  - nowhere.yaml") }, "include-file-missing", "compose.yaml", 2],
    [
      "a missing file in a path list",
      { "compose.yaml": lines("include:", "  - path:", "      - a.yaml", "      - nowhere.yaml"), "a.yaml": "services: {}\n" },
      "include-file-missing",
      "compose.yaml",
      4,
    ],
    [
      "a missing env_file",
      { "compose.yaml": lines("include:", "  - path: a.yaml", "    env_file: nowhere.env"), "a.yaml": "services: {}\n" },
      "include-file-missing",
      "compose.yaml",
      3,
    ],
    ["an entry of the wrong shape", { "compose.yaml": lines("include:", "  - { env_file: a.env }") }, "include-syntax", "compose.yaml", 2],
    ["a file including itself", { "compose.yaml": lines("include:", "  - compose.yaml") }, "include-cycle", "compose.yaml", 2],
    [
      "a cycle through another file, shown where it closes",
      { "compose.yaml": lines("include: [a/compose.yaml]"), "a/compose.yaml": lines("services: {}", "include:", "  - ../compose.yaml") },
      "include-cycle",
      "a/compose.yaml",
      3,
    ],
    [
      "a service defined here and differently in an included file",
      { "compose.yaml": lines("services:", "  db: { image: mysql }", "include:", "  - db.yaml"), "db.yaml": lines("services:", "  db: { image: postgres }") },
      "include-conflict",
      "compose.yaml",
      4,
    ],
    [
      "a volume defined differently by two included files",
      { "compose.yaml": lines("include:", "  - a.yaml", "  - b.yaml"), "a.yaml": "volumes: { data: {} }\n", "b.yaml": "volumes: { data: { driver: nfs } }\n" },
      "include-conflict",
      "compose.yaml",
      3,
    ],
    [
      "an error inside an included file points into it",
      { "compose.yaml": lines("include: [db/compose.yaml]"), "db/compose.yaml": lines("services:", "  db:", "    image: '${X:?X is needed}'") },
      "interpolation-required",
      "db/compose.yaml",
      3,
    ],
  ])("%s", (_label, files, code, file, line) => {
    const result = run(files);
    expect(result.diagnostics.map((d) => [d.code, d.location?.file, d.location?.line])).toEqual([[code, `/project/${file}`, line]]);
  });

  it("names both places of a conflict", () => {
    const result = run({ "compose.yaml": lines("services:", "  db: { image: mysql }", "include:", "  - db.yaml"), "db.yaml": lines("services:", "  db: { image: postgres }") });
    expect(result.diagnostics[0]?.message).toContain("services.db is defined at compose.yaml:2 and differently at db.yaml:2");
  });

  it("shows the chain of an include cycle", () => {
    const result = run({ "compose.yaml": lines("include: [a/compose.yaml]"), "a/compose.yaml": lines("include:", "  - ../compose.yaml") });
    expect(result.diagnostics[0]?.message).toContain("compose.yaml → a/compose.yaml → compose.yaml");
  });
});

describe("include: positions survive", () => {
  const files = {
    "compose.yaml": lines("include:", "  - db/compose.yaml", "services:", "  web: { image: nginx }"),
    "compose.override.yaml": lines("services:", "  db:", "    command: debug"),
    "db/compose.yaml": lines("include: [../cache/compose.yaml]", "services:", "  db:", "    image: postgres", "volumes:", "  pgdata: {}"),
    "cache/compose.yaml": lines("services:", "  cache:", "    extends: { file: base.yaml, service: base }"),
    "cache/base.yaml": lines("services:", "  base:", "    image: redis"),
  };
  it.each<[Path, string, number]>([
    [["services", "web"], "compose.yaml", 4],
    [["services", "db"], "compose.override.yaml", 2],
    [["services", "db", "image"], "db/compose.yaml", 4],
    [["services", "db", "command"], "compose.override.yaml", 3],
    [["volumes", "pgdata"], "db/compose.yaml", 6],
    [["services", "cache"], "cache/compose.yaml", 2],
    [["services", "cache", "image"], "cache/base.yaml", 3],
  ])("%j is found in %s:%d", (path, file, line) => {
    const result = run(files);
    expect(result.diagnostics).toEqual([]);
    const location = result.value?.sources.locate(path);
    expect([location?.file, location?.line]).toEqual([`/project/${file}`, line]);
  });
});
