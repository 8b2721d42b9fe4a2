// The picture of the app from a small project written the way teams write them: an anchor, build without
// image, an env URL naming the database, a worker with no ports, a named volume and an env file.
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../../src/pipeline.js";
import { memoryContext } from "../../../src/memory-context.js";
import { viewInput } from "../../../src/views/view-input.js";
import { appGraph, type AppGraph } from "../../../src/views/graph/app-graph.js";
import { renderGraphText } from "../../../src/views/graph/text.js";
import { layoutPanel } from "../../../src/views/graph/layout.js";
import { renderGraphSvg } from "../../../src/views/graph/svg.js";
import type { KubernetesObject, Manifest } from "../../../src/model/manifest.js";

const compose = `x-common: &common
  restart: unless-stopped
  env_file: app.env
services:
  api:
    <<: *common
    build: ./api
    ports: ["8080:3000"]
    environment:
      DATABASE_URL: postgres://app:secret@db:5432/app
  worker:
    <<: *common
    build: ./api
    command: ["node", "worker.js"]
    deploy: { replicas: 3 }
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: secret
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata:
`;

function graphOf(text: string, extra: Record<string, string> = {}): AppGraph {
  const files = new Map([["/p/compose.yaml", text], ["/p/app.env", "LOG_LEVEL=info\n"], ...Object.entries(extra)]);
  const result = runPipeline({ files: [], envFiles: [] }, memoryContext(files, {}, "/p"));
  const input = viewInput(result);
  if (!input) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return appGraph(input);
}

const edgesOf = (graph: AppGraph, kind: string) => graph.edges.filter((e) => e.kind === kind).map((e) => `${e.from} -> ${e.to}${e.label ? ` ${e.label}` : ""}`);

describe("appGraph", () => {
  const graph = graphOf(compose);

  it("draws the services and who reaches whom, with the port", () => {
    expect(graph.nodes.filter((n) => n.side === "compose").map((n) => n.label)).toEqual(["api", "worker", "db"]);
    expect(edgesOf(graph, "connects")).toEqual(["service:api -> service:db :5432", "service:worker -> service:db :5432"]);
  });

  it("draws each Deployment → ReplicaSet → Pods, with the replica count", () => {
    expect(edgesOf(graph, "creates")).toEqual(expect.arrayContaining(["Deployment/worker -> ReplicaSet/worker", "ReplicaSet/worker -> Pod/Deployment/worker"]));
    expect(graph.nodes.find((n) => n.id === "Pod/Deployment/worker")?.label).toBe("worker-<hash>-<id> ×3");
    expect(graph.nodes.find((n) => n.id === "Pod/Deployment/api")?.label).toBe("api-<hash>-<id>");
    expect(edgesOf(graph, "becomes")).toEqual(["service:api -> Deployment/api", "service:worker -> Deployment/worker", "service:db -> Deployment/db"]);
  });

  it("draws the Service selecting the pods, and what the pods read and mount", () => {
    expect(edgesOf(graph, "selects")).toEqual(expect.arrayContaining(["Service/db -> Pod/Deployment/db", "Service/api -> Pod/Deployment/api"]));
    expect(edgesOf(graph, "selects")).not.toContain("Service/db -> Pod/Deployment/api");
    const reads = edgesOf(graph, "reads");
    expect(reads.some((e) => e.startsWith("Pod/Deployment/api -> ConfigMap/"))).toBe(true);
    expect(edgesOf(graph, "mounts")).toEqual(["Pod/Deployment/db -> PersistentVolumeClaim/pgdata"]);
  });

  it("draws a StatefulSet's pods by ordinal and its claim templates", () => {
    const stateful = graphOf(`services:
  db:
    image: postgres:16
    environment: { POSTGRES_PASSWORD: secret }
    deploy: { replicas: 2 }
    labels: { kompose.controller.type: statefulset }
    volumes: [data:/var/lib/postgresql/data]
volumes:
  data:
`);
    const pods = stateful.nodes.find((n) => n.kind === "Pod");
    expect(pods?.label).toBe("db-0…db-1");
    expect(stateful.edges.some((e) => e.from === "StatefulSet/db" && e.to === pods?.id && e.kind === "creates")).toBe(true);
  });
});

