import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/types.js";
import { parseDeployWorkload } from "../../src/normalize/deploy-workload.js";
import type { ComposeDeploy } from "../../src/validate/schema.js";

const parse = (deploy: ComposeDeploy | undefined) => {
  const out: Diagnostic[] = [];
  return { value: parseDeployWorkload(deploy, ["services", "web"], out), codes: out.map((d) => d.code) };
};

describe("deploy keys that shape the workload", () => {
  it.each<[string, ComposeDeploy | undefined, Record<string, unknown>]>([
    ["nothing", undefined, {}],
    ["mode global", { mode: "global" }, { deployMode: { mode: "global", path: ["services", "web", "deploy", "mode"] } }],
    ["mode replicated-job", { mode: "replicated-job" }, { deployMode: { mode: "replicated-job" } }],
    ["endpoint_mode dnsrr", { endpoint_mode: "dnsrr" }, { endpointMode: { mode: "dnsrr" } }],
    ["labels as a list", { labels: ["tier=web"] }, { deployLabels: { labels: { tier: "web" }, path: ["services", "web", "deploy", "labels"] } }],
    ["labels as a map", { labels: { tier: "web" } }, { deployLabels: { labels: { tier: "web" } } }],
    [
      "update_config",
      { update_config: { parallelism: "2", order: "start-first", delay: "1m30s", failure_action: "rollback", monitor: "5s", max_failure_ratio: 0.2 } },
      { updateConfig: { parallelism: 2, order: "start-first", delaySeconds: 90, failureAction: "rollback", monitorSeconds: 5, maxFailureRatio: 0.2, path: ["services", "web", "deploy", "update_config"] } },
    ],
  ])("%s", (_, deploy, expected) => {
    const { value, codes } = parse(deploy);
    expect(value).toMatchObject(expected);
    if (Object.keys(expected).length === 0) expect(value).toEqual({});
    expect(codes).toEqual([]);
  });

  it.each<[ComposeDeploy, string]>([
    [{ update_config: { delay: "10" } }, "duration-syntax"],
    [{ update_config: { parallelism: "two" } }, "integer-syntax"],
  ])("reports %j", (deploy, code) => {
    expect(parse(deploy).codes).toEqual([code]);
  });
});
