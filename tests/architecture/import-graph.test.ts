import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { findCycles, folderGraph, importGraph, importSpecifiers, sourceFiles, type Graph } from "./import-graph.js";
import { fileCycles, floorViolations, folderCycles } from "./rules.js";

const graphOf = (edges: Record<string, string[]>): Graph => new Map(Object.entries(edges));

describe("importSpecifiers", () => {
  it("reads static, re-exported, side-effect, dynamic and type imports, not comments or strings", () => {
    const text = [
      'import a from "./a.js";',
      'import type { B } from "./b.js";',
      'export { c } from "./c.js";',
      'export * from "./d.js";',
      'import "./e.js";',
      'const f = await import("./f.js");',
      'type G = import("./g.js").G;',
      'export {\n  /** a "quoted" name, it\'s here */\n  x as y,\n} from "./h.js";',
      '// import z from "./comment.js";',
      'const s = \'import q from "./string.js"\';',
      'import { readFileSync } from "node:fs";',
    ].join("\n");
    expect(importSpecifiers(text)).toEqual(["./a.js", "./b.js", "./c.js", "./d.js", "./e.js", "./f.js", "./g.js", "./h.js", "node:fs"]);
  });
});

describe("findCycles", () => {
  it("finds none in a graph without cycles", () => {
    expect(findCycles(graphOf({ a: ["b", "c"], b: ["c"], c: [] }))).toEqual([]);
  });

  it("names a cycle as the path that closes it, starting from its first node", () => {
    expect(findCycles(graphOf({ c: ["a"], a: ["b"], b: ["c"], tail: ["a"] }))).toEqual([["a", "b", "c", "a"]]);
  });

  it("finds a file that imports itself, and each separate cycle once", () => {
    expect(findCycles(graphOf({ a: ["a"], b: ["c"], c: ["b"], d: ["b"] }))).toEqual([["a", "a"], ["b", "c", "b"]]);
  });

  it("gives the shortest way round a component with several loops", () => {
    expect(findCycles(graphOf({ a: ["b"], b: ["c", "a"], c: ["a"] }))).toEqual([["a", "b", "a"]]);
  });

  it("ignores edges to nodes outside the graph", () => {
    expect(findCycles(graphOf({ a: ["outside"] }))).toEqual([]);
  });
});

describe("folderGraph", () => {
  // No file imports itself back, but x/ and y/ import each other.
  const files = graphOf({ "src/x/a.ts": ["src/y/b.ts"], "src/y/b.ts": [], "src/y/c.ts": ["src/x/d.ts"], "src/x/d.ts": [], "src/top.ts": ["src/x/a.ts"] });

  it("collapses each sub-folder into one node, files directly inside count one by one", () => {
    expect(folderGraph(files, "src")).toEqual(graphOf({ "x/": ["y/"], "y/": ["x/"], "top.ts": ["x/"] }));
  });

  it("turns imports between folders into a folder cycle the file graph does not have", () => {
    expect(fileCycles(files)).toEqual([]);
    expect(folderCycles(files, "src")).toEqual(["src: x/ → y/ → x/ (src/x/a.ts imports src/y/b.ts; src/y/c.ts imports src/x/d.ts)"]);
  });
});

describe("importGraph", () => {
  const root = mkdtempSync(join(tmpdir(), "kubepose-imports-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("resolves ./x.js to x.ts, skips packages and lists imports of files that are not there", () => {
    mkdirSync(join(root, "src", "model"), { recursive: true });
    writeFileSync(join(root, "src", "index.ts"), 'import { a } from "./model/a.js";\nimport { z } from "zod";\nexport * from "./gone.js";\n');
    writeFileSync(join(root, "src", "model", "a.ts"), 'export type { I } from "../index.js";\nexport const a = 1;\n');
    const { graph, unresolved } = importGraph(root, sourceFiles(root, "src"));
    expect(graph).toEqual(graphOf({ "src/index.ts": ["src/model/a.ts"], "src/model/a.ts": ["src/index.ts"] }));
    expect(unresolved).toEqual(["src/index.ts imports ./gone.js"]);
    expect(fileCycles(graph)).toEqual(["src/index.ts → src/model/a.ts → src/index.ts"]);
    expect(floorViolations(graph)).toEqual(["src/model/a.ts imports src/index.ts"]);
  });
});

describe("the rules on kubepose's own imports", () => {
  const repository = fileURLToPath(new URL("../..", import.meta.url));
  const { graph } = importGraph(repository, sourceFiles(repository, "src"));

  it("fail when the floor imports a stage: the edge, and the cycles it closes", () => {
    const broken = new Map(graph);
    broken.set("src/model/project.ts", [...(graph.get("src/model/project.ts") ?? []), "src/convert/index.ts"]);
    expect(floorViolations(broken)).toEqual(["src/model/project.ts imports src/convert/index.ts"]);
    expect(fileCycles(broken)).toHaveLength(1);
    expect(fileCycles(broken)[0]).toContain("src/model/project.ts → src/convert/index.ts → ");
    // convert/ also imports connect/, so the folder cycle found may run through it.
    expect(folderCycles(broken, "src")).toEqual([expect.stringMatching(/^src: (convert\/|connect\/ → model\/ → convert\/ → connect\/|convert\/ → model\/ → convert\/) /)]);
  });

  it("fail when two folders of convert/ import each other", () => {
    const broken = new Map(graph);
    broken.set("src/convert/storage/volumes.ts", [...(graph.get("src/convert/storage/volumes.ts") ?? []), "src/convert/pod/pod-spec.ts"]);
    expect(folderCycles(broken, "src")).toContainEqual(expect.stringMatching(/^src\/convert: pod\/ → storage\/ → pod\/ /));
  });
});
