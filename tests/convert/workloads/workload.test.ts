import { describe, expect, it } from "vitest";
import { codes, find, get, project, run, service } from "../builder.js";
import type { RestartPolicy } from "../../../src/model/project.js";

describe("workload kind from restart", () => {
  it.each<[RestartPolicy | undefined, number | undefined, string, string | undefined, number | undefined]>([
    [undefined, undefined, "Deployment", undefined, undefined],
    ["always", undefined, "Deployment", undefined, undefined],
    ["unless-stopped", undefined, "Deployment", undefined, undefined],
    ["no", undefined, "Job", "Never", 0],
    ["on-failure", 5, "Job", "OnFailure", 5],
    ["on-failure", undefined, "Job", "OnFailure", undefined],
  ])("restart %s (max %s) → %s", (policy, maxRetries, kind, podPolicy, backoffLimit) => {
    const restart = policy === undefined ? undefined : { policy, path: ["services", "app", "restart"], ...(maxRetries === undefined ? {} : { maxRetries }) };
    const { manifests, diagnostics } = run(project([service("app", restart === undefined ? {} : { restart })]));
    expect(codes(diagnostics)).toEqual([]);
    const workload = find(manifests, kind, "app");
    expect(get(workload.object, "spec", "template", "spec", "restartPolicy")).toBe(podPolicy);
    expect(get(workload.object, "spec", "backoffLimit")).toBe(backoffLimit);
    expect(workload.explanations[0]).toBe(kind === "Job" ? "restart-to-job" : "service-to-deployment");
    expect(manifests[0]).toBe(workload);
  });

  it("maps replicas to a Deployment's replicas and a Job's parallelism and completions", () => {
    const { manifests } = run(project([
      service("web", { replicas: 3 }),
      service("batch", { replicas: 2, restart: { policy: "no", path: ["services", "batch", "restart"] } }),
    ]));
    expect(get(find(manifests, "Deployment", "web").object, "spec", "replicas")).toBe(3);
    expect(get(find(manifests, "Job", "batch").object, "spec", "parallelism")).toBe(2);
    expect(get(find(manifests, "Job", "batch").object, "spec", "completions")).toBe(2);
    expect(find(manifests, "Deployment", "web").explanations).toContain("replicas");
  });
});

