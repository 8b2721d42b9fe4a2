import { readdirSync, readFileSync } from "node:fs";
import { posix } from "node:path";
import ts from "typescript";

/** File → the files it imports, as paths relative to the repository ("src/load/index.ts"). */
export type Graph = ReadonlyMap<string, readonly string[]>;

/**
 * Every module a source text names: static `import … from`, `export … from`, `import "x"`, dynamic
 * `import("x")` and `import("x").Type`. TypeScript's own scanner reads them, so comments and strings
 * that look like imports are not taken for ones.
 */
export function importSpecifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
}

/** The .ts files under `dir` (relative to `root`), sorted. */
export function sourceFiles(root: string, dir: string): string[] {
  const entries = readdirSync(posix.join(root, dir), { withFileTypes: true });
  return entries
    .flatMap((entry) => {
      const path = posix.join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(root, path);
      return entry.name.endsWith(".ts") ? [path] : [];
    })
    .sort();
}

/**
 * The import graph of `files` (relative to `root`). Relative specifiers are resolved as NodeNext does
 * ("./x.js" is ./x.ts); package imports are not edges. A relative import of a file that is not among
 * `files` is returned in `unresolved`, so an edge can never go missing without a sound.
 */
export function importGraph(root: string, files: readonly string[]): { graph: Graph; unresolved: string[] } {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  const unresolved: string[] = [];
  for (const file of files) {
    const targets = new Set<string>();
    for (const specifier of importSpecifiers(readFileSync(posix.join(root, file), "utf8"))) {
      if (!specifier.startsWith(".")) continue;
      const target = posix.normalize(posix.join(posix.dirname(file), specifier)).replace(/\.js$/, ".ts");
      if (known.has(target)) targets.add(target);
      else unresolved.push(`${file} imports ${specifier}`);
    }
    graph.set(file, [...targets]);
  }
  return { graph, unresolved };
}

/**
 * One cycle per strongly connected component of more than one node (or a node importing itself), each
 * written as the path that closes it: ["a", "b", "c", "a"]. Tarjan's algorithm, iterative.
 */
export function findCycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const edges = (node: string) => (graph.get(node) ?? []).filter((next) => graph.has(next));
  for (const start of [...graph.keys()].sort()) {
    if (index.has(start)) continue;
    const frames: { node: string; next: number }[] = [{ node: start, next: 0 }];
    const enter = (node: string) => {
      index.set(node, index.size);
      low.set(node, index.get(node)!);
      stack.push(node);
      onStack.add(node);
    };
    enter(start);
    for (let frame = frames.at(-1); frame; frame = frames.at(-1)) {
      const next = edges(frame.node)[frame.next++];
      if (next !== undefined) {
        if (!index.has(next)) {
          enter(next);
          frames.push({ node: next, next: 0 });
        } else if (onStack.has(next)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(next)!));
        continue;
      }
      frames.pop();
      const parent = frames.at(-1);
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component = new Set<string>();
      for (let node = stack.pop(); node !== undefined; node = node === frame.node ? undefined : stack.pop()) {
        onStack.delete(node);
        component.add(node);
      }
      if (component.size > 1 || edges(frame.node).includes(frame.node)) cycles.push(cycleThrough(graph, component));
    }
  }
  return cycles;
}

/** A path from the component's first node (in sort order) back to itself, staying inside the component. */
function cycleThrough(graph: Graph, component: ReadonlySet<string>): string[] {
  const [start] = [...component].sort();
  const cameFrom = new Map<string, string>();
  const queue = [start!];
  for (const node of queue) {
    for (const next of graph.get(node) ?? []) {
      if (next === start) {
        const path = [node];
        for (let step = cameFrom.get(node); step !== undefined; step = cameFrom.get(step)) path.unshift(step);
        return [...path, start!];
      }
      if (component.has(next) && !cameFrom.has(next) && next !== start) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start!, start!];
}

/**
 * The graph seen from folder `dir`: each sub-folder is one node ("convert/"), each file directly in
 * `dir` a node of its own ("pipeline.ts"); imports inside one node, and files outside `dir`, drop out.
 */
export function folderGraph(graph: Graph, dir: string): Graph {
  const nodeOf = (file: string): string | undefined => {
    if (!file.startsWith(`${dir}/`)) return undefined;
    const [first, ...rest] = file.slice(dir.length + 1).split("/");
    return rest.length > 0 ? `${first}/` : first;
  };
  const folders = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = nodeOf(file);
    if (from === undefined) continue;
    const edges = folders.get(from) ?? new Set<string>();
    folders.set(from, edges);
    for (const target of targets) {
      const to = nodeOf(target);
      if (to !== undefined && to !== from) edges.add(to);
    }
  }
  return new Map([...folders].map(([folder, edges]) => [folder, [...edges].sort()]));
}

/** Every folder that holds a file of the graph, and their parents up to `root` ("src", "src/convert"…). */
export function foldersOf(graph: Graph, root: string): string[] {
  const folders = new Set<string>();
  for (const file of graph.keys()) {
    for (let dir = posix.dirname(file); dir === root || dir.startsWith(`${root}/`); dir = posix.dirname(dir)) folders.add(dir);
  }
  return [...folders].sort();
}

/** One import that makes the folder edge `from` → `to` inside `dir`, to show in a message. */
export function exampleImport(graph: Graph, dir: string, from: string, to: string): string {
  const inside = (file: string, node: string) => file === `${dir}/${node}` || (node.endsWith("/") && file.startsWith(`${dir}/${node}`));
  for (const [file, targets] of graph) {
    const target = inside(file, from) ? targets.find((candidate) => inside(candidate, to)) : undefined;
    if (target !== undefined) return `${file} imports ${target}`;
  }
  return `${from} imports ${to}`;
}
