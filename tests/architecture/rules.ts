import { exampleImport, findCycles, folderGraph, foldersOf, type Graph } from "./import-graph.js";

/*
 * The rules every import of src/ follows, each returning what breaks it as readable lines (empty when
 * all is well), so a failing test names the files.
 */

/** "src/a.ts → src/b.ts → src/a.ts" for each cycle between files. */
export function fileCycles(graph: Graph): string[] {
  return findCycles(graph).map((cycle) => cycle.join(" → "));
}

/**
 * Cycles between the sub-folders of each folder under `root` (files directly in a folder count one by
 * one): "src: convert/ → emit/ → convert/ (src/convert/x.ts imports src/emit/y.ts; …)".
 */
export function folderCycles(graph: Graph, root: string): string[] {
  return foldersOf(graph, root).flatMap((dir) => {
    const folders = folderGraph(graph, dir);
    return findCycles(folders).map((cycle) => {
      const hops = cycle.slice(1).map((to, index) => exampleImport(graph, dir, cycle[index]!, to));
      return `${dir}: ${cycle.join(" → ")} (${hops.join("; ")})`;
    });
  });
}

/**
 * The floors under every stage: src/model/ (the shared vocabulary) may import only itself and
 * src/diagnostics/; src/diagnostics/ only itself. Any other import is a stage reached from below.
 */
const FLOORS: Readonly<Record<string, readonly string[]>> = {
  "src/model/": ["src/model/", "src/diagnostics/"],
  "src/diagnostics/": ["src/diagnostics/"],
};

export function floorViolations(graph: Graph): string[] {
  return [...graph].flatMap(([file, targets]) => {
    const floor = Object.keys(FLOORS).find((prefix) => file.startsWith(prefix));
    if (floor === undefined) return [];
    const allowed = FLOORS[floor]!;
    return targets.filter((target) => !allowed.some((prefix) => target.startsWith(prefix))).map((target) => `${file} imports ${target}`);
  });
}
