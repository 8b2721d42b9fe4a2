import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { topLevelKeys, topLevelKeysByRules, withTopLevelOrder } from "../../src/emit/key-order.js";

/**
 * The quick way (keys as they are when already in order) must equal the rules on any JSON-shaped object:
 * objects built from the leading fields in any order, mixed with other keys, some values undefined.
 */
const leading = ["apiVersion", "kind", "metadata", "type", "spec", "immutable", "data", "stringData", "binaryData"];
const key = fc.oneof(fc.constantFrom(...leading), fc.constantFrom("status", "rules", "subjects", "roleRef", "0", "1", "10", "__proto__x"), fc.string({ maxLength: 3 }));
const entries = fc.array(fc.tuple(key, fc.oneof(fc.integer(), fc.constant(undefined), fc.constant(null))), { maxLength: 12 });
const objectOf = (pairs: [string, unknown][], nullPrototype: boolean): Record<string, unknown> => {
  const object: Record<string, unknown> = nullPrototype ? (Object.create(null) as Record<string, unknown>) : {};
  for (const [name, value] of pairs) object[name] = value;
  return object;
};

describe("top-level key order", () => {
  it("topLevelKeys equals topLevelKeysByRules on any object", () => {
    fc.assert(fc.property(entries, fc.boolean(), (pairs, nullPrototype) => {
      const object = objectOf(pairs, nullPrototype);
      expect(topLevelKeys(object)).toEqual(topLevelKeysByRules(object));
    }), { numRuns: 20_000 });
  });

  it("withTopLevelOrder writes as the copy by the rules does; it is the object itself only when that copy's order is its own", () => {
    const copyByRules = (object: Record<string, unknown>): Record<string, unknown> => {
      const ordered: Record<string, unknown> = {};
      for (const name of topLevelKeysByRules(object)) ordered[name] = object[name];
      return ordered;
    };
    fc.assert(fc.property(entries, fc.boolean(), (pairs, nullPrototype) => {
      const object = objectOf(pairs, nullPrototype);
      const ordered = withTopLevelOrder(object);
      const copy = copyByRules(object);
      expect(Object.keys(ordered)).toEqual(Object.keys(copy));
      expect(JSON.stringify(ordered, null, 2)).toBe(JSON.stringify(copy, null, 2));
      for (const name of Object.keys(object)) expect(ordered[name]).toBe(object[name]);
    }), { numRuns: 20_000 });
  });

  it("an object built out of order is copied in order", () => {
    const object = { spec: {}, kind: "Service", apiVersion: "v1", metadata: { name: "web" } };
    expect(Object.keys(withTopLevelOrder(object))).toEqual(["apiVersion", "kind", "metadata", "spec"]);
    expect(withTopLevelOrder(object)).not.toBe(object);
    const inOrder = { apiVersion: "v1", kind: "Service", metadata: { name: "web" }, spec: {} };
    expect(withTopLevelOrder(inOrder)).toBe(inOrder);
  });
});
