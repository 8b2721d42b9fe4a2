import { describe, expect, it } from "vitest";
import type { ConvertOptions } from "../../../src/model/manifest.js";
import type { Service } from "../../../src/model/project.js";
import { codes, find, get, project, run, service } from "../builder.js";

const named = (labels: Record<string, string>, overrides: Partial<Service> = {}): Service => service("db", { labels, ...overrides });
const restart = (policy: "no" | "on-failure" | "always") => ({ restart: { policy, path: ["services", "db", "restart"] } });
const mode = (value: NonNullable<Service["deployMode"]>["mode"]) => ({ deployMode: { mode: value, path: ["services", "db", "deploy", "mode"] } });

describe("the workload kind", () => {
  it.each<[string, Partial<Service>, ConvertOptions, string]>([
    ["no setting", {}, {}, "Deployment"],
    ["kompose.controller.type: statefulset", { labels: { "kompose.controller.type": "statefulset" } }, {}, "StatefulSet"],
    ["kompose.controller.type: DaemonSet (any case)", { labels: { "kompose.controller.type": "DaemonSet" } }, {}, "DaemonSet"],
    ["kompose.controller.type: replicationcontroller", { labels: { "kompose.controller.type": "replicationcontroller" } }, {}, "Deployment"],
    ["kompose.controller.type: deployment over --controller", { labels: { "kompose.controller.type": "deployment" } }, { controller: "daemonset" }, "Deployment"],
    ["deploy.mode: global", mode("global"), {}, "DaemonSet"],
    ["deploy.mode: global over --controller", mode("global"), { controller: "statefulset" }, "DaemonSet"],
    ["deploy.mode: replicated", mode("replicated"), {}, "Deployment"],
    ["deploy.mode: replicated-job", mode("replicated-job"), {}, "Job"],
    ["deploy.mode: global-job", mode("global-job"), {}, "Job"],
    ["restart: no over the label", { ...restart("no"), labels: { "kompose.controller.type": "statefulset" } }, {}, "Job"],
    ["kompose.cronjob.schedule", { ...restart("no"), labels: { "kompose.cronjob.schedule": "*/5 * * * *" } }, {}, "CronJob"],
    ["--controller statefulset", {}, { controller: "statefulset" }, "StatefulSet"],
    ["--controller daemonset", {}, { controller: "daemonset" }, "DaemonSet"],
  ])("%s → %s", (_, overrides, options, kind) => {
    const { manifests } = run(project([service("db", overrides)]), options);
    expect(manifests.find((manifest) => manifest.object.metadata.name === "db" && manifest.object.kind !== "Service")?.object.kind).toBe(kind);
  });
});

describe("StatefulSet", () => {
  const volume = { type: "volume" as const, source: "data", target: "/var/lib/data", readOnly: false, path: ["services", "db", "volumes", 0] };
  const volumes = { data: { name: "shop_data", external: false, driverOpts: {}, labels: {}, path: ["volumes", "data"] } };

  it("turns named volumes into claim templates, writes no shared claim, and adds a headless Service", () => {
    const input = project([named({ "kompose.controller.type": "statefulset", "kompose.volume.size": "5Gi", "kompose.volume.storage-class-name": "fast" }, { volumes: [volume], ports: [{ target: 5432, protocol: "tcp", path: [] }], replicas: 3 })], { volumes });
    const { manifests } = run(input);
    const set = find(manifests, "StatefulSet", "db").object;
    expect(get(set, "spec", "replicas")).toBe(3);
    expect(get(set, "spec", "serviceName")).toBe("db-headless");
    expect(get(set, "spec", "volumeClaimTemplates")).toEqual([
      { metadata: { name: "data" }, spec: { accessModes: ["ReadWriteOnce"], storageClassName: "fast", resources: { requests: { storage: "5Gi" } } } },
    ]);
    expect(get(set, "spec", "template", "spec", "volumes")).toBeUndefined();
    expect(get(set, "spec", "template", "spec", "containers", 0, "volumeMounts")).toEqual([{ name: "data", mountPath: "/var/lib/data" }]);
    expect(manifests.some((manifest) => manifest.object.kind === "PersistentVolumeClaim")).toBe(false);
    expect(get(find(manifests, "Service", "db-headless").object, "spec")).toMatchObject({ clusterIP: "None", ports: [{ port: 5432 }] });
    expect(find(manifests, "Service", "db").object.spec).not.toHaveProperty("clusterIP");
  });

  it("reuses the service's own Service when kompose.service.type is headless", () => {
    const { manifests } = run(project([named({ "kompose.controller.type": "statefulset", "kompose.service.type": "headless" })]));
    expect(get(find(manifests, "StatefulSet", "db").object, "spec", "serviceName")).toBe("db");
    expect(get(find(manifests, "Service", "db").object, "spec", "clusterIP")).toBe("None");
    expect(manifests.filter((manifest) => manifest.object.kind === "Service")).toHaveLength(1);
  });
});

