import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, StageResult } from "../diagnostics/types.js";
import type { Connection, ConnectionGraph, ReachedPort } from "../model/connections.js";
import type { Project, Service } from "../model/project.js";
import { referencesOf, type Found } from "./evidence.js";
import { NameIndex } from "./names.js";
import { knownPorts, type ReadFile } from "./ports.js";
import { schemePort } from "./scheme-ports.js";

export { NameIndex } from "./names.js";
export { findArgumentReferences, findEnvironmentReferences, findReferences, type Reference } from "./references.js";
export type { ReadFile } from "./ports.js";
export { callingLocalhost, ownNames } from "./own-name.js";

/** The port a reference names: written in it, its scheme's default, its *_PORT partner; else undefined. */
function writtenPort(found: Found): ReachedPort | undefined {
  const { reference } = found;
  if (reference.port !== undefined) return { port: reference.port, origin: "reference" };
  const fromScheme = reference.scheme === undefined ? undefined : schemePort(reference.scheme);
  if (fromScheme !== undefined) return { port: fromScheme, origin: "scheme" };
  if (found.pairPort !== undefined) return { port: found.pairPort, origin: "host-port-pair" };
  return undefined;
}

/** Names the evidence for a message: "DATABASE_URL", "the command", "nginx.conf line 12". */
export function evidenceLabel(connection: Connection): string {
  const { evidence } = connection;
  if (evidence.variable !== undefined) return evidence.variable;
  if (evidence.kind === "mounted-file" && evidence.file !== undefined) return `${evidence.file.file.split("/").pop() ?? evidence.file.file} line ${evidence.file.line}`;
  if (evidence.kind === "depends_on" || evidence.kind === "links") return evidence.kind;
  return `its ${evidence.kind}`;
}

/**
 * Project → who reaches whom. Every reference to another service's name or alias is an edge with its
 * evidence and port; references to the service's own names are left to convert (probes call localhost).
 * A reached service's Service must answer on every port its peers use: `ports` gathers them.
 */
export function buildConnections(project: Project, readFile?: ReadFile): StageResult<ConnectionGraph> {
  const names = new NameIndex(project);
  const byName = new Map(project.services.map((service) => [service.name, service]));
  const known = new Map<string, ReachedPort[]>();
  const knownOf = (service: Service): ReachedPort[] => {
    let ports = known.get(service.name);
    if (ports === undefined) known.set(service.name, (ports = knownPorts(service, project.workingDir, readFile)));
    return ports;
  };
  const connections: Connection[] = [];
  const ports: Record<string, ReachedPort[]> = {};
  const diagnostics: Diagnostic[] = [];
  const warned = new Set<string>();
  // One entry per port number and target, the first found winning: kept as they come, so a service
  // that a thousand others reach is not copied and filtered a thousand times.
  const portNumbers = new Map<string, Set<number>>();
  const addPorts = (target: string, reached: readonly ReachedPort[]): void => {
    let seen = portNumbers.get(target);
    if (seen === undefined) portNumbers.set(target, (seen = new Set()));
    const list = (ports[target] ??= []);
    for (const port of reached) {
      if (seen.has(port.port)) continue;
      seen.add(port.port);
      list.push(port);
    }
  };
  for (const service of project.services) {
    for (const found of referencesOf(service, names)) {
      const name = names.get(found.reference.name);
      const target = name === undefined ? undefined : byName.get(name.service);
      if (name === undefined || target === undefined || target === service) continue;
      const written = writtenPort(found);
      const fallback = written === undefined ? knownOf(target) : [];
      const port = written ?? fallback[0];
      const connection: Connection = { from: service.name, to: target.name, name: name.name, evidence: found.evidence, ...(port === undefined ? {} : { port }) };
      connections.push(connection);
      addPorts(target.name, written === undefined ? fallback : [written]);
      const pair = `${service.name}\u0000${target.name}`;
      // depends_on alone says nothing about the network: startup-order warns when it has nothing to poll.
      if (port === undefined && found.evidence.kind !== "depends_on" && !warned.has(pair)) {
        warned.add(pair);
        const params = { service: service.name, peer: target.name, name: name.name, through: evidenceLabel(connection) };
        diagnostics.push(diagnostic("connection-no-port", found.evidence.path, params, found.evidence.file));
      }
    }
  }
  return { value: { connections, aliases: names.aliases(), ports }, diagnostics };
}
