import { describe, expect, it } from "vitest";
import { firstOfferedTcpPort, offeredPorts } from "../../../src/convert/networking/service.js";
import type { ConnectionGraph, ReachedPort } from "../../../src/model/connections.js";
import type { ExposedPort, PortMapping, Protocol } from "../../../src/model/project.js";
import { service } from "../builder.js";

/*
 * A startup wait polls the first TCP port a dependency offers. firstOfferedTcpPort finds it without
 * building offeredPorts' list; on every service here both must name the same port.
 */

/** A small deterministic generator (mulberry32), so a failure names a reproducible case. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const protocols: readonly Protocol[] = ["tcp", "udp", "sctp"];

function generated(seed: number): { name: string; ports: PortMapping[]; expose: ExposedPort[]; graph: ConnectionGraph | undefined } {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const port = () => pick([80, 443, 5432, 6379, 8080, 9000]);
  const ports = Array.from({ length: Math.floor(next() * 4) }, (): PortMapping => {
    const mapping: PortMapping = { target: port(), protocol: pick(protocols), path: ["services", "db", "ports"] };
    if (next() < 0.5) mapping.published = next() < 0.3 ? mapping.target : port() + 10000;
    return mapping;
  });
  const expose = Array.from({ length: Math.floor(next() * 3) }, (): ExposedPort => ({ port: port(), protocol: pick(protocols), path: ["services", "db", "expose"] }));
  const reached = Array.from({ length: Math.floor(next() * 3) }, (): ReachedPort => ({ port: port(), origin: "reference" }));
  const byService: Record<string, ReachedPort[]> = next() < 0.2 ? {} : { db: reached };
  const graph: ConnectionGraph | undefined = next() < 0.2 ? undefined : { connections: [], aliases: [], ports: byService };
  return { name: "db", ports, expose, graph };
}

describe("the first TCP port a dependency offers", () => {
  it.each([
    ["a UDP mapping before a TCP one", [{ target: 53, protocol: "udp" }, { target: 80, protocol: "tcp" }], [], [], 80],
    ["a published port stays behind its container port", [{ target: 80, published: 8080, protocol: "tcp" }], [], [], 80],
    ["expose when no mapping is TCP", [{ target: 53, protocol: "udp" }], [{ port: 6379, protocol: "tcp" }], [], 6379],
    ["a port peers use when nothing is declared", [], [], [{ port: 5432, origin: "reference" }], 5432],
    ["none", [{ target: 53, protocol: "udp" }], [{ port: 53, protocol: "sctp" }], [], undefined],
  ] as const)("%s", (_label, ports, expose, reached, expected) => {
    const db = service("db", { ports: ports.map((p) => ({ ...p, path: [] })), expose: expose.map((e) => ({ ...e, path: [] })) });
    const graph: ConnectionGraph = { connections: [], aliases: [], ports: { db: [...reached] } };
    expect(firstOfferedTcpPort(db, graph)).toBe(expected);
    expect(offeredPorts(db, graph).find((offered) => offered.protocol === "tcp")?.port).toBe(expected);
  });

  it("equals offeredPorts' first TCP port on 3000 generated services", () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const { name, ports, expose, graph } = generated(seed);
      const db = service(name, { ports, expose });
      const exact = offeredPorts(db, graph).find((offered) => offered.protocol === "tcp")?.port;
      expect([seed, firstOfferedTcpPort(db, graph)]).toEqual([seed, exact]);
    }
  });
});
