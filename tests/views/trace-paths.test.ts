import { describe, expect, it } from "vitest";
import type { Manifest } from "../../src/model/manifest.js";
import type { Path } from "../../src/diagnostics/types.js";
import { buildTraceIndex, isPrefix } from "../../src/views/trace-index.js";

// fieldsFrom gathers a subtree of Compose path parts: it must equal a scan of every traced field, in
// trace order (manifest, then object root, then traces shortest field first), for every prefix.
const manifest = (name: string, source: Path, traces: Manifest["traces"]): Manifest => ({
  object: { apiVersion: "v1", kind: "ConfigMap", metadata: { name } },
  source,
  explanations: [],
  fieldNotes: [],
  ...(traces ? { traces } : {}),
});
const manifests: Manifest[] = [
  manifest("a", ["services", "web"], [
    { field: ["data", "z"], source: ["services", "web", "environment", "Z"] },
    { field: ["data"], source: ["services", "web", "environment"] },
    { field: ["data", "n"], source: ["services", "web", "ports", 0] },
    { field: ["data", "s"], source: ["services", "web", "ports", "0"] },
    { field: ["data", "d"], default: "chosen" },
  ]),
  manifest("b", ["services", "db"], [{ field: ["data", "x"], source: ["services", "web", "environment", "A"] }]),
  manifest("c", ["volumes", "data"], undefined),
  manifest("d", [], undefined),
];
const index = buildTraceIndex(manifests);

/** The fields traced to Compose under a prefix, by scanning every traced field of every manifest. */
const scanned = (prefix: Path) =>
  manifests.flatMap((m, i) =>
    index
      .tracedFields(i)
      .filter((traced) => traced.origin.kind === "compose" && isPrefix(prefix, traced.origin.path))
      .map((traced) => ({ manifest: i, field: traced.field })),
  );

describe("fieldsFrom", () => {
  it.each([
    [[]],
    [["services"]],
    [["services", "web"]],
    [["services", "web", "environment"]],
    [["services", "web", "environment", "Z"]],
    [["services", "web", "ports"]],
    [["services", "web", "ports", 0]],
    [["services", "web", "ports", "0"]],
    [["services", "db"]],
    [["volumes"]],
    [["services", "nothing"]],
  ] as [Path][])("%j equals a scan of every traced field, in trace order", (prefix) => {
    expect(index.fieldsFrom(prefix)).toEqual(scanned(prefix));
  });

  it("keeps an item 0 and a key \"0\" apart", () => {
    expect(index.fieldsFrom(["services", "web", "ports", 0])).toEqual([{ manifest: 0, field: ["data", "n"] }]);
    expect(index.fieldsFrom(["services", "web", "ports", "0"])).toEqual([{ manifest: 0, field: ["data", "s"] }]);
  });
});
