import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { appVersionOf, chartNameOf } from "../../src/emit/helm/chart-files.js";
import { joinImage, parseImage } from "../../src/emit/helm/image-reference.js";
import type { KubernetesObject } from "../../src/model/manifest.js";
import { helmTemplate, writeFolder } from "../helpers/folder-tools.js";
import { renderFolder } from "../helpers/render-project.js";
import { repositoryRoot } from "../helpers/repository-boundary.js";

const fixture = (name: string) => join(repositoryRoot, "tests", "fixtures", name);
const find = (objects: KubernetesObject[], kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);
const container = (workload: KubernetesObject | undefined) =>
  (workload?.spec as { template: { spec: { containers: { image: string; resources?: unknown }[] } } }).template.spec.containers[0]!;

describe("the chart's values change what helm renders", () => {
  const chart = writeFolder(renderFolder(fixture("team-app"), "chart")!, "kubepose-values-");

  it("image tag and digest, replicas and resources per service", () => {
    const digest = `sha256:${"a".repeat(64)}`;
    const objects = helmTemplate(chart, "team", [
      "--set", "services.api.image.tag=2.4.0",
      "--set", `services.api.image.digest=${digest}`,
      "--set", "services.api.replicas=5",
      "--set", "services.worker.resources.requests.cpu=250m",
    ]);
    const api = find(objects, "Deployment", "api");
    expect(container(api).image).toBe(`registry.example.com/team/api:2.4.0@${digest}`);
    expect((api?.spec as { replicas: number }).replicas).toBe(5);
    expect(container(find(objects, "Deployment", "worker")).resources).toEqual({ requests: { cpu: "250m" } });
  });

  it("Service type and port, plain variables, claim size and StorageClass", () => {
    const objects = helmTemplate(chart, "team", [
      "--set", "services.api.service.type=LoadBalancer",
      "--set", "services.api.service.ports.tcp-8080=80",
      "--set", "services.api.env.LOG_LEVEL=debug",
      "--set", "persistence.db-data.size=20Gi",
      "--set", "persistence.db-data.storageClass=fast-ssd",
    ]);
    const service = find(objects, "Service", "api")?.spec as { type: string; ports: { port: number; targetPort: number }[] };
    expect(service.type).toBe("LoadBalancer");
    // Peers use the container port (tcp-3000); the published port (tcp-8080) is the one the value moved.
    expect(service.ports[0]).toMatchObject({ port: 3000, targetPort: 3000 });
    expect(service.ports[1]).toMatchObject({ port: 80, targetPort: 3000 });
    expect((find(objects, "ConfigMap", "api-env")?.data as Record<string, string>)["LOG_LEVEL"]).toBe("debug");
    expect(find(objects, "PersistentVolumeClaim", "db-data")?.spec).toMatchObject({ storageClassName: "fast-ssd", resources: { requests: { storage: "20Gi" } } });
  });

  it("a Secret's values come from --set, or an existing Secret replaces it everywhere it is used", () => {
    const set = helmTemplate(chart, "team", ["--set", "secrets.secret-db-password.values.db_password=from-the-vault"]);
    const secret = find(set, "Secret", "secret-db-password") as unknown as { stringData: Record<string, string> };
    expect(secret.stringData["db_password"]).toBe("from-the-vault");
    const existing = helmTemplate(chart, "team", ["--set", "secrets.secret-db-password.existingSecret=db-credentials"]);
    expect(find(existing, "Secret", "secret-db-password")).toBeUndefined();
    const volumes = (find(existing, "Deployment", "db")?.spec as { template: { spec: { volumes: { secret?: { secretName: string } }[] } } }).template.spec.volumes;
    expect(volumes.flatMap((volume) => (volume.secret ? [volume.secret.secretName] : []))).toEqual(["db-credentials"]);
  });

  it("a StatefulSet's claim templates have their size and class too", () => {
    const statefulset = writeFolder(renderFolder(fixture("statefulset"), "chart")!, "kubepose-values-");
    const objects = helmTemplate(statefulset, "r", ["--set", "persistence.db-db-data.size=5Gi"]);
    const templates = (find(objects, "StatefulSet", "db")?.spec as { volumeClaimTemplates: { spec: { resources: { requests: { storage: string } } } }[] }).volumeClaimTemplates;
    expect(templates[0]!.spec.resources.requests.storage).toBe("5Gi");
  });

  it("optional objects can be left out, and Ingress hosts changed", () => {
    const labels = writeFolder(renderFolder(fixture("kompose-labels"), "chart")!, "kubepose-values-");
    const kinds = (objects: KubernetesObject[]) => objects.map((object) => object.kind);
    expect(kinds(helmTemplate(labels))).toEqual(expect.arrayContaining(["Ingress", "HorizontalPodAutoscaler"]));
    const without = helmTemplate(labels, "r", ["--set", "services.web.ingress.enabled=false", "--set", "services.web.autoscaling.enabled=false"]);
    expect(kinds(without)).not.toContain("Ingress");
    expect(kinds(without)).not.toContain("HorizontalPodAutoscaler");
    const moved = helmTemplate(labels, "r", ["--set", "services.web.ingress.hosts[0]=shop.test"]);
    expect((find(moved, "Ingress", "web")?.spec as { rules: { host: string }[] }).rules[0]!.host).toBe("shop.test");
  });
});

