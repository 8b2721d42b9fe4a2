import { describe, expect, it } from "vitest";
import { hasKeys, objectMeta, widen, type ObjectMeta } from "../../../src/convert/shared/object-meta.js";

/** The metadata as it was built before the one-literal path: name, then each field that is set, in this order. */
function stepByStep(name: string, { namespace, labels, annotations }: ObjectMeta): Record<string, unknown> {
  const metadata: Record<string, unknown> = { name };
  if (namespace !== undefined) metadata.namespace = namespace;
  if (labels !== undefined) metadata.labels = labels;
  if (annotations !== undefined) metadata.annotations = annotations;
  return metadata;
}

const namespaces = [undefined, "shop"];
const workloads = [undefined, "web"];
const annotationSets: (Record<string, string> | undefined)[] = [undefined, {}, { "com.example.team": "web" }];

describe("objectMeta and widen", () => {
  it.each(namespaces.flatMap((namespace) => workloads.flatMap((workload) => annotationSets.map((annotations) => ({ namespace, workload, annotations })))))(
    "write name, namespace, labels and annotations in that order, only those set: %o",
    ({ namespace, workload, annotations }) => {
      const scope = namespace === undefined ? { partOf: "bench" } : { partOf: "bench", namespace };
      const meta = objectMeta("web-env", scope, workload, annotations);
      const labels: Record<string, string> = workload === undefined ? { "app.kubernetes.io/part-of": "bench" } : { "app.kubernetes.io/name": workload, "app.kubernetes.io/part-of": "bench" };
      const expected = stepByStep("web-env", { namespace, labels, annotations: annotations !== undefined && Object.keys(annotations).length > 0 ? annotations : undefined });
      expect(meta).toStrictEqual(expected);
      expect(Object.keys(meta)).toEqual(Object.keys(expected));
      const configMap = { apiVersion: "v1", kind: "ConfigMap", metadata: meta, data: {} };
      const widened = widen(configMap);
      expect(Object.keys(widened)).toEqual(["apiVersion", "kind", "metadata", "data"]);
      expect(widened.metadata).toStrictEqual(expected);
      expect(Object.keys(widened.metadata)).toEqual(Object.keys(expected));
    },
  );

  it("widen keeps only the four metadata fields, drops undefined ones, and refuses an object without a name", () => {
    const typed = { apiVersion: "v1", kind: "Service", metadata: { name: "web", labels: undefined, annotations: { a: "b" }, generateName: "x" } as ObjectMeta };
    expect(Object.keys(widen(typed).metadata)).toEqual(["name", "annotations"]);
    expect(Object.keys(widen({ apiVersion: "v1", kind: "Service", metadata: { name: "web" } }).metadata)).toEqual(["name"]);
    expect(Object.keys(widen({ apiVersion: "v1", kind: "Service", metadata: { name: "web", namespace: "shop", labels: {} } }).metadata)).toEqual(["name", "namespace", "labels"]);
    expect(() => widen({ apiVersion: "v1", kind: "Service", metadata: {} })).toThrow("built without a name");
  });

  it("hasKeys says whether a record has an own key", () => {
    expect(hasKeys({})).toBe(false);
    expect(hasKeys({ a: "" })).toBe(true);
    expect(hasKeys(Object.create({ inherited: "x" }) as Record<string, string>)).toBe(false);
  });
});
