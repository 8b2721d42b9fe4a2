import { describe, expect, it } from "vitest";
import { runPipeline, type PipelineOptions } from "../../../src/pipeline.js";
import type { Manifest } from "../../../src/model/manifest.js";
import { memoryContext } from "../../helpers/memory-context.js";

const COMPOSE = `services:
  web:
    image: example/web:1
    ports: ["80:8080"]
    environment:
      API_URL: http://api:3000/v1
    volumes: [./nginx.conf:/etc/nginx/nginx.conf:ro]
  api:
    image: example/api:1
    expose: ["3000"]
    environment:
      DATABASE_URL: postgres://app:pw@db:5432/app
      REDIS_HOST: cache
    depends_on: [db, cache]
  worker:
    image: example/worker:1
    environment:
      DATABASE_URL: postgres://app:pw@db:5432/app
  db:    { image: postgres:16 }
  cache: { image: redis:7 }
`;
const files = { "compose.yaml": COMPOSE, "nginx.conf": "events {}\nhttp { server { location / { proxy_pass http://api:3000; } } }\n" };

function policies(options: Partial<PipelineOptions>): Manifest[] {
  const result = runPipeline({ files: [], envFiles: [], ...options }, memoryContext(files));
  if (!result.manifests) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return result.manifests.filter((m) => m.object.kind === "NetworkPolicy");
}

describe("--network-policies strict", () => {
  const strict = policies({ networkPolicies: true, networkPolicyMode: "strict" });
  const names = strict.map((m) => m.object.metadata.name);

  it("denies every incoming connection by default", () => {
    expect(strict[0]?.object).toMatchObject({ metadata: { name: "default-deny-ingress" }, spec: { podSelector: {}, policyTypes: ["Ingress"] } });
    expect((strict[0]?.object.spec as { ingress?: unknown }).ingress).toBeUndefined();
  });

  it("allows exactly the edges of the connection graph, once each, on the port peers use", () => {
    expect(names).toEqual(["default-deny-ingress", "api-from-web-3000", "db-from-api-5432", "cache-from-api-6379", "db-from-worker-5432", "web-published"]);
    const db = strict.find((m) => m.object.metadata.name === "db-from-worker-5432");
    expect(db?.object.spec).toEqual({
      podSelector: { matchLabels: { "app.kubernetes.io/name": "db" } },
      policyTypes: ["Ingress"],
      ingress: [{ from: [{ podSelector: { matchLabels: { "app.kubernetes.io/name": "worker" } } }], ports: [{ port: 5432, protocol: "TCP" }] }],
    });
  });

  it("comments each edge with its evidence and traces it to the Compose line", () => {
    const api = strict.find((m) => m.object.metadata.name === "api-from-web-3000");
    expect(api?.fieldNotes[0]?.text).toBe("web reaches api: environment: API_URL=http://api:3000/v1");
    expect(api?.source).toEqual(["services", "web", "environment", "API_URL"]);
  });

  it("keeps the published port open to every source, and writes no per-network policy", () => {
    const published = strict.find((m) => m.object.metadata.name === "web-published");
    expect(published?.object.spec).toMatchObject({ ingress: [{ ports: [{ port: 8080, protocol: "TCP" }] }] });
    expect(names.some((name) => name.startsWith("network-"))).toBe(false);
  });

  it("the per-network mode is unchanged", () => {
    expect(policies({ networkPolicies: true }).map((m) => m.object.metadata.name)).toEqual(["network-default", "web-published"]);
  });
});
