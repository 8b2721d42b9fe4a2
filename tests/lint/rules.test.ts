import { describe, expect, it } from "vitest";
import { lintTargets, type Finding } from "../../src/lint/index.js";
import { yamlTargets } from "../../src/lint/yaml-targets.js";

/** Hand-written manifests, linted as `kubepose lint k8s/` would: each finding at its line in the file. */
const lint = (yaml: string): Finding[] => {
  const { targets, problems } = yamlTargets("/k8s/app.yaml", yaml);
  expect(problems).toEqual([]);
  return lintTargets(targets);
};
const rules = (findings: Finding[], rule: string) => findings.filter((finding) => finding.rule === rule);

const deployment = (container: string, extra = "", replicas = 1) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
${extra}      containers:
${container}`;

const good = `        - name: web
          image: nginx:1.27
          readinessProbe: { httpGet: { path: /, port: 80 } }
          livenessProbe: { tcpSocket: { port: 80 } }
          resources:
            requests: { cpu: 100m, memory: 64Mi }
            limits: { cpu: 500m, memory: 128Mi }
          securityContext: { runAsNonRoot: true, runAsUser: 101, readOnlyRootFilesystem: true }
`;

describe("lint rules over hand-written manifests", () => {
  it("a well-configured single Deployment has only the single-replica note", () => {
    expect(lint(deployment(good)).map((finding) => finding.rule)).toEqual(["single-replica"]);
  });

  it("image-latest: no tag, or latest; a digest or a version passes", () => {
    const findings = lint(deployment(good.replace("nginx:1.27", "nginx")));
    expect(rules(findings, "image-latest")).toMatchObject([{ severity: "warning", location: { file: "/k8s/app.yaml", line: 15, column: 11 } }]);
    expect(rules(lint(deployment(good.replace("nginx:1.27", "ghcr.io/acme/api:latest"))), "image-latest")).toHaveLength(1);
    expect(rules(lint(deployment(good.replace("nginx:1.27", `nginx@sha256:${"a".repeat(64)}`))), "image-latest")).toEqual([]);
  });

  it("probes-missing: names the missing probe; Jobs are not checked", () => {
    const [finding] = rules(lint(deployment(good.replace(/ {10}livenessProbe.*\n/, ""))), "probes-missing");
    expect(finding?.message).toContain("has no livenessProbe:");
    expect(finding?.location?.line).toBe(14);
    const job = `apiVersion: batch/v1\nkind: Job\nmetadata: { name: migrate }\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - { name: migrate, image: app:1.0 }\n`;
    expect(rules(lint(job), "probes-missing")).toEqual([]);
  });

  it("resources-missing: lists what is not set", () => {
    const [finding] = rules(lint(deployment(good.replace(/ {12}limits: .*\n/, ""))), "resources-missing");
    expect(finding?.message).toContain("sets no limits.cpu, limits.memory");
  });

  it("run-as-root: user 0, or nothing set; the pod's securityContext counts for its containers", () => {
    expect(rules(lint(deployment(good.replace("runAsNonRoot: true, runAsUser: 101", "runAsUser: 0"))), "run-as-root")[0]?.message).toContain("runs as user 0 (root)");
    expect(rules(lint(deployment(good.replace("runAsNonRoot: true, runAsUser: 101, ", ""))), "run-as-root")[0]?.message).toContain("may run as root");
    const podLevel = deployment(good.replace("runAsNonRoot: true, runAsUser: 101, ", ""), "      securityContext: { runAsNonRoot: true }\n");
    expect(rules(lint(podLevel), "run-as-root")).toEqual([]);
  });

  it("privileged is an error at the field", () => {
    const findings = rules(lint(deployment(good.replace("readOnlyRootFilesystem: true", "readOnlyRootFilesystem: true, privileged: true"))), "privileged");
    expect(findings).toMatchObject([{ severity: "error", field: ["spec", "template", "spec", "containers", 0, "securityContext", "privileged"] }]);
  });

  it("host-namespaces: one error per shared namespace, at its line", () => {
    const findings = rules(lint(deployment(good, "      hostNetwork: true\n      hostPID: true\n")), "host-namespaces");
    expect(findings.map((finding) => finding.location?.line)).toEqual([13, 14]);
    expect(findings.every((finding) => finding.severity === "error")).toBe(true);
  });

  it("host-path: each hostPath volume", () => {
    const findings = rules(lint(deployment(good, "      volumes:\n        - name: logs\n          hostPath: { path: /var/log }\n        - name: tmp\n          emptyDir: {}\n")), "host-path");
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain("volume 'logs' mounts /var/log");
  });

  it("writable-root-filesystem: unless readOnlyRootFilesystem is true", () => {
    expect(rules(lint(deployment(good.replace(", readOnlyRootFilesystem: true", ""))), "writable-root-filesystem")).toHaveLength(1);
  });

  it("no-pod-disruption-budget and no-anti-affinity: replicated workloads only; a matching budget or spread clears them", () => {
    const replicated = deployment(good, "", 3);
    expect(lint(replicated).map((finding) => finding.rule).sort()).toEqual(["no-anti-affinity", "no-pod-disruption-budget"]);
    const budget = `---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: web }\nspec:\n  maxUnavailable: 1\n  selector: { matchLabels: { app: web } }\n`;
    const other = budget.replace("app: web", "app: api");
    const spread = "      topologySpreadConstraints:\n        - { maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway }\n";
    expect(lint(deployment(good, spread, 3) + budget)).toEqual([]);
    expect(rules(lint(replicated + other), "no-pod-disruption-budget")).toHaveLength(1);
  });

  it("reads every pod-holding kind, and the items of a List", () => {
    const cron = `apiVersion: batch/v1\nkind: CronJob\nmetadata: { name: report }\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - { name: report, image: report }\n`;
    expect(rules(lint(cron), "image-latest")[0]?.location?.line).toBe(12);
    const list = `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: { name: debug }\n    spec:\n      containers:\n        - { name: sh, image: "busybox:1.36", securityContext: { privileged: true } }\n`;
    expect(rules(lint(list), "privileged")).toMatchObject([{ object: "Pod/debug", location: { line: 9 } }]);
  });

  it("lints init containers in hand-written YAML", () => {
    const withInit = deployment(good, "      initContainers:\n        - { name: setup, image: busybox }\n");
    expect(rules(lint(withInit), "image-latest").map((finding) => finding.message)).toEqual([expect.stringContaining("container 'setup'")]);
  });
});

describe("the Pod Security Standards hook", () => {
  it("reports the level an evaluator gives for each pod, and runs nothing without one", () => {
    const { targets } = yamlTargets("/k8s/app.yaml", deployment(good));
    expect(lintTargets(targets).some((finding) => finding.rule === "pod-security-level")).toBe(false);
    const seen: unknown[] = [];
    const findings = lintTargets(targets, { podSecurity: (spec) => (seen.push(spec), { level: "baseline", reasons: ["seccompProfile is not RuntimeDefault"] }) });
    expect(seen).toHaveLength(1);
    expect(findings.find((finding) => finding.rule === "pod-security-level")).toMatchObject({
      severity: "note",
      message: "Deployment/web: the pod meets the Pod Security Standards level baseline; in the way of the next: seccompProfile is not RuntimeDefault.",
      location: { line: 12 },
    });
  });
});

describe("manifest files that are not manifests", () => {
  it("positions a YAML syntax error and a document that is no object", () => {
    expect(yamlTargets("/k8s/a.yaml", "kind: Pod\n  bad: [\n").problems[0]).toMatchObject({ kind: "syntax", location: { file: "/k8s/a.yaml" } });
    expect(yamlTargets("/k8s/b.yaml", "---\nname: web\nimage: nginx\n").problems).toEqual([{ kind: "not-an-object", location: { file: "/k8s/b.yaml", line: 2, column: 1 }, detail: "no apiVersion, kind and metadata.name" }]);
  });
});
