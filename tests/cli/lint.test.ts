import { describe, expect, it } from "vitest";
import { kubepose, project } from "./run.js";

const compose = `services:
  web:
    image: nginx:1.27
    user: "101:101"
    read_only: true
    tmpfs: [/var/cache/nginx, /var/run]
    ports: ["8080:8080"]
    healthcheck:
      test: ["CMD", "wget", "-qO-", "http://localhost:8080/"]
    deploy:
      resources:
        limits: { cpus: "0.5", memory: 128M }
        reservations: { cpus: "0.1", memory: 64M }
  cache:
    image: redis
`;

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      hostNetwork: true
      containers:
        - name: api
          image: ghcr.io/acme/api:2.0
`;

describe("kubepose lint", () => {
  it("lints the Compose project: findings at Compose lines, exit 0 when no error (default --fail-on error)", () => {
    const run = kubepose(["lint"], project({ "compose.yaml": compose }));
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("compose.yaml:15:5: warning[lint/image-latest]: Deployment/cache: container 'cache': image redis has no tag");
    expect(run.stdout).toContain("  (kubepose explain lint/image-latest)");
    expect(run.stdout).toMatch(/\n\d+ warnings, \d+ notes\n$/);
  });

  it("--fail-on warning exits 1 on the same findings; --fail-on none never fails", () => {
    const dir = project({ "compose.yaml": compose });
    expect(kubepose(["lint", "--fail-on", "warning"], dir).status).toBe(1);
    expect(kubepose(["lint", "--fail-on", "none"], dir).status).toBe(0);
  });

  it("lints hand-written manifests in a folder, positioned in the file; an error exits 1", () => {
    const run = kubepose(["lint", "k8s/"], project({ "k8s/api.yaml": deployment, "k8s/notes.txt": "not a manifest" }));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("k8s/api.yaml:10:7: error[lint/host-namespaces]: Deployment/api: the pod shares the node's namespace (hostNetwork: true");
    expect(run.stdout).not.toContain("notes.txt");
  });

  it("--format json and --format sarif write parseable documents", () => {
    const dir = project({ "k8s/api.yaml": deployment });
    const json: unknown = JSON.parse(kubepose(["lint", "k8s", "--format", "json"], dir).stdout);
    // Errors come first.
    expect(json).toMatchObject({ summary: { error: 1 }, findings: expect.arrayContaining([]) as unknown });
    expect((json as { findings: unknown[] }).findings[0]).toMatchObject({ rule: "host-namespaces", location: { file: "k8s/api.yaml", line: 10, column: 7 } });
    const sarif: unknown = JSON.parse(kubepose(["lint", "k8s/api.yaml", "--format", "sarif"], dir).stdout);
    const [run] = (sarif as { version: string; runs: { tool: { driver: { name: string } }; results: { ruleId: string; level: string }[] }[] }).runs;
    expect(run?.tool.driver.name).toBe("kubepose");
    expect(run?.results[0]).toMatchObject({ ruleId: "host-namespaces", level: "error" });
  });

  it("names the file, line and column of a manifest that is not valid YAML, exit 1", () => {
    const run = kubepose(["lint", "k8s/"], project({ "k8s/bad.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n" }));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^k8s\/bad\.yaml:\d+:\d+: error\[lint-manifest-syntax\]: this is not valid YAML: .+ Expected Kubernetes manifests/m);
  });

  it("says what it expected for a path that does not exist, or a folder without manifests", () => {
    const dir = project({ "README.md": "# app\n" });
    expect(kubepose(["lint", "k8s/"], dir).stderr).toContain("error[lint-path-missing]");
    expect(kubepose(["lint", "."], dir).stderr).toContain("error[lint-no-manifests]: no manifests in .");
  });

  it("reports an invalid Compose file as the other commands do, exit 1", () => {
    const run = kubepose(["lint"], project({ "compose.yaml": "services:\n  web:\n    image: nginx:1.27\n    ports: [\"80:x\"]\n" }));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/compose\.yaml:4:\d+: error\[/);
  });

  it("refuses -f together with manifest paths (usage, exit 2)", () => {
    expect(kubepose(["lint", "-f", "compose.yaml", "k8s/"], project({ "compose.yaml": compose })).status).toBe(2);
  });

  it("explain lint/<id> shows the rule's topic, and the list shows lint topics by that name", () => {
    const dir = project({});
    const topic = kubepose(["explain", "lint/no-pod-disruption-budget"], dir);
    expect(topic.status).toBe(0);
    expect(topic.stdout).toContain("lint/no-pod-disruption-budget: replicas no PodDisruptionBudget protects");
    expect(kubepose(["explain"], dir).stdout).toContain("Lint rules");
    expect(kubepose(["explain", "healthcheck"], dir).stdout).toContain("healthcheck");
  });
});
