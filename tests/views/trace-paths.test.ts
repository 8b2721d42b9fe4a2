import { describe, expect, it } from "vitest";
import type { Manifest } from "../../src/model/manifest.js";
import type { Path } from "../../src/diagnostics/types.js";
import { buildTraceIndex, isPrefix } from "../../src/views/trace-index.js";
import { tracedManifest } from "../helpers/traced-manifest.js";

// fieldsFrom gathers a subtree of Compose path parts: it must equal a scan of every traced field, in
// trace order (manifest, then object root, then traces shortest field first), for every prefix.
const manifests: Manifest[] = [
  tracedManifest("a", ["services", "web"], [
    { field: ["data", "z"], source: ["services", "web", "environment", "Z"] },
    { field: ["data"], source: ["services", "web", "environment"] },
    { field: ["data", "n"], source: ["services", "web", "ports", 0] },
    { field: ["data", "s"], source: ["services", "web", "ports", "0"] },
    { field: ["data", "d"], default: "chosen" },
  ]),
  tracedManifest("b", ["services", "db"], [{ field: ["data", "x"], source: ["services", "web", "environment", "A"] }]),
  tracedManifest("c", ["volumes", "data"], undefined),
  tracedManifest("d", [], undefined),
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