describe("DaemonSet", () => {
  it("has no replicas and warns when some were asked for", () => {
    const { manifests, diagnostics } = run(project([named({}, { ...mode("global"), replicas: 2 })]));
    expect(get(find(manifests, "DaemonSet", "db").object, "spec", "replicas")).toBeUndefined();
    expect(codes(diagnostics)).toEqual(["daemonset-replicas"]);
  });
});

describe("Jobs from deploy.mode", () => {
  it("runs replicas pods to completion for replicated-job", () => {
    const { manifests } = run(project([named({}, { ...mode("replicated-job"), replicas: 3 })]));
    const job = find(manifests, "Job", "db");
    expect(get(job.object, "spec")).toMatchObject({ parallelism: 3, completions: 3, template: { spec: { restartPolicy: "OnFailure" } } });
    expect(job.explanations[0]).toBe("deploy-jobs");
  });

  it("approximates global-job by one run, with a warning", () => {
    const { diagnostics } = run(project([named({}, mode("global-job"))]));
    expect(diagnostics).toMatchObject([{ code: "global-job", path: ["services", "db", "deploy", "mode"] }]);
  });
});

describe("CronJob", () => {
  it.each<[Record<string, string>, Partial<Service>, Record<string, unknown>]>([
    [{ "kompose.cronjob.schedule": "0 3 * * *" }, restart("no"), { schedule: "0 3 * * *", jobTemplate: { spec: { backoffLimit: 0, template: { spec: { restartPolicy: "Never" } } } } }],
    [{ "kompose.cronjob.schedule": "@Daily", "kompose.cronjob.concurrency_policy": "forbid", "kompose.cronjob.backoff_limit": "2" }, restart("on-failure"), { schedule: "@daily", concurrencyPolicy: "Forbid", jobTemplate: { spec: { backoffLimit: 2, template: { spec: { restartPolicy: "OnFailure" } } } } }],
    [{ "kompose.cronjob.schedule": "*/10 * * * *", "kompose.cronjob.concurrency_policy": "Replace" }, {}, { schedule: "*/10 * * * *", concurrencyPolicy: "Replace" }],
  ])("%j", (labels, overrides, spec) => {
    const { manifests } = run(project([named(labels, overrides)]));
    expect(get(find(manifests, "CronJob", "db").object, "spec")).toMatchObject(spec);
  });

  it("puts the notes and traces of the pod where a CronJob keeps it (spec.jobTemplate.spec.template)", () => {
    const healthcheck = { disabled: false as const, test: ["true"], path: ["services", "db", "healthcheck"] };
    const { manifests } = run(project([named({ "kompose.cronjob.schedule": "0 3 * * *" }, { ...restart("no"), healthcheck })]));
    const cronJob = find(manifests, "CronJob", "db");
    const pod = ["spec", "jobTemplate", "spec", "template", "spec"];
    const readiness = [...pod, "containers", 0, "readinessProbe"];
    expect(get(cronJob.object, ...readiness)).toBeDefined();
    // Every note and trace names a field the object really has.
    for (const { field } of [...cronJob.fieldNotes, ...(cronJob.traces ?? [])]) expect(get(cronJob.object, ...field.slice(0, -1))).toBeDefined();
    expect(cronJob.fieldNotes.map((note) => note.field)).toContainEqual(readiness);
  });

  it.each(["* * * *", "every day", "TZ=UTC 0 3 * * *"])("does not read the schedule %s", (schedule) => {
    const { manifests, diagnostics } = run(project([named({ "kompose.cronjob.schedule": schedule })]));
    expect(codes(diagnostics)).toEqual(["kompose-label-value"]);
    expect(find(manifests, "Deployment", "db")).toBeDefined();
  });
});

