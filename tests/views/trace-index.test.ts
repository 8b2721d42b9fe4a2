import { describe, expect, it } from "vitest";
import type { Manifest } from "../../src/model/manifest.js";
import type { Location, Path, SourceMap } from "../../src/diagnostics/types.js";
import { buildTraceIndex } from "../../src/views/trace-index.js";

const at = (line: number): Location => ({ file: "/p/compose.yaml", line, column: 5 });
const lines: Record<string, number> = { "services.web": 2, "services.web.image": 3, "services.web.ports": 4, "services.web.ports.0": 5 };
const sources: SourceMap = {
  locate: (path: Path) => {
    const line = lines[path.join(".")];
    return line === undefined ? undefined : at(line);
  },
  lineText: () => undefined,
};

const deployment: Manifest = {
  object: { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web" } },
  source: ["services", "web"],
  location: at(2),
  explanations: [],
  fieldNotes: [],
  traces: [
    { field: ["spec", "template", "spec", "containers", 0, "image"], source: ["services", "web", "image"] },
    { field: ["spec", "replicas"], default: "Compose runs one container" },
    { field: ["spec", "template", "spec", "containers", 0, "ports", 0], source: ["services", "web", "ports", 0], location: at(5) },
  ],
};
const service: Manifest = {
  object: { apiVersion: "v1", kind: "Service", metadata: { name: "web" } },
  source: ["services", "web", "ports"],
  explanations: [],
  fieldNotes: [],
};
const index = buildTraceIndex([deployment, service], sources);
const containerPort: Path = ["spec", "template", "spec", "containers", 0, "ports", 0];

describe("originOf", () => {
  it.each([
    ["own trace, located by the source map", 0, ["spec", "template", "spec", "containers", 0, "image"], "compose", "own", 3],
    ["own trace with its own location", 0, containerPort, "compose", "own", 5],
    ["nearest traced ancestor", 0, [...containerPort, "containerPort"], "compose", "ancestor", 5],
    ["untraced field falls back to the object", 0, ["metadata", "name"], "compose", "object", 2],
    ["object without traces, located by the source map", 1, ["spec", "ports", 0, "port"], "compose", "object", 4],
    ["default", 0, ["spec", "replicas"], "default", "own", 2],
  ] as const)("%s", (_name, manifest, field, kind, via, line) => {
    const origin = index.originOf(manifest, [...field]);
    expect(origin.kind).toBe(kind);
    expect(origin.via).toBe(via);
    expect(origin.location?.line).toBe(line);
  });

  it("names the Compose path", () => {
    expect(index.originOf(1, ["spec"])).toMatchObject({ kind: "compose", path: ["services", "web", "ports"] });
  });
});

describe("reverse lookups", () => {
  it.each([
    ["service line", 2, [{ manifest: 0, field: [] }]],
    ["image line", 3, [{ manifest: 0, field: ["spec", "template", "spec", "containers", 0, "image"] }]],
    ["ports line", 4, [{ manifest: 1, field: [] }]],
    ["port item line", 5, [{ manifest: 0, field: containerPort }]],
    ["line with nothing", 9, []],
  ])("fieldsAt %s", (_name, line, expected) => {
    expect(index.fieldsAt("/p/compose.yaml", line)).toEqual(expected);
  });

  it("fieldsAt another file finds nothing", () => {
    expect(index.fieldsAt("/p/other.yaml", 2)).toEqual([]);
  });

  it("fieldsInLines covers a block", () => {
    expect(index.fieldsInLines("/p/compose.yaml", 4, 5)).toEqual([
      { manifest: 0, field: containerPort },
      { manifest: 1, field: [] },
    ]);
  });

  it.each([
    [["services", "web", "ports"], 2],
    [["services", "web"], 4],
    [["services", "db"], 0],
  ] as const)("fieldsFrom %j finds %i fields (defaults excluded)", (path, count) => {
    expect(index.fieldsFrom([...path])).toHaveLength(count);
  });
});

describe("rootOf", () => {
  it.each([
    [0, [...containerPort, "protocol"], containerPort],
    [0, ["metadata"], []],
    [0, ["spec", "replicas"], ["spec", "replicas"]],
    [1, ["spec", "ports", 0], []],
  ] as const)("manifest %i field %j inherits from %j", (manifest, field, root) => {
    expect(index.rootOf(manifest, [...field]).field).toEqual(root);
  });
});

describe("traces of one field", () => {
  it("the later replaces the earlier, and fields are told apart by their parts, not by a joined key", () => {
    const labels: Manifest = {
      object: { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "c" } },
      source: ["services", "web"],
      explanations: [],
      fieldNotes: [],
      traces: [
        { field: ["data", "x"], source: ["services", "web", "image"] },
        { field: ["data", "x"], source: ["services", "web", "ports"] },
        // Joined with pathKey's separator, these two were one key: the second replaced the first.
        { field: ["x\u0000.y"], default: "one key" },
        { field: ["x", "y"], default: "two keys" },
        { field: ["data", 0], default: "an item" },
        { field: ["data", "0"], default: "a key" },
      ],
    };
    const traced = buildTraceIndex([labels], sources);
    expect(traced.tracedFields(0).map((t) => t.field)).toEqual([[], ["x\u0000.y"], ["data", "x"], ["x", "y"], ["data", 0], ["data", "0"]]);
    expect(traced.originOf(0, ["data", "x"])).toMatchObject({ path: ["services", "web", "ports"], via: "own" });
    expect(traced.originOf(0, ["x\u0000.y"])).toMatchObject({ reason: "one key" });
    expect(traced.originOf(0, ["x", "y", "z"])).toMatchObject({ reason: "two keys", via: "ancestor" });
    expect(traced.originOf(0, ["data", 0])).toMatchObject({ reason: "an item" });
    expect(traced.originOf(0, ["data", "0"])).toMatchObject({ reason: "a key" });
  });
});

describe("objects without a Compose source", () => {
  it("have no location and no Compose line", () => {
    const namespace: Manifest = { object: { apiVersion: "v1", kind: "Namespace", metadata: { name: "shop" } }, source: [], location: at(1), explanations: [], fieldNotes: [] };
    const withNamespace = buildTraceIndex([namespace], { ...sources, locate: () => at(1) });
    expect(withNamespace.originOf(0, ["metadata"]).location).toBeUndefined();
    expect(withNamespace.fieldsAt("/p/compose.yaml", 1)).toEqual([]);
  });
});
