import { describe, expect, it } from "vitest";
import { checkDependencyCycles } from "../../src/normalize/cycles.js";
import type { Service } from "../../src/model/project.js";
import { runPipeline } from "../../src/pipeline.js";
import { service } from "../convert/builder.js";
import { memoryContext } from "../helpers/memory-context.js";

type Kind = "depends_on" | "links" | "volumes_from" | "network_mode";

/** "a>b" is a depends_on edge from a to b; "a-links>b", "a-volumes_from>b", "a-network_mode>b" the others. */
function graph(names: string[], edges: string[]): Service[] {
  const services = new Map(names.map((name) => [name, service(name)]));
  for (const edge of edges) {
    const [, from = "", kind = "depends_on", to = ""] = /^(\w+)(?:-(\w+))?>(\w+)$/.exec(edge) ?? [];
    const current = services.get(from)!;
    const path = ["services", from, kind, to];
    const relation = kind as Kind;
    if (relation === "depends_on") current.dependsOn.push({ service: to, condition: "service_started", required: true, restart: false, path });
    if (relation === "links") current.links.push({ service: to, alias: to, path });
    if (relation === "volumes_from") current.volumesFrom.push({ kind: "service", name: to, readOnly: false, path });
    if (relation === "network_mode") current.networkMode = { kind: "service", name: to, path };
  }
  return [...services.values()];
}

const found = (services: Service[]) =>
  checkDependencyCycles(services).map((d) => ({ code: d.code, severity: d.severity, path: d.path, cycle: /cycle: (.*?), so/.exec(d.message)?.[1] }));

describe("checkDependencyCycles", () => {
  it.each([
    { name: "no relations", names: ["a", "b"], edges: [], cycles: [] },
    { name: "a long chain", names: ["a", "b", "c", "d", "e", "f"], edges: ["a>b", "b>c", "c>d", "d>e", "e>f"], cycles: [] },
    { name: "a diamond", names: ["a", "b", "c", "d"], edges: ["a>b", "a>c", "b>d", "c>d"], cycles: [] },
    { name: "a self-loop", names: ["a"], edges: ["a>a"], cycles: [{ cycle: "a → a", path: ["services", "a", "depends_on", "a"] }] },
    { name: "a 2-cycle", names: ["a", "b"], edges: ["a>b", "b>a"], cycles: [{ cycle: "a → b → a", path: ["services", "b", "depends_on", "a"] }] },
    { name: "a 3-cycle", names: ["a", "b", "c"], edges: ["a>b", "b>c", "c>a"], cycles: [{ cycle: "a → b → c → a", path: ["services", "c", "depends_on", "a"] }] },
    { name: "a cycle below a chain", names: ["x", "a", "b"], edges: ["x>a", "a>b", "b>a"], cycles: [{ cycle: "a → b → a", path: ["services", "b", "depends_on", "a"] }] },
    {
      name: "mixed edge kinds",
      names: ["web", "db", "vpn", "data"],
      edges: ["web>db", "db-links>vpn", "vpn-volumes_from>data", "data-network_mode>web"],
      cycles: [{ cycle: "web → db → vpn → data → web", path: ["services", "data", "network_mode", "web"] }],
    },
    {
      name: "two separate cycles",
      names: ["a", "b", "c", "d"],
      edges: ["a>b", "b>a", "c>d", "d>c"],
      cycles: [
        { cycle: "a → b → a", path: ["services", "b", "depends_on", "a"] },
        { cycle: "c → d → c", path: ["services", "d", "depends_on", "c"] },
      ],
    },
    { name: "one pair closed twice (depends_on and links)", names: ["a", "b"], edges: ["a>b", "b>a", "b-links>a"], cycles: [{ cycle: "a → b → a", path: ["services", "b", "depends_on", "a"] }] },
    { name: "an edge to a missing service", names: ["a"], edges: ["a>ghost"], cycles: [] },
  ])("$name", ({ names, edges, cycles }) => {
    expect(found(graph(names, edges))).toEqual(cycles.map((c) => ({ code: "dependency-cycle", severity: "error", ...c })));
  });

  it("follows a chain of 20 000 services without overflowing the stack", () => {
    const names = Array.from({ length: 20_000 }, (_, index) => `s${index}`);
    const edges = names.slice(1).map((name, index) => `${names[index]}>${name}`);
    expect(found(graph(names, edges))).toEqual([]);
    expect(found(graph(names, [...edges, `s19999>s0`]))).toHaveLength(1);
  });
});

describe("cycles in the pipeline", () => {
  const compose = `services:
  web:
    image: nginx:1.27
    depends_on: [api]
  api:
    image: app:1
    links: ["web:front"]
  tools:
    image: busybox:1.36
    profiles: [tools]
    depends_on: [helper]
  helper:
    image: busybox:1.36
    profiles: [tools]
    depends_on: [tools]
`;

  it("reports the cycle at the edge that closes it, with its line", () => {
    const result = runPipeline({ files: [] }, memoryContext({ "compose.yaml": compose }), "project");
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.code, d.path, d.location?.line])).toEqual([["dependency-cycle", ["services", "api", "links", 0], 7]]);
    expect(errors[0]?.message).toContain("web → api → web");
  });

  it("checks only the enabled services, as docker compose does", () => {
    const fixed = compose.replace('links: ["web:front"]', "environment: {}");
    expect(runPipeline({ files: [] }, memoryContext({ "compose.yaml": fixed }), "project").diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const codes = runPipeline({ files: [], profiles: ["tools"] }, memoryContext({ "compose.yaml": fixed }), "project").diagnostics.map((d) => d.code);
    expect(codes).toEqual(["dependency-cycle"]);
  });
});