describe("names and labels", () => {
  it("selects pods by name only and labels every object with the project", () => {
    const { manifests } = run(project([service("web", { ports: [{ target: 80, protocol: "tcp", path: ["services", "web", "ports", 0] }] })], { name: "My Shop" }));
    const deployment = find(manifests, "Deployment", "web").object;
    expect(get(deployment, "spec", "selector", "matchLabels")).toEqual({ "app.kubernetes.io/name": "web" });
    expect(get(deployment, "metadata", "labels")).toEqual({ "app.kubernetes.io/name": "web", "app.kubernetes.io/part-of": "my-shop" });
    expect(get(deployment, "spec", "template", "metadata", "labels", "app.kubernetes.io/part-of")).toBe("my-shop");
    expect(get(find(manifests, "Service", "web").object, "spec", "selector")).toEqual({ "app.kubernetes.io/name": "web" });
  });

  it("makes service names valid and notes the rename", () => {
    const { manifests, diagnostics } = run(project([service("My_Web.v2")]));
    expect(find(manifests, "Deployment", "my-web-v2")).toBeDefined();
    expect(diagnostics).toMatchObject([{ code: "renamed", path: ["services", "My_Web.v2"] }]);
  });

  it("reports two services that get one name", () => {
    const { diagnostics } = run(project([service("a_b"), service("a.b")]));
    expect(diagnostics.filter((d) => d.code === "name-collision")).toMatchObject([{ severity: "error", path: ["services", "a.b"] }]);
  });

  it("reports objects of different services that get one name", () => {
    // Service "config-x" has env ConfigMap "config-x-env"; config "x-env" becomes ConfigMap "config-x-env".
    const { diagnostics } = run(project(
      [service("config-x", { environment: { A: "1" }, configs: [{ source: "x-env", target: "/x", path: ["services", "config-x", "configs", 0] }] })],
      { configs: { "x-env": { name: "x-env", external: false, content: "a", path: ["configs", "x-env"] } } },
    ));
    expect(diagnostics).toMatchObject([{ code: "name-collision", path: ["configs", "x-env"] }]);
  });

  it("turns Compose labels into annotations and drops invalid keys", () => {
    const { manifests, diagnostics } = run(project([service("web", { labels: { "com.example.team": "Web team, v2", "bad key": "x" } })]));
    const deployment = find(manifests, "Deployment", "web");
    expect(get(deployment.object, "metadata", "annotations")).toEqual({ "com.example.team": "Web team, v2" });
    expect(get(deployment.object, "spec", "template", "metadata", "annotations")).toEqual({ "com.example.team": "Web team, v2" });
    expect(deployment.explanations).toContain("labels-to-annotations");
    expect(diagnostics).toMatchObject([{ code: "label-key", path: ["services", "web", "labels", "bad key"] }]);
  });

  it("does not copy a label named like a credential to metadata, and does not repeat its value", () => {
    const users = "admin:$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/";
    const labels = { "com.example.team": "web", "traefik.http.middlewares.auth.basicauth.users": users, "com.example.api-token": "t0k3n" };
    const { manifests, diagnostics } = run(project([service("web", { labels })]));
    const deployment = find(manifests, "Deployment", "web");
    expect(get(deployment.object, "metadata", "annotations")).toEqual({ "com.example.team": "web" });
    expect(diagnostics.map((d) => [d.code, d.path.at(-1)])).toEqual([
      ["label-credential", "traefik.http.middlewares.auth.basicauth.users"],
      ["label-credential", "com.example.api-token"],
    ]);
    const everything = JSON.stringify({ manifests, diagnostics });
    expect(everything).not.toContain(users);
    expect(everything).not.toContain("t0k3n");
  });

  it("puts every object in the namespace asked for", () => {
    const { manifests } = run(project([service("web", { environment: { A: "1", DB_PASSWORD: "x" }, expose: [{ port: 80, protocol: "tcp", path: [] }] })]), { namespace: "shop" });
    expect(manifests).toHaveLength(6);
    // The Namespace comes first, so kubectl apply creates it before what lives in it; it has no namespace itself.
    expect(manifests[0]?.object).toMatchObject({ kind: "Namespace", metadata: { name: "shop" } });
    expect(manifests[0]?.object.metadata.namespace).toBeUndefined();
    for (const manifest of manifests.slice(1)) {
      expect(manifest.object.metadata.namespace).toBe("shop");
      expect(manifest.explanations.at(-1)).toBe("namespace");
    }
  });

  it("rejects an invalid namespace", () => {
    expect(codes(run(project([service("web")]), { namespace: "Shop_1" }).diagnostics)).toEqual(["namespace-invalid"]);
  });
});

describe("object order", () => {
  it("lists per service workload, Service, ConfigMaps, Secrets, then configs, secrets and claims by name", () => {
    const mount = (source: string, target: string) => ({ type: "volume" as const, source, target, readOnly: false, path: [] });
    const { manifests } = run(project(
      [
        service("web", { expose: [{ port: 80, protocol: "tcp", path: [] }], environment: { A: "1", API_KEY: "k" }, volumes: [mount("zeta", "/z")] }),
        service("db", { volumes: [mount("alpha", "/a")], secrets: [{ source: "pw", target: "/run/secrets/pw", path: [] }] }),
      ],
      {
        volumes: { zeta: { name: "zeta", external: false, driverOpts: {}, labels: {}, path: ["volumes", "zeta"] }, alpha: { name: "alpha", external: false, driverOpts: {}, labels: {}, path: ["volumes", "alpha"] } },
        secrets: { pw: { name: "pw", external: false, content: "hunter2", path: ["secrets", "pw"] } },
      },
    ));
    expect(manifests.map((m) => `${m.object.kind}/${m.object.metadata.name}`)).toEqual([
      "Deployment/web", "Service/web", "ConfigMap/web-env", "Secret/web-env-secret", "ServiceAccount/web", "Deployment/db", "ServiceAccount/db", "Secret/secret-pw",
      "PersistentVolumeClaim/alpha", "PersistentVolumeClaim/zeta",
    ]);
  });
});
