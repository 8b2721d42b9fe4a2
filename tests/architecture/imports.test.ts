import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importGraph, sourceFiles } from "./import-graph.js";
import { fileCycles, floorViolations, folderCycles } from "./rules.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const { graph, unresolved } = importGraph(root, sourceFiles(root, "src"));

describe("the imports of src/", () => {
  it("all name files of src/ (so no edge goes missing)", () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(unresolved).toEqual([]);
  });

  it("form no cycle between files", () => {
    expect(fileCycles(graph)).toEqual([]);
  });

  it("form no cycle between folders, at any depth (src/convert/ ⇄ src/emit/, convert/pod/ ⇄ convert/storage/…)", () => {
    expect(folderCycles(graph, "src")).toEqual([]);
  });

  it("leave the floors below every stage: src/model/ imports only model and diagnostics", () => {
    expect(floorViolations(graph)).toEqual([]);
  });
});
