import type { ReachedPort } from "../model/connections.js";
import { portsOfImage } from "../model/image-ports.js";
import type { Service } from "../model/project.js";
import { dockerfilePath, exposedPorts } from "./dockerfile.js";

/** What reading a build's Dockerfile needs; without it (tests, the playground) that step is skipped. */
export type ReadFile = (path: string) => string | undefined;

/**
 * The ports a service listens on when a reference names none, in the order kubepose trusts them: its
 * `ports` (container side) and `expose`, when it declares any; else its local build's Dockerfile EXPOSE,
 * else the image table. Empty when nothing says. TCP only: a peer's wait and most references are TCP.
 */
export function knownPorts(service: Service, workingDir: string, readFile: ReadFile | undefined): ReachedPort[] {
  const declared: ReachedPort[] = [
    ...service.ports.filter((p) => p.protocol === "tcp").map((p): ReachedPort => ({ port: p.target, origin: "ports" })),
    ...service.expose.filter((p) => p.protocol === "tcp").map((p): ReachedPort => ({ port: p.port, origin: "expose" })),
  ];
  // A service that declares its ports (even UDP only) is taken at its word: no guessing beyond them.
  if (service.ports.length > 0 || service.expose.length > 0) return unique(declared);
  const dockerfile = service.build === undefined ? undefined : dockerfilePath(service.build);
  const text = dockerfile === undefined ? undefined : readFile?.(dockerfile);
  if (dockerfile !== undefined && text !== undefined) {
    const source = dockerfile.startsWith(`${workingDir}/`) ? dockerfile.slice(workingDir.length + 1) : dockerfile;
    const exposed = exposedPorts(text, service.build?.target).map((port): ReachedPort => ({ port, origin: "dockerfile", source }));
    if (exposed.length > 0) return exposed;
  }
  const row = service.image === undefined ? undefined : portsOfImage(service.image);
  return row === undefined ? [] : row.ports.map((port): ReachedPort => ({ port, origin: "image", source: row.source }));
}

/** One entry per port number, the first one found winning. */
export function unique(ports: readonly ReachedPort[]): ReachedPort[] {
  const seen = new Set<number>();
  return ports.filter((port) => !seen.has(port.port) && seen.add(port.port));
}
