import { describe, expect, it } from "vitest";
import { runPipeline, type PipelineOptions } from "../../../src/pipeline.js";
import type { Manifest } from "../../../src/model/manifest.js";
import type { Diagnostic } from "../../../src/diagnostics/types.js";
import { memoryContext } from "../../helpers/memory-context.js";
import { evaluatePodSecurity } from "../../../src/policy/pod-security.js";
import { podSpecOf } from "../../../src/policy/pod-spec-parts.js";

/** A team's stack: the API sized in Compose, a worker with only a memory limit, a cache with a reservation, a root database. */
const COMPOSE = `services:
  api:
    image: example/api:1.4
    user: "1000:1000"
    cap_add: [NET_BIND_SERVICE]
    deploy:
      resources:
        limits: { cpus: "1", memory: 512M }
        reservations: { cpus: "0.25", memory: 256M }
  worker:
    image: example/worker:1.4
    user: "1000"
    mem_limit: 256m
  cache:
    image: redis:7
    deploy:
      resources:
        reservations: { memory: 256M }
  db:
    image: postgres:16
    volumes: [pgdata:/var/lib/postgresql/data]
  agent:
    image: example/agent:3
    privileged: true
    volumes: [/var/run/docker.sock:/var/run/docker.sock]
volumes:
  pgdata:
`;

function convert(options: Partial<PipelineOptions> = {}): { manifests: Manifest[]; diagnostics: Diagnostic[] } {
  const result = runPipeline({ files: [], envFiles: [], ...options }, memoryContext({ "compose.yaml": COMPOSE }));
  if (!result.manifests) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return { manifests: result.manifests, diagnostics: result.diagnostics };
}
const deployment = (manifests: Manifest[], name: string): Manifest => {
  const found = manifests.find((m) => m.object.kind === "Deployment" && m.object.metadata.name === name);
  if (found === undefined) throw new Error(`no Deployment/${name}`);
  return found;
};
type Container = { resources?: unknown; securityContext?: Record<string, unknown> };
const container = (manifests: Manifest[], name: string): Container => (podSpecOf(deployment(manifests, name).object)?.spec.containers[0] ?? {}) as Container;

describe("--default-resources fills the gaps, Compose keeps winning", () => {
  const { manifests, diagnostics } = convert({ defaultResources: { cpu: "100m", memory: "128Mi" } });

  it("a service with nothing gets the defaults as requests and limits, traced to the flag", () => {
    expect(container(manifests, "db").resources).toEqual({ limits: { cpu: "100m", memory: "128Mi" }, requests: { cpu: "100m", memory: "128Mi" } });
    expect(deployment(manifests, "db").traces).toContainEqual({ field: ["spec", "template", "spec", "containers", 0, "resources", "limits", "memory"], default: expect.stringContaining("--default-resources memory=128Mi") });
  });

  it("Compose's limits and reservations are kept as they are", () => {
    expect(container(manifests, "api").resources).toEqual({ limits: { cpu: "1", memory: "512Mi" }, requests: { cpu: "250m", memory: "256Mi" } });
  });

  it("a memory limit alone stays alone (Kubernetes takes it as the request); the cpu gap is filled", () => {
    expect(container(manifests, "worker").resources).toEqual({ limits: { memory: "256Mi", cpu: "100m" }, requests: { cpu: "100m" } });
  });

  it("a default limit below the Compose reservation gives way to it, with a note", () => {
    expect(container(manifests, "cache").resources).toEqual({ limits: { cpu: "100m", memory: "256Mi" }, requests: { memory: "256Mi", cpu: "100m" } });
    expect(diagnostics.filter((d) => d.code === "default-resources-below-request").map((d) => d.path.join("."))).toEqual(["services.cache.deploy.resources.reservations"]);
  });

  it("no container is left without resources, so no note says so", () => {
    expect(diagnostics.filter((d) => d.code === "resources-missing")).toEqual([]);
  });
});