describe("kubepose graph text", () => {
  const graph = graphOf(compose);

  it("writes Mermaid with both sides as subgraphs and escaped labels", () => {
    const text = renderGraphText(graph, "mermaid");
    expect(text.split("\n")[0]).toBe("flowchart LR");
    expect(text).toContain('  subgraph compose["Compose"]');
    expect(text).toContain('("Pod worker-#lt;hash#gt;-#lt;id#gt; ×3")');
    expect(text).toMatch(/n0 -->\|":5432"\| n2/);
    expect(text).toMatch(/n0 -.->\|"becomes"\| n\d+/);
  });

  it("writes Graphviz DOT with clusters and quoted labels", () => {
    const text = renderGraphText(graph, "dot");
    expect(text.startsWith("digraph kubepose {\n  rankdir=LR;")).toBe(true);
    expect(text).toContain("subgraph cluster_kubernetes {");
    expect(text).toContain('n0 -> n2 [label=":5432"];');
    expect(text).toMatch(/\[label="PersistentVolumeClaim pgdata", shape=cylinder\]/);
    expect(text.trimEnd().endsWith("}")).toBe(true);
  });
});

describe("layout and SVG", () => {
  const graph = graphOf(compose);

  it("puts each node one column after the longest path to it, a Service right before the pods it selects", () => {
    const panel = layoutPanel(graph, "kubernetes");
    const x = (id: string) => panel.nodes.find((p) => p.node.id === id)?.x ?? -1;
    expect(x("Deployment/api")).toBeLessThan(x("ReplicaSet/api"));
    expect(x("ReplicaSet/api")).toBeLessThan(x("Pod/Deployment/api"));
    expect(x("Service/api")).toBe(x("ReplicaSet/api"));
    expect(x("Pod/Deployment/db")).toBeLessThan(x("PersistentVolumeClaim/pgdata"));
  });

  it("keeps nodes of a column apart and the same project gives the same picture", () => {
    const panel = layoutPanel(graph, "kubernetes");
    for (const a of panel.nodes) {
      for (const b of panel.nodes) if (a !== b && a.x === b.x) expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(a.height);
    }
    expect(renderGraphSvg(graphOf(compose))).toBe(renderGraphSvg(graph));
  });

  it("survives a cycle of connections", () => {
    const cyclic = graphOf(`services:
  a:
    image: nginx:1.27
    environment: { PEER: http://b:80 }
  b:
    image: nginx:1.27
    environment: { PEER: http://a:80 }
`);
    const panel = layoutPanel(cyclic, "compose");
    expect(panel.nodes.map((p) => p.node.label)).toEqual(["a", "b"]);
    expect(new Set(panel.nodes.map((p) => p.x)).size).toBe(2);
  });

  it("escapes names in the markup", () => {
    const svg = renderGraphSvg({ nodes: [{ id: "service:<x>", side: "compose", kind: "service", label: '<x>&"' }], edges: [] });
    expect(svg).toContain("&lt;x&gt;&amp;&quot;");
    expect(svg).not.toContain("<x>");
  });
});

// Services find the workloads they select through an index by pod label (graph/app-graph.ts): the edges
// must be those a check of every workload against every selector gives, in manifest order.
describe("appGraph selects", () => {
  const manifest = (object: Record<string, unknown>): Manifest => ({ object: object as unknown as KubernetesObject, source: [], explanations: [], fieldNotes: [] });
  const workload = (name: string, labels: Record<string, unknown>) =>
    manifest({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name }, spec: { template: { metadata: { labels }, spec: { containers: [] } } } });
  const service = (name: string, selector: unknown) => manifest({ apiVersion: "v1", kind: "Service", metadata: { name }, spec: { selector } });

  it("draws an edge to every workload whose pod labels hold the whole selector, and none for an empty one", () => {
    const manifests = [
      service("both", { tier: "web" }),
      workload("a", { tier: "web", app: "a" }),
      workload("b", { tier: "web", app: "b" }),
      workload("c", { tier: "db", app: "c" }),
      service("one", { tier: "web", app: "b" }),
      service("none", { tier: "web", app: "c" }),
      service("empty", {}),
      service("odd", { replicas: 3, app: "a" }),
    ];
    expect(edgesOf(appGraph({ manifests }), "selects")).toEqual(["Service/both -> Pod/Deployment/a", "Service/both -> Pod/Deployment/b", "Service/one -> Pod/Deployment/b"]);
    const withNumber = [workload("n", { replicas: 3, app: "a" }), service("odd", { replicas: 3, app: "a" })];
    expect(edgesOf(appGraph({ manifests: withNumber }), "selects")).toEqual(["Service/odd -> Pod/Deployment/n"]);
  });
});
