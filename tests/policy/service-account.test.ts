import { describe, expect, it } from "vitest";
import { accountFinding } from "../../src/policy/service-account.js";
import type { KubernetesObject } from "../../src/model/manifest.js";

const job = (pod: Record<string, unknown>): KubernetesObject => ({ apiVersion: "batch/v1", kind: "Job", metadata: { name: "migrate" }, spec: { template: { spec: { containers: [{ name: "migrate", image: "example/api:1" }], ...pod } } } });

describe("accountFinding", () => {
  it("a pod that names nothing runs as the shared default account with a token", () => {
    expect(accountFinding(job({}))).toEqual({ account: "default", sharedDefault: true, tokenMounted: true });
  });

  it("its own account with the token still mounted is a finding; without the token it is none", () => {
    expect(accountFinding(job({ serviceAccountName: "migrate" }))).toEqual({ account: "migrate", sharedDefault: false, tokenMounted: true });
    expect(accountFinding(job({ serviceAccountName: "migrate", automountServiceAccountToken: false }))).toBeUndefined();
  });

  it("objects without pods have no account", () => {
    expect(accountFinding({ apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "migrate" } })).toBeUndefined();
  });
});
