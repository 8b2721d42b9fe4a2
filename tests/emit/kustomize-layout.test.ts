import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { environmentNamespace, replicaPolicy } from "../../src/emit/kustomize/environments.js";
import { isStatefulServer } from "../../src/emit/kustomize/stateful-images.js";
import type { KubernetesObject } from "../../src/model/manifest.js";
import { kustomize, writeFolder } from "../helpers/folder-tools.js";
import { renderFolder } from "../helpers/render-project.js";
import { repositoryRoot } from "../helpers/repository-boundary.js";

const replicasOf = (objects: KubernetesObject[]) =>
  Object.fromEntries(objects.filter((o) => o.kind === "Deployment").map((o) => [o.metadata.name, (o.spec as { replicas?: number }).replicas ?? 1]));

describe("the overlays of a project (team-app: api 3 replicas, worker, cache = redis, db with a claim)", () => {
  const folder = writeFolder(renderFolder(join(repositoryRoot, "tests", "fixtures", "team-app"), "kustomize")!, "kubepose-overlays-");
  const render = (environment: string) => kustomize(join(folder, "overlays", environment));

  it("dev runs one pod of each workload", () => {
    expect(replicasOf(render("dev"))).toEqual({ api: 1, worker: 1, cache: 1, db: 1 });
  });

  it("staging keeps the Compose counts", () => {
    expect(replicasOf(render("staging"))).toEqual({ api: 3, worker: 1, cache: 1, db: 1 });
  });

  it("prod runs at least two pods where a second one is safe: not the claim's holder, not a second Redis", () => {
    expect(replicasOf(render("prod"))).toEqual({ api: 3, worker: 2, cache: 1, db: 1 });
  });

  it("each environment has its own namespace, named after the project", () => {
    for (const environment of ["dev", "staging", "prod"]) {
      const namespaces = new Set(render(environment).map((object) => (object.kind === "Namespace" ? object.metadata.name : object.metadata.namespace)));
      expect([...namespaces]).toEqual([`team-app-${environment}`]);
    }
  });

  it("the images keep their Compose tags; resources are patched per workload", () => {
    const api = render("prod").find((object) => object.kind === "Deployment" && object.metadata.name === "api");
    const container = (api?.spec as { template: { spec: { containers: { image: string; resources: unknown }[] } } }).template.spec.containers[0]!;
    expect(container.image).toBe("registry.example.com/team/api:2.3.0");
    expect(container.resources).toEqual({ limits: { cpu: "1", memory: "512Mi" } });
  });
});

describe("environments", () => {
  it("are read by name: dev-like run one pod, prod-like add redundancy, any other keeps Compose's counts", () => {
    expect(["dev", "development", "local", "test"].map(replicaPolicy)).toEqual(["one", "one", "one", "one"]);
    expect(["prod", "production"].map(replicaPolicy)).toEqual(["redundant", "redundant"]);
    expect(["staging", "qa", "preview"].map(replicaPolicy)).toEqual(["compose", "compose", "compose"]);
  });

  it("take -n or the project as the namespace's stem, shortened to a DNS label", () => {
    expect(environmentNamespace("shop", "prod")).toBe("shop-prod");
    expect(environmentNamespace("a".repeat(63), "staging")).toHaveLength(63);
  });

  it("-n names the namespaces; the base holds no Namespace object", () => {
    const files = renderFolder(join(repositoryRoot, "examples", "voting-app"), "kustomize", { namespace: "vote" });
    const withCustom = [...(files ?? new Map<string, string>()).keys()].filter((path) => path.startsWith("overlays/"));
    expect(withCustom).toContain("overlays/prod/namespace.yaml");
    expect(files?.get("overlays/prod/kustomization.yaml")).toContain("namespace: vote-prod");
    expect([...(files?.keys() ?? [])].some((path) => path.startsWith("base/") && path.includes("namespace"))).toBe(false);
  });
});

describe("servers that keep their own state", () => {
  it.each(["redis:7.2-alpine", "docker.io/library/postgres:16", "bitnami/mysql:8.4", "mongo@sha256:abc"])("%s is one", (image) => {
    expect(isStatefulServer(image)).toBe(true);
  });
  it.each(["registry.example.com/team/api:2.3.0", "nginx:1.27", "redis-commander:latest"])("%s is not", (image) => {
    expect(isStatefulServer(image)).toBe(false);
  });
});
