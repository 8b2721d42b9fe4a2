import { describe, expect, it } from "vitest";
import { load } from "../../src/load/index.js";
import type { Path } from "../../src/diagnostics/types.js";
import { memoryContext } from "../helpers/memory-context.js";

const base = [
  "x-defaults: &defaults", //   1
  "  restart: always", //       2
  "  labels: [a, b]", //        3
  "services:", //               4
  "  web:", //                  5
  "    <<: *defaults", //       6
  "    image: nginx", //        7
  "    ports:", //              8
  "      - '80:80'", //         9
  "      - target: 443", //    10
  "        published: 8443", // 11
  "  db:", //                  12
  "    image: postgres", //    13
  "    command: [a, b]", //    14
].join("\n");

const override = [
  "services:", //               1
  "  db:", //                   2
  "    image: postgres:16", //  3
].join("\n");

const loaded = load(
  { files: ["compose.yaml", "override.yaml"] },
  memoryContext({ "compose.yaml": base, "override.yaml": override }),
).value;
const sources = loaded!.sources;
const first = "/project/compose.yaml";
const second = "/project/override.yaml";

describe("SourceMap.locate", () => {
  it.each<[string, Path, string, number, number]>([
    ["a key in both files: the later one", ["services"], second, 1, 1],
    ["a service key", ["services", "web"], first, 5, 3],
    ["a scalar's key", ["services", "web", "image"], first, 7, 5],
    ["a sequence item", ["services", "web", "ports", 0], first, 9, 9],
    ["a key inside an item", ["services", "web", "ports", 1, "published"], first, 11, 9],
    ["an item of a flow sequence", ["services", "db", "command", 1], first, 14, 18],
    ["a key brought in by <<", ["services", "web", "restart"], first, 2, 3],
    ["an item inside a merged key", ["services", "web", "labels", 1], first, 3, 15],
    ["the later file that won the merge", ["services", "db", "image"], second, 3, 5],
    ["a service in both files: the later one", ["services", "db"], second, 2, 3],
    ["a key only in the earlier file", ["services", "db", "command"], first, 14, 5],
    ["missing key: deepest prefix", ["services", "web", "healthcheck", "test"], first, 5, 3],
    ["index out of range: the sequence key", ["services", "web", "ports", 7], first, 8, 5],
    ["missing service: the services key of the later file", ["services", "cache", "image"], second, 1, 1],
  ])("%s", (_label, path, file, line, column) => {
    expect(sources.locate(path)).toEqual({ file, line, column });
  });

  it("shows the text of a line", () => {
    expect(sources.lineText(first, 7)).toBe("    image: nginx");
    expect(sources.lineText(second, 99)).toBeUndefined();
    expect(sources.lineText("/elsewhere.yaml", 1)).toBeUndefined();
  });

  it("finds services in a 1000-service file without indexing it all", () => {
    const lines = ["services:"];
    for (let i = 0; i < 1000; i++) lines.push(`  s${i}:`, `    image: img${i}`);
    const big = load({ files: [] }, memoryContext({ "compose.yaml": lines.join("\n") })).value!;
    expect(big.sources.locate(["services", "s999", "image"])).toEqual({ file: first, line: 2001, column: 5 });
  });
});
