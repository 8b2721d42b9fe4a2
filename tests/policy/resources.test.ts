import { describe, expect, it } from "vitest";
import { resourceGaps } from "../../src/policy/resources.js";
import type { KubernetesObject } from "../../src/model/manifest.js";

const deployment = (resources: Record<string, unknown> | undefined): KubernetesObject => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "api" },
  spec: { template: { spec: { initContainers: [{ name: "wait-for-db", image: "busybox:1.36" }], containers: [{ name: "api", image: "example/api:1", ...(resources === undefined ? {} : { resources }) }] } } },
});

describe("resourceGaps", () => {
  it("names what an app container lacks; init containers are not counted", () => {
    expect(resourceGaps(deployment(undefined))).toEqual([{ container: "api", missing: ["cpu request and limit", "memory request and limit"] }]);
    expect(resourceGaps(deployment({ requests: { cpu: "100m", memory: "128Mi" } }))).toEqual([{ container: "api", missing: ["cpu limit", "memory limit"] }]);
  });

  it("a limit alone is enough (Kubernetes takes it as the request); objects without pods have no gaps", () => {
    expect(resourceGaps(deployment({ limits: { cpu: "1", memory: "512Mi" } }))).toEqual([]);
    expect(resourceGaps({ apiVersion: "v1", kind: "Service", metadata: { name: "api" } })).toEqual([]);
  });
});
