import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/types.js";
import type { Service } from "../model/project.js";
import { serviceEdges, type ServiceEdge } from "../model/relations.js";

/**
 * Services that wait for each other in a circle can never start: docker compose orders services by
 * depends_on, links, volumes_from and network_mode: service:x together, and refuses a cycle among them.
 * This runs on the enabled services only (after profiles, see index.ts), as docker compose checks the project it runs.
 * One error per edge that closes a cycle, at that edge, showing the whole cycle: "a → b → c → a".
 * Edges to services that are not there (an optional depends_on) cannot be part of a cycle and are skipped.
 */
export function checkDependencyCycles(services: readonly Service[]): Diagnostic[] {
  const edges = new Map(services.map((service) => [service.name, serviceEdges(service)]));
  const state = new Map<string, "visiting" | "done">();
  const reported = new Set<string>();
  const diagnostics: Diagnostic[] = [];

  // Depth-first, iteratively (a long chain must not overflow the call stack). Each frame is a service
  // and the index of the next edge to follow.
  for (const start of services) {
    if (state.has(start.name)) continue;
    const frames: { name: string; next: number }[] = [{ name: start.name, next: 0 }];
    state.set(start.name, "visiting");
    for (let frame = frames.at(-1); frame; frame = frames.at(-1)) {
      const edge: ServiceEdge | undefined = edges.get(frame.name)?.[frame.next];
      if (!edge) {
        state.set(frame.name, "done");
        frames.pop();
        continue;
      }
      frame.next += 1;
      if (!edges.has(edge.target)) continue;
      const seen = state.get(edge.target);
      if (seen === "visiting") {
        const key = `${frame.name}\u0000${edge.target}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const path = frames.map((open) => open.name);
        const cycle = [...path.slice(path.indexOf(edge.target)), edge.target];
        diagnostics.push(diagnostic("dependency-cycle", edge.path, { cycle: cycle.join(" → "), service: frame.name, relation: edge.relation, target: edge.target }));
      } else if (seen === undefined) {
        state.set(edge.target, "visiting");
        frames.push({ name: edge.target, next: 0 });
      }
    }
  }
  return diagnostics;
}
