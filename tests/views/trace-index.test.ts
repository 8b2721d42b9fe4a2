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

describe("objects without a Compose source", () => {
  it("have no location and no Compose line", () => {
    const namespace: Manifest = { object: { apiVersion: "v1", kind: "Namespace", metadata: { name: "shop" } }, source: [], location: at(1), explanations: [], fieldNotes: [] };
    const withNamespace = buildTraceIndex([namespace], { ...sources, locate: () => at(1) });
    expect(withNamespace.originOf(0, ["metadata"]).location).toBeUndefined();
    expect(withNamespace.fieldsAt("/p/compose.yaml", 1)).toEqual([]);
  });
});