describe("--replicas and deploy.labels", () => {
  it("--replicas applies to services without replicas of their own", () => {
    const { manifests } = run(project([service("web"), service("api", { replicas: 2 })]), { replicas: 4 });
    expect(get(find(manifests, "Deployment", "web").object, "spec", "replicas")).toBe(4);
    expect(get(find(manifests, "Deployment", "api").object, "spec", "replicas")).toBe(2);
  });

  it("deploy.labels label the workload, never its selector or pods; invalid ones warn", () => {
    const { manifests, diagnostics } = run(project([service("web", { deployLabels: { labels: { tier: "frontend", "bad key": "x", "app.kubernetes.io/name": "other" }, path: ["services", "web", "deploy", "labels"] } })]));
    const deployment = find(manifests, "Deployment", "web").object;
    expect(deployment.metadata.labels).toEqual({ "app.kubernetes.io/name": "web", "app.kubernetes.io/part-of": "shop", tier: "frontend" });
    expect(get(deployment, "spec", "selector", "matchLabels")).toEqual({ "app.kubernetes.io/name": "web" });
    expect(get(deployment, "spec", "template", "metadata", "labels")).not.toHaveProperty("tier");
    expect(diagnostics).toMatchObject([{ code: "deploy-label-invalid", path: ["services", "web", "deploy", "labels", "bad key"] }]);
  });
});

describe("deploy.update_config", () => {
  const config = (overrides: Partial<NonNullable<Service["updateConfig"]>>) => ({ updateConfig: { path: ["services", "web", "deploy", "update_config"], ...overrides } });
  it.each<[string, Partial<NonNullable<Service["updateConfig"]>>, unknown]>([
    ["stop-first by default", { parallelism: 2 }, { type: "RollingUpdate", rollingUpdate: { maxSurge: 0, maxUnavailable: 2 } }],
    ["start-first", { parallelism: 2, order: "start-first" }, { type: "RollingUpdate", rollingUpdate: { maxSurge: 2, maxUnavailable: 0 } }],
    ["parallelism 0 is all at once", { parallelism: 0 }, { type: "RollingUpdate", rollingUpdate: { maxSurge: 0, maxUnavailable: "100%" } }],
    ["parallelism 1 when absent", { order: "stop-first" }, { type: "RollingUpdate", rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } }],
  ])("%s", (_, overrides, strategy) => {
    const { manifests, diagnostics } = run(project([service("web", config(overrides))]));
    expect(get(find(manifests, "Deployment", "web").object, "spec", "strategy")).toEqual(strategy);
    expect(diagnostics).toEqual([]);
  });

  it("names delay, failure_action, monitor and max_failure_ratio as not converted", () => {
    const { diagnostics } = run(project([service("web", config({ delaySeconds: 10, failureAction: "rollback", monitorSeconds: 5, maxFailureRatio: 0.1 }))]));
    expect(diagnostics).toMatchObject([{ code: "update-config-partial", path: ["services", "web", "deploy", "update_config"] }]);
    expect(diagnostics[0]?.message).toContain("delay, failure_action, monitor, max_failure_ratio");
  });

  it("sets a DaemonSet's updateStrategy", () => {
    const { manifests } = run(project([service("web", { ...config({ parallelism: 3, order: "start-first" }), deployMode: { mode: "global", path: [] } })]));
    expect(get(find(manifests, "DaemonSet", "web").object, "spec", "updateStrategy")).toEqual({ type: "RollingUpdate", rollingUpdate: { maxSurge: 3, maxUnavailable: 0 } });
  });

  it("warns for a StatefulSet, which replaces one pod at a time", () => {
    const { diagnostics } = run(project([service("web", { ...config({ parallelism: 3, order: "start-first" }), labels: { "kompose.controller.type": "statefulset" } })]));
    expect(codes(diagnostics)).toEqual(["update-config-partial"]);
  });

  it("keeps Recreate for a pod with a ReadWriteOnce claim, and says why", () => {
    const volumes = { data: { name: "shop_data", external: false, driverOpts: {}, labels: {}, path: ["volumes", "data"] } };
    const { manifests, diagnostics } = run(project([service("web", { ...config({ parallelism: 2 }), volumes: [{ type: "volume", source: "data", target: "/data", readOnly: false, path: [] }] })], { volumes }));
    expect(get(find(manifests, "Deployment", "web").object, "spec", "strategy")).toEqual({ type: "Recreate" });
    expect(codes(diagnostics)).toEqual(["update-config-recreate"]);
  });
});
