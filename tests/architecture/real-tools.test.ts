import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { toolPath } from "../helpers/real-tools.js";

describe("the real Kubernetes tools the tests use", () => {
  it("kubectl 1.35 runs offline, with Kustomize", () => {
    const version = execFileSync(toolPath("kubectl"), ["version", "--client", "-o", "json"], { encoding: "utf8" });
    const client = (JSON.parse(version) as { clientVersion: { minor: string }; kustomizeVersion: string });
    expect(client.clientVersion.minor).toBe("35");
    expect(client.kustomizeVersion).toMatch(/^v5\./);
  });

  it("helm 4 runs offline", () => {
    expect(execFileSync(toolPath("helm"), ["version", "--short"], { encoding: "utf8" })).toMatch(/^v4\./);
  });
});
