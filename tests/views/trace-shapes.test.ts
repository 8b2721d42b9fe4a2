import { describe, expect, it } from "vitest";
import type { Location, Path, SourceMap } from "../../src/diagnostics/types.js";
import type { FieldTrace, Manifest } from "../../src/model/manifest.js";
import { buildTraceIndex, isPrefix, type Origin, type TracedField } from "../../src/views/trace-index.js";
import { fileInTraceOrder, type FieldNode } from "../../src/views/trace-lookups.js";

/*
 * The trace index files a manifest's traces as the TraceShape of their field arrays says (trace-shapes.ts).
 * Held here to the filing it replaced, written out: the traces sorted shortest field first (stable), each
 * filed in a tree of the manifest's own fields (a field traced again keeps its place and takes the later
 * trace), and a field's root its longest traced prefix.
 */

function seeded(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const sources: SourceMap = {
  locate: (path: Path) => (path.length % 3 === 0 ? undefined : { file: "/p/compose.yaml", line: path.length * 7 + String(path.at(-1)).length, column: 3 }),
  lineText: () => undefined,
};

function exactTraced(manifest: Manifest, index: number): TracedField[] {
  const objectLocation = manifest.source.length === 0 ? undefined : (manifest.location ?? sources.locate(manifest.source));
  const root: Origin = objectLocation ? { kind: "compose", path: manifest.source, via: "object", location: objectLocation } : { kind: "compose", path: manifest.source, via: "object" };
  const traced: TracedField[] = [{ manifest: index, field: [], origin: root }];
  const tree: FieldNode = { position: 0 };
  const traces = [...(manifest.traces ?? [])].sort((a, b) => a.field.length - b.field.length);
  for (const trace of traces) {
    let origin: Origin;
    if ("default" in trace) origin = objectLocation ? { kind: "default", reason: trace.default, via: "own", location: objectLocation } : { kind: "default", reason: trace.default, via: "own" };
    else {
      const location = trace.location ?? sources.locate(trace.source);
      origin = location ? { kind: "compose", path: trace.source, via: "own", location } : { kind: "compose", path: trace.source, via: "own" };
    }
    fileInTraceOrder(tree, traced, trace.field, { manifest: index, field: trace.field, origin });
  }
  return traced;
}

function exactRoot(traced: readonly TracedField[], field: Path): TracedField {
  let best = traced[0]!;
  for (const entry of traced) if (entry.field.length > best.field.length && isPrefix(entry.field, field)) best = entry;
  return best;
}

function randomManifests(random: () => number): Manifest[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const parts: (string | number)[] = ["spec", "data", "x", 0, "0", 1, "a.b", ""];
  const pool: Path[] = [[]];
  for (let n = 0; n < 14; n++) pool.push(Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(parts)));
  // Field arrays mostly shared between manifests, as convert shares them; some of their own, equal or not.
  const field = (): Path => (random() < 0.8 ? pick(pool) : random() < 0.5 ? [...pick(pool)] : [pick(parts), pick(parts)]);
  const trace = (): FieldTrace => {
    if (random() < 0.25) return { field: field(), default: pick(["one", "two"]) };
    const source: Path = ["services", pick(["web", "db"]), ...(random() < 0.5 ? [pick(parts)] : [])];
    return random() < 0.2 ? { field: field(), source, location: { file: "/p/c.yaml", line: 9, column: 1 } } : { field: field(), source };
  };
  const shapes = Array.from({ length: 4 }, () => Array.from({ length: Math.floor(random() * 7) }, trace));
  return Array.from({ length: 30 }, (_, n): Manifest => {
    const traces = random() < 0.6 ? pick(shapes).map((t) => ({ ...t, field: t.field })) : Array.from({ length: Math.floor(random() * 7) }, trace);
    const source: Path = pick([[], ["services", "web"], ["services", "db", "ports"]]);
    return { object: { apiVersion: "v1", kind: "ConfigMap", metadata: { name: `m${n}` } }, source, explanations: [], fieldNotes: [], ...(random() < 0.9 ? { traces } : {}) };
  });
}

describe("the trace index files traces by their shape", () => {
  it("as the exact filing does, on random manifests asked in random order", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = seeded(seed);
      const manifests = randomManifests(random);
      const index = buildTraceIndex(manifests, sources);
      const order = manifests.map((_, m) => m).sort(() => random() - 0.5);
      const probes: Path[] = [[], ["spec"], ["data", 0], ["data", "0", "x"], ["x", "x", "x", "x", "x"], ["a.b", 1, "spec"], [0, "0", 1, "", "spec"]];
      for (const m of order) {
        const exact = exactTraced(manifests[m]!, m);
        expect(index.tracedFields(m), `seed ${seed} manifest ${m}`).toEqual(exact);
        for (const traced of exact) probes.push(traced.field, [...traced.field, "deeper"]);
        for (const probe of probes) {
          const root = exactRoot(exact, probe);
          expect(index.rootOf(m, probe), `seed ${seed} manifest ${m} ${JSON.stringify(probe)}`).toEqual(root);
          const inherits = root.field.length < probe.length && root.origin.via === "own";
          expect(index.originOf(m, probe)).toEqual(inherits ? { ...root.origin, via: "ancestor" } : root.origin);
        }
        if (random() < 0.3) index.settle(m);
      }
    }
  });
});
