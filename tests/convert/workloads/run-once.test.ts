import { describe, expect, it } from "vitest";
import type { DependsOn, Service } from "../../../src/model/project.js";
import { chooseController, completionWaiters } from "../../../src/convert/workloads/controller-choice.js";
import { DEFAULT_JOB_WAIT_IMAGE, jobWaitScript } from "../../../src/convert/pod/job-wait.js";
import { helperImages } from "../../../src/model/helper-images.js";
import { codes, find, get, project, run, service } from "../builder.js";

const waitsFor = (waiter: string, target: string, condition: DependsOn["condition"] = "service_completed_successfully"): DependsOn => ({
  service: target, condition, required: true, restart: false, path: ["services", waiter, "depends_on", target],
});
const db = service("db", { expose: [{ port: 5432, protocol: "tcp", path: [] }] });
const web = (...dependsOn: DependsOn[]): Service => service("web", { dependsOn });
const migrate = (overrides: Partial<Service> = {}): Service => service("migrate", { command: ["./migrate"], ...overrides });

describe("a service others wait to complete is a Job", () => {
  it.each<[string, Partial<Service>, DependsOn["condition"], string, string | undefined]>([
    ["no restart: runs once", {}, "service_completed_successfully", "Job", "Never"],
    ["restart on-failure: retried", { restart: { policy: "on-failure", maxRetries: 2, path: ["services", "migrate", "restart"] } }, "service_completed_successfully", "Job", "OnFailure"],
    ["restart always cannot be kept", { restart: { policy: "always", path: ["services", "migrate", "restart"] } }, "service_completed_successfully", "Job", "Never"],
    ["a label asking for a Deployment loses", { labels: { "kompose.controller.type": "deployment" } }, "service_completed_successfully", "Job", "Never"],
    ["a CronJob label still wins", { labels: { "kompose.cronjob.schedule": "0 3 * * *" } }, "service_completed_successfully", "CronJob", "OnFailure"],
    ["waiting for it to start keeps a server", {}, "service_started", "Deployment", undefined],
    ["waiting for it to be healthy keeps a server", {}, "service_healthy", "Deployment", undefined],
  ])("%s", (_name, overrides, condition, kind, restartPolicy) => {
    const task = migrate(overrides);
    const choice = chooseController(task, {}, completionWaiters(project([web(waitsFor("web", "migrate", condition)), task]), task));
    expect(choice.kind).toBe(kind);
    expect("podRestartPolicy" in choice ? choice.podRestartPolicy : undefined).toBe(restartPolicy);
  });

  it("warns about what the Job cannot keep, at the key that asked for it", () => {
    const task = migrate({ restart: { policy: "unless-stopped", path: ["services", "migrate", "restart"] }, labels: { "kompose.controller.type": "statefulset" } });
    const { manifests, diagnostics } = run(project([web(waitsFor("web", "migrate")), task]));
    expect(get(find(manifests, "Job", "migrate").object, "spec", "backoffLimit")).toBe(0);
    const found = diagnostics.filter((d) => d.code.startsWith("run-once"));
    expect(found.map((d) => [d.code, d.path.join(".")])).toEqual([
      ["run-once-restart", "services.migrate.restart"],
      ["run-once-controller", "services.migrate.labels.kompose.controller.type"],
    ]);
    expect(find(manifests, "Job", "migrate").explanations[0]).toBe("run-once");
  });

  it("a plain server nobody waits for stays a Deployment", () => {
    const { manifests } = run(project([web(waitsFor("web", "db", "service_started")), db]));
    expect(find(manifests, "Deployment", "db")).toBeDefined();
  });
});