describe("without --default-resources", () => {
  const { manifests, diagnostics } = convert();
  it("nothing is invented, and a note names each container's gap", () => {
    expect(container(manifests, "db").resources).toBeUndefined();
    const notes = diagnostics.filter((d) => d.code === "resources-missing");
    expect(notes.map((d) => d.path.join("."))).toEqual(["services.worker", "services.cache", "services.db", "services.agent"]);
    expect(notes[0]?.message).toContain("cpu request and limit");
    expect(notes[1]?.message).toContain("cpu request and limit, memory limit");
    expect(notes.every((d) => d.severity === "note")).toBe(true);
  });

  it("the default pods meet baseline at best: restricted needs settings nobody asked for", () => {
    expect(evaluatePodSecurity(podSpecOf(deployment(manifests, "api").object)!.spec).level).toBe("baseline");
    expect(evaluatePodSecurity(podSpecOf(deployment(manifests, "agent").object)!.spec).level).toBe("privileged");
  });
});

describe("--pod-security restricted", () => {
  const { manifests, diagnostics } = convert({ podSecurity: "restricted", namespace: "shop" });
  const level = (name: string) => evaluatePodSecurity(podSpecOf(deployment(manifests, name).object)!.spec).level;

  it("a non-root uid gets runAsNonRoot, drop ALL with its cap_add kept, no privilege escalation: restricted", () => {
    expect(container(manifests, "api").securityContext).toEqual({
      runAsUser: 1000, runAsGroup: 1000, capabilities: { add: ["NET_BIND_SERVICE"], drop: ["ALL"] }, allowPrivilegeEscalation: false, runAsNonRoot: true,
    });
    expect(level("api")).toBe("restricted");
    expect(level("worker")).toBe("restricted");
  });

  it("the image's own user is left alone: only allowPrivilegeEscalation, and a warning says why it is not restricted", () => {
    expect(container(manifests, "db").securityContext).toEqual({ allowPrivilegeEscalation: false });
    expect(level("db")).toBe("baseline");
    const warning = diagnostics.find((d) => d.code === "pod-security-short" && d.path.join(".") === "services.db");
    expect(warning?.message).toContain("may run as root");
  });

  it("a privileged service keeps privileged (no allowPrivilegeEscalation: the API server refuses the pair) and is reported", () => {
    expect(container(manifests, "agent").securityContext).toEqual({ privileged: true });
    const warning = diagnostics.find((d) => d.code === "pod-security-short" && d.path.join(".") === "services.agent");
    expect(warning?.message).toMatch(/"privileged", not "restricted".*a privileged container has nearly every power of the node/);
  });

  it("no warning for workloads that meet the level", () => {
    expect(diagnostics.filter((d) => d.code === "pod-security-short").map((d) => d.path.join("."))).toEqual(["services.cache", "services.db", "services.agent"]);
  });

  it("the Namespace enforces the level", () => {
    const namespace = manifests.find((m) => m.object.kind === "Namespace");
    expect(namespace?.object.metadata.labels).toMatchObject({ "pod-security.kubernetes.io/enforce": "restricted" });
  });
});

describe("--pod-security baseline", () => {
  it("changes no container, and warns only for what baseline refuses", () => {
    const { manifests, diagnostics } = convert({ podSecurity: "baseline" });
    expect(container(manifests, "db").securityContext).toBeUndefined();
    expect(diagnostics.filter((d) => d.code === "pod-security-short").map((d) => d.path.join("."))).toEqual(["services.agent"]);
  });
});

describe("--pod-security restricted and kubepose's own init containers", () => {
  it("the waits for a dependency and for a Job run as nobody with nothing, so they never hold a pod back", () => {
    const compose = `services:
  api:
    image: example/api:1.4
    user: "1000"
    depends_on:
      db: { condition: service_started }
      migrate: { condition: service_completed_successfully }
  migrate:
    image: example/api:1.4
    user: "1000"
    restart: "no"
  db:
    image: postgres:16
`;
    const result = runPipeline({ files: [], envFiles: [], podSecurity: "restricted" }, memoryContext({ "compose.yaml": compose }));
    const spec = podSpecOf(result.manifests!.find((m) => m.object.kind === "Deployment" && m.object.metadata.name === "api")!.object)!.spec;
    expect(spec.initContainers?.map((c) => c.securityContext)).toEqual([
      { allowPrivilegeEscalation: false, runAsNonRoot: true, runAsUser: 65534, capabilities: { drop: ["ALL"] } },
      { allowPrivilegeEscalation: false, runAsNonRoot: true, runAsUser: 65534, capabilities: { drop: ["ALL"] } },
    ]);
    expect(evaluatePodSecurity(spec).level).toBe("restricted");
  });
});
