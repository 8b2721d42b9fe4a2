import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fieldTypes, rootTypes } from "../../src/check/k8s-fields.generated.js";
import { modelClasses } from "../../src/check/kinds.js";
import { unknownFields } from "../../src/check/unknown-fields.js";

describe("generated Kubernetes field table", () => {
  it("is what scripts/gen-k8s-fields.mjs generates from the installed @kubernetes/client-node", () => {
    const generated = execFileSync(process.execPath, ["scripts/gen-k8s-fields.mjs", "--stdout"], { encoding: "utf8" });
    expect(generated).toBe(readFileSync("src/check/k8s-fields.generated.ts", "utf8"));
  });

  it("has a root type for every kind the schema check knows, and no other", () => {
    expect(Object.keys(rootTypes).sort()).toEqual(Object.keys(modelClasses).sort());
  });

  it("names only types it defines", () => {
    const named = Object.values(fieldTypes)
      .flatMap((fields) => Object.values(fields))
      .map((type) => type.replace(/^(map:)+/, "").replace(/(\[\])+$/, ""))
      .filter((type) => /^[A-Z]/.test(type) && type !== "Date" && type !== "IntOrString");
    expect(named.filter((type) => !(type in fieldTypes))).toEqual([]);
    expect(Object.values(rootTypes).filter((type) => !(type in fieldTypes))).toEqual([]);
  });

  it.each([
    ["a map of leaves is not walked", { metadata: { labels: { anything: "x" } } }, []],
    ["quantities are leaves", { spec: { resources: { requests: { storage: "1Gi" } } } }, []],
    ["a field of a list item", { spec: { accessModes: ["ReadWriteOnce"], dataSource: { kind: "x", name: "y", extra: 1 } } }, [["spec", "dataSource", "extra"]]],
  ] as const)("%s", (_label, object, fields) => {
    expect(unknownFields(object, "V1PersistentVolumeClaim").map((f) => f.field)).toEqual(fields);
  });
});