describe("values.yaml", () => {
  const files = renderFolder(fixture("team-app"), "chart")!;
  const text = files.get("values.yaml")!;

  it("documents every value the helm-docs way: a '# --' line right above it, then where it came from", () => {
    const lines = text.split("\n");
    const documented = lines.flatMap((line, index) => (/^\s*# -- /.test(line) ? [index] : []));
    expect(documented.length).toBeGreaterThan(20);
    for (const index of documented) {
      const indent = lines[index]!.indexOf("#");
      expect(lines[index + 1]).toMatch(/^\s*# (Compose: |Not in Compose: ).*; kubepose explain [a-z-]+$/);
      expect(lines[index + 2]!.indexOf(lines[index + 2]!.trim())).toBe(indent);
      expect(lines[index + 2]).toMatch(/^\s*[^\s#][^:]*:( |$)/);
    }
    // Every value, and only those, is a row of the README's table.
    expect(files.get("README.md")!.split("\n").filter((line) => line.startsWith("| `")).length).toBe(documented.length);
  });

  it("is plain YAML whose secret entries are empty", () => {
    const values = parse(text) as { secrets: Record<string, { existingSecret: string; values: Record<string, string> }> };
    for (const secret of Object.values(values.secrets)) {
      expect(secret.existingSecret).toBe("");
      expect(Object.values(secret.values).every((value) => value === "")).toBe(true);
    }
  });

  it("the README's table has a row per value", () => {
    expect(files.get("README.md")).toContain("| `services.api.image.tag` | string | `\"2.3.0\"` |");
  });
});

describe("Chart.yaml", () => {
  it("appVersion is the tag most images share, when two or more share it and no other is as common", () => {
    expect(appVersionOf(["r/vote:1.4.2", "r/result:1.4.2", "redis:7.2", "postgres:16"])).toBe("1.4.2");
    expect(appVersionOf(["a:1", "b:2"])).toBeUndefined();
    expect(appVersionOf(["a:latest", "b:latest", "c"])).toBeUndefined();
    expect(appVersionOf(["a:1", "b:1", "c:2", "d:2"])).toBeUndefined();
  });

  it("the chart is named after the project, as a chart name may be spelled", () => {
    expect(chartNameOf("voting_app")).toBe("voting-app");
    expect(chartNameOf("Shop")).toBe("shop");
  });
});

describe("image references", () => {
  it.each([
    ["redis:7.2-alpine", { repository: "redis", tag: "7.2-alpine", digest: "" }],
    ["localhost:5000/team/api", { repository: "localhost:5000/team/api", tag: "", digest: "" }],
    ["localhost:5000/team/api:2@sha256:abc", { repository: "localhost:5000/team/api", tag: "2", digest: "sha256:abc" }],
    ["busybox@sha256:abc", { repository: "busybox", tag: "", digest: "sha256:abc" }],
  ])("%s splits and joins back", (reference, parts) => {
    expect(parseImage(reference)).toEqual(parts);
    expect(joinImage(parseImage(reference))).toBe(reference);
  });
});