describe("the pods that wait read exactly that Job", () => {
  const converted = (dependents: Service[], options = {}) => run(project([...dependents, migrate(), service("seed", { command: ["./seed"], restart: { policy: "no", path: [] } }), db]), options);

  it("one ServiceAccount, one Role with get on the Jobs by name, one RoleBinding", () => {
    const { manifests, diagnostics } = converted([web(waitsFor("web", "migrate"), waitsFor("web", "seed"), waitsFor("web", "db", "service_started"))]);
    expect(codes(diagnostics).filter((code) => code.startsWith("depends-on"))).toEqual([]);
    const pod = get(find(manifests, "Deployment", "web").object, "spec", "template", "spec") as { serviceAccountName: string; initContainers: { name: string; image: string; env?: unknown[] }[] };
    expect(pod.initContainers.map((container) => container.name)).toEqual(["wait-for-migrate", "wait-for-seed", "wait-for-db"]);
    expect(pod.initContainers[0]?.image).toBe(DEFAULT_JOB_WAIT_IMAGE);
    expect(pod.initContainers[0]?.env).toEqual([{ name: "NAMESPACE", valueFrom: { fieldRef: { fieldPath: "metadata.namespace" } } }]);
    expect(pod.initContainers[2]?.env).toBeUndefined();
    expect(pod.serviceAccountName).toBe("web-job-wait");
    expect(find(manifests, "ServiceAccount", "web-job-wait")).toBeDefined();
    expect(get(find(manifests, "Role", "web-job-wait").object, "rules")).toEqual([{ apiGroups: ["batch"], resources: ["jobs"], resourceNames: ["migrate", "seed"], verbs: ["get"] }]);
    const binding = find(manifests, "RoleBinding", "web-job-wait").object;
    expect(binding.subjects).toEqual([{ kind: "ServiceAccount", name: "web-job-wait" }]);
    expect(binding.roleRef).toEqual({ apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "web-job-wait" });
  });

  it("no Job to wait for, no account and no RBAC", () => {
    const { manifests } = converted([web(waitsFor("web", "db", "service_healthy"))]);
    expect(manifests.filter((m) => ["Role", "RoleBinding"].includes(m.object.kind))).toEqual([]);
    // Its own account, without a token: it does not call the API (service-account.test.ts).
    expect(manifests.filter((m) => m.object.kind === "ServiceAccount").map((m) => m.object.metadata.name)).not.toContain("web-job-wait");
    expect(find(manifests, "ServiceAccount", "web").object.automountServiceAccountToken).toBe(false);
    expect(get(find(manifests, "Deployment", "web").object, "spec", "template", "spec", "automountServiceAccountToken")).toBe(false);
  });

  it("binds the Role to the account kompose.serviceaccount-name names, and makes none", () => {
    const { manifests } = converted([service("web", { dependsOn: [waitsFor("web", "migrate")], labels: { "kompose.serviceaccount-name": "shop-web" } })]);
    const accounts = manifests.filter((m) => m.object.kind === "ServiceAccount").map((m) => m.object.metadata.name);
    for (const name of ["web", "web-job-wait", "shop-web"]) expect(accounts).not.toContain(name);
    expect(get(find(manifests, "Deployment", "web").object, "spec", "template", "spec", "serviceAccountName")).toBe("shop-web");
    expect(find(manifests, "RoleBinding", "web-job-wait").object.subjects).toEqual([{ kind: "ServiceAccount", name: "shop-web" }]);
  });

  it("with -n every object of the access is in that namespace", () => {
    const { manifests } = converted([web(waitsFor("web", "migrate"))], { namespace: "shop" });
    for (const kind of ["ServiceAccount", "Role", "RoleBinding"]) expect(find(manifests, kind, "web-job-wait").object.metadata.namespace).toBe("shop");
  });

  it("takes the Job-wait image and the time from the options", () => {
    const { manifests } = converted([web(waitsFor("web", "migrate"))], { jobWaitImage: "registry.example.com/curl:8.11.1", waitSeconds: 60 });
    const wait = get(find(manifests, "Deployment", "web").object, "spec", "template", "spec", "initContainers", 0) as { image: string; command: string[] };
    expect(wait.image).toBe("registry.example.com/curl:8.11.1");
    expect(wait.command[2]).toContain("expr $end + 60");
  });
});

describe("the Job wait script", () => {
  const script = jobWaitScript("migrate", 300);
  it.each([
    ["asks the API server for exactly that Job", "https://kubernetes.default.svc/apis/batch/v1/namespaces/$NAMESPACE/jobs/migrate"],
    ["checks the server against the cluster CA", "--cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt"],
    ["sends the pod's token", "Authorization: Bearer $token"],
    ["succeeds when the Job succeeded", "\"succeeded\": *[1-9]"],
    ["fails with a message when the Job failed", "Job migrate failed"],
    ["fails with a message after the bounded wait", "did not complete within 300s"],
  ])("%s", (_name, part) => expect(script).toContain(part));

  it("has no $( for Kubernetes to expand", () => expect(script).not.toContain("$("));
});

describe("helper images", () => {
  it.each(Object.entries(helperImages))("%s is pinned by a sha256 digest with its sources", (_name, helper) => {
    expect(helper.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(helper.sources.length).toBeGreaterThanOrEqual(2);
  });
});
