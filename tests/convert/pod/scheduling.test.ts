import { describe, expect, it } from "vitest";
import type { Placement, PlacementConstraint, Service } from "../../../src/model/project.js";
import { codes, find, get, project, run, service } from "../builder.js";

const convertApp = (overrides: Partial<Service>) => {
  const { manifests, diagnostics } = run(project([service("app", overrides)]));
  return { pod: get(find(manifests, "Deployment", "app").object, "spec", "template", "spec") as Record<string, unknown>, codes: codes(diagnostics) };
};
const constraint = (attribute: string, operator: "==" | "!=", value: string): PlacementConstraint => ({ attribute, operator, value, path: [] });
const placement = (extra: Partial<Placement>): Placement => ({ constraints: [], spreads: [], path: [], ...extra });
const terms = (pod: Record<string, unknown>) => get(pod, "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms");
const selector = { matchLabels: { "app.kubernetes.io/name": "app" } };

describe("placement constraints → required node affinity", () => {
  it.each<[string, PlacementConstraint, unknown, string[]]>([
    ["node label ==", constraint("node.labels.disk", "==", "ssd"), { key: "disk", operator: "In", values: ["ssd"] }, []],
    ["node label !=", constraint("node.labels.zone", "!=", "eu-1"), { key: "zone", operator: "NotIn", values: ["eu-1"] }, []],
    ["hostname", constraint("node.hostname", "==", "worker-3"), { key: "kubernetes.io/hostname", operator: "In", values: ["worker-3"] }, []],
    ["os", constraint("node.platform.os", "==", "linux"), { key: "kubernetes.io/os", operator: "In", values: ["linux"] }, []],
    ["arch in Docker's spelling", constraint("node.platform.arch", "==", "x86_64"), { key: "kubernetes.io/arch", operator: "In", values: ["amd64"] }, []],
    ["workers only", constraint("node.role", "!=", "manager"), { key: "node-role.kubernetes.io/control-plane", operator: "DoesNotExist" }, []],
    ["managers", constraint("node.role", "==", "manager"), { key: "node-role.kubernetes.io/control-plane", operator: "Exists" }, ["placement-manager"]],
  ])("%s", (_, written, requirement, expected) => {
    const result = convertApp({ placement: placement({ constraints: [written] }) });
    expect(terms(result.pod)).toEqual([{ matchExpressions: [requirement] }]);
    expect(result.codes).toEqual(expected);
  });

  it.each<[string, PlacementConstraint]>([
    ["node.id", constraint("node.id", "==", "2ivku8v2gvtg4")],
    ["engine labels", constraint("engine.labels.operatingsystem", "==", "ubuntu")],
    ["an invalid label value", constraint("node.labels.disk", "==", "fast disk")],
  ])("%s is not converted", (_, written) => {
    const result = convertApp({ placement: placement({ constraints: [written] }) });
    expect(result.pod.affinity).toBeUndefined();
    expect(result.codes).toEqual(["placement-unsupported"]);
  });

  it("ANDs every constraint in one term and tolerates the control-plane taint for managers", () => {
    const result = convertApp({ placement: placement({ constraints: [constraint("node.labels.disk", "==", "ssd"), constraint("node.role", "==", "manager")] }) });
    expect((terms(result.pod) as { matchExpressions: unknown[] }[])[0]?.matchExpressions).toHaveLength(2);
    expect(result.pod.tolerations).toEqual([{ key: "node-role.kubernetes.io/control-plane", operator: "Exists", effect: "NoSchedule" }]);
  });
});

describe("preferences and max_replicas_per_node", () => {
  it.each<[string, Partial<Placement>, unknown, unknown, string[]]>([
    ["spread over a node label", { spreads: [{ attribute: "node.labels.zone", path: [] }] },
      [{ maxSkew: 1, topologyKey: "zone", whenUnsatisfiable: "ScheduleAnyway", labelSelector: selector }], undefined, []],
    ["spread over something else", { spreads: [{ attribute: "node.hostname", path: [] }] }, undefined, undefined, ["placement-unsupported"]],
    ["one per node", { maxReplicasPerNode: { value: 1, path: [] } }, undefined,
      { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: "kubernetes.io/hostname", labelSelector: selector }] }, []],
    ["three per node", { maxReplicasPerNode: { value: 3, path: [] } },
      [{ maxSkew: 3, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "DoNotSchedule", labelSelector: selector }], undefined, ["max-replicas-per-node"]],
  ])("%s", (_, extra, spread, antiAffinity, expected) => {
    const result = convertApp({ placement: placement(extra) });
    expect(result.pod.topologySpreadConstraints).toEqual(spread);
    expect(get(result.pod, "affinity", "podAntiAffinity")).toEqual(antiAffinity);
    expect(result.codes).toEqual(expected);
  });
});

describe("platform → nodeSelector", () => {
  it.each<[string, Service["platform"], unknown, string[]]>([
    ["os and arch", { os: "linux", arch: "amd64", path: [] }, { "kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64" }, []],
    ["os only", { os: "windows", path: [] }, { "kubernetes.io/os": "windows" }, []],
    ["a variant is noted", { os: "linux", arch: "arm64", variant: "v8", path: [] }, { "kubernetes.io/os": "linux", "kubernetes.io/arch": "arm64" }, ["platform-variant"]],
    ["an architecture no node label can hold is an error", { os: "linux", arch: "a".repeat(70), path: [] }, undefined, ["platform-label"]],
    ["an OS with a space is an error", { os: "my os", path: [] }, undefined, ["platform-label"]],
    ["aarch64 is arm64", { os: "linux", arch: "aarch64", path: [] }, { "kubernetes.io/os": "linux", "kubernetes.io/arch": "arm64" }, []],
  ])("%s", (_, platform, nodeSelector, expected) => {
    const result = convertApp({ platform });
    expect(result.pod.nodeSelector).toEqual(nodeSelector);
    expect(result.codes).toEqual(expected);
  });
});
