import { describe, expect, it } from "vitest";
import { runPipeline, type PipelineOptions } from "../../../src/pipeline.js";
import type { Manifest } from "../../../src/model/manifest.js";
import { memoryContext } from "../../helpers/memory-context.js";

/** A small shop as teams write it: anchors, a build without image, a migration Job, a privileged agent. */
const COMPOSE = `x-app: &app
  build: ./api
  environment:
    DATABASE_URL: postgres://shop:shop@db:5432/shop
services:
  api:
    <<: *app
    ports: ["8080:8080"]
    depends_on:
      migrate: { condition: service_completed_successfully }
  migrate:
    <<: *app
    command: ["npm", "run", "migrate"]
  db:
    image: postgres:16
    volumes: [pgdata:/var/lib/postgresql/data]
  profiler:
    image: example/profiler:2.1
    security_opt: ["seccomp:unconfined", "no-new-privileges:true"]
  node-agent:
    image: example/agent:3
    privileged: true
  reporter:
    image: example/reporter:1
    labels:
      kompose.serviceaccount-name: reporting
volumes:
  pgdata:
`;

function convert(options: Partial<PipelineOptions> = {}): Manifest[] {
  const result = runPipeline({ files: [], envFiles: [], ...options }, memoryContext({ "compose.yaml": COMPOSE, "api/Dockerfile": "FROM node:20-slim\nEXPOSE 8080\n" }));
  if (!result.manifests) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return result.manifests;
}
const manifests = convert();
const object = (kind: string, name: string) => {
  const found = manifests.find((m) => m.object.kind === kind && m.object.metadata.name === name);
  if (found === undefined) throw new Error(`no ${kind}/${name} among ${manifests.map((m) => `${m.object.kind}/${m.object.metadata.name}`).join(", ")}`);
  return found;
};
type Pod = { securityContext?: { seccompProfile?: { type: string } }; serviceAccountName?: string; automountServiceAccountToken?: boolean };
const pod = (kind: string, name: string): Pod => ((object(kind, name).object.spec as { template: { spec: Pod } }).template.spec);

describe("seccomp: Docker's default filter is kept", () => {
  it("RuntimeDefault for a plain service, a Job and a built image, traced as kubepose's default", () => {
    for (const [kind, name] of [["Deployment", "api"], ["Job", "migrate"], ["Deployment", "db"]] as const) {
      expect(pod(kind, name).securityContext?.seccompProfile).toEqual({ type: "RuntimeDefault" });
    }
    expect(object("Deployment", "db").traces).toContainEqual({ field: ["spec", "template", "spec", "securityContext", "seccompProfile"], default: expect.stringContaining("Docker applies") });
    expect(object("Deployment", "db").explanations).toContain("seccomp-default");
  });

  it("Unconfined when security_opt says seccomp:unconfined, traced to that entry", () => {
    expect(pod("Deployment", "profiler").securityContext?.seccompProfile).toEqual({ type: "Unconfined" });
    expect(object("Deployment", "profiler").traces).toContainEqual(expect.objectContaining({ field: ["spec", "template", "spec", "securityContext", "seccompProfile"], source: ["services", "profiler", "security_opt", 0] }));
  });

  it("no profile for a privileged service: it runs without seccomp in Docker and Kubernetes alike", () => {
    expect(pod("Deployment", "node-agent").securityContext?.seccompProfile).toBeUndefined();
  });
});

describe("ServiceAccounts: one per workload, no API token unless the workload needs it", () => {
  it("a workload that does not call the API runs as its own account with the token off, on the pod and the account", () => {
    expect(pod("Deployment", "db")).toMatchObject({ serviceAccountName: "db", automountServiceAccountToken: false });
    expect(object("ServiceAccount", "db").object).toMatchObject({ automountServiceAccountToken: false, metadata: { labels: expect.any(Object) } });
    expect(object("ServiceAccount", "migrate").object.automountServiceAccountToken).toBe(false);
  });

  it("the pod that waits for the Job keeps the Job-wait account and its token (it polls the API)", () => {
    expect(pod("Deployment", "api").serviceAccountName).toBe("api-job-wait");
    expect(pod("Deployment", "api").automountServiceAccountToken).toBeUndefined();
    expect(manifests.some((m) => m.object.kind === "ServiceAccount" && m.object.metadata.name === "api")).toBe(false);
  });

  it("kompose.serviceaccount-name is used as it is: no account written, the token left to it", () => {
    expect(pod("Deployment", "reporter")).toMatchObject({ serviceAccountName: "reporting" });
    expect(pod("Deployment", "reporter").automountServiceAccountToken).toBeUndefined();
    expect(manifests.filter((m) => m.object.kind === "ServiceAccount").map((m) => m.object.metadata.name)).not.toContain("reporting");
  });

  it("with -n the accounts live in the namespace", () => {
    const inShop = convert({ namespace: "shop" });
    const account = inShop.find((m) => m.object.kind === "ServiceAccount" && m.object.metadata.name === "db");
    expect(account?.object.metadata.namespace).toBe("shop");
  });
});
