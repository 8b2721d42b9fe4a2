import type { IContainerPort } from "kubernetes-models/v1/ContainerPort";
import type { IService } from "kubernetes-models/v1/Service";
import type { IServicePort } from "kubernetes-models/v1/ServicePort";
import { diagnostic } from "../../diagnostics/codes.js";
import type { Path } from "../../diagnostics/types.js";
import type { Connection, ConnectionGraph, ReachedPort } from "../../model/connections.js";
import type { FieldTrace } from "../../model/manifest.js";
import type { Protocol, Service } from "../../model/project.js";
import { CONTAINER, childField, defaultedTo, tracedTo, noteOn, type Collector } from "../shared/collector.js";
import type { ExplanationId } from "../../model/explanation-ids.generated.js";
import { selectorLabels } from "../shared/labels.js";
import { isPortName, portName } from "../shared/names.js";
import { objectMeta, widen, type Scope } from "../shared/object-meta.js";
import { aliasServices, type NameTaken } from "./aliases.js";
import { kubernetesProtocols } from "./protocols.js";
import { applyServiceType, serviceTypeTraces, wantsHeadless } from "./service-type.js";
import { pathUnder } from "../../model/paths.js";
import { SPEC_PORTS, SPEC_SELECTOR, SPEC_TYPE } from "../shared/object-fields.js";

/**
 * One port the Service offers. Peers use the container port, as in Compose: "8080:80" → { port: 80,
 * target: 80 } and, for port-forward and habits, { port: 8080, target: 80, published: true }.
 */
export interface OfferedPort {
  port: number;
  target: number;
  protocol: Protocol;
  name?: string;
  appProtocol?: string;
  /** The published port of a mapping, kept beside its container port. */
  published: boolean;
  /** Where the port was written; for a port only peers name, where the first peer names it. */
  path?: Path;
  /** Why kubepose added a port nothing in the service declares ("EXPOSE 5432 in …"). */
  why?: string;
  /** Added because peers use it, not declared by the service. */
  forPeers?: boolean;
}

/** Addresses that mean "every interface", which is what a Service does anyway. */
const ANY_ADDRESS = new Set(["0.0.0.0", "::", "[::]"]);

/** The edges into each service, filed once per graph: a port's origin is not a scan of every edge of the project. */
const edgesOfGraph = new WeakMap<ConnectionGraph, ReadonlyMap<string, readonly Connection[]>>();
function edgesInto(graph: ConnectionGraph, service: string): readonly Connection[] {
  let edges = edgesOfGraph.get(graph);
  if (edges === undefined) {
    const into = new Map<string, Connection[]>();
    for (const connection of graph.connections) {
      const list = into.get(connection.to);
      if (list === undefined) into.set(connection.to, [connection]);
      else list.push(connection);
    }
    edges = into;
    edgesOfGraph.set(graph, edges);
  }
  return edges.get(service) ?? [];
}

/** Where a port peers use was found, for the field's trace. */
function reachedOrigin(service: Service, reached: ReachedPort, graph: ConnectionGraph): Pick<OfferedPort, "path" | "why"> {
  const into = edgesInto(graph, service.name);
  const edge = into.find((c) => c.port?.port === reached.port) ?? into[0];
  if (reached.source !== undefined) return { why: `EXPOSE ${reached.port} in ${reached.source}: the port '${service.name}' listens on, which its peers use` };
  return edge === undefined ? { why: "a port peers use" } : { path: edge.evidence.path };
}

/** A published port bound to one host address: the Service listens on every interface. */
function reportHostIps(service: Service, collector: Collector): void {
  for (const mapping of service.ports) {
    if (mapping.hostIp !== undefined && !ANY_ADDRESS.has(mapping.hostIp)) {
      collector.report(diagnostic("host-ip", mapping.path, { hostIp: mapping.hostIp, port: mapping.published ?? mapping.target }));
    }
  }
}

/** Container ports first (`ports`, `expose`, the ports peers name), then published ports where they differ. */
export function offeredPorts(service: Service, graph?: ConnectionGraph): OfferedPort[] {
  const offered: OfferedPort[] = [];
  const published: OfferedPort[] = [];
  for (const mapping of service.ports) {
    const port: OfferedPort = { port: mapping.target, target: mapping.target, protocol: mapping.protocol, published: false, path: mapping.path };
    if (mapping.name !== undefined) port.name = mapping.name;
    if (mapping.appProtocol !== undefined) port.appProtocol = mapping.appProtocol;
    offered.push(port);
    if (mapping.published !== undefined && mapping.published !== mapping.target) {
      published.push({ port: mapping.published, target: mapping.target, protocol: mapping.protocol, published: true, path: mapping.path });
    }
  }
  for (const exposed of service.expose) {
    offered.push({ port: exposed.port, target: exposed.port, protocol: exposed.protocol, published: false, path: exposed.path });
  }
  for (const reached of graph?.ports[service.name] ?? []) {
    if (offered.some((port) => port.protocol === "tcp" && port.port === reached.port)) continue;
    offered.push({ port: reached.port, target: reached.port, protocol: "tcp", published: false, forPeers: true, ...reachedOrigin(service, reached, graph ?? { connections: [], aliases: [], ports: {} }) });
  }
  // A published port that is also a container port stays the container port: peers use that one.
  const taken = new Set(offered.map((port) => `${port.protocol}/${port.port}`));
  return [...offered, ...published.filter((port) => !taken.has(`${port.protocol}/${port.port}`))];
}

/**
 * The first TCP port of offeredPorts(service, graph), without building the list: the first TCP mapping's
 * container port, else the first TCP `expose`, else the first port peers use (those are TCP). A published
 * port never comes first: its mapping's container port, of the same protocol, is listed before it.
 * A startup wait asks it for every dependency (tests/convert/networking/first-tcp-port.test.ts).
 */
export function firstOfferedTcpPort(service: Service, graph?: ConnectionGraph): number | undefined {
  for (let index = 0; index < service.ports.length; index++) if (service.ports[index]!.protocol === "tcp") return service.ports[index]!.target;
  for (let index = 0; index < service.expose.length; index++) if (service.expose[index]!.protocol === "tcp") return service.expose[index]!.port;
  for (const reached of graph?.ports[service.name] ?? []) return reached.port;
  return undefined;
}

/** Keeps one entry per port and protocol; the same port sent to two container ports is an error. */
function distinctPorts(offered: OfferedPort[], collector: Collector): OfferedPort[] {
  const kept = new Map<string, OfferedPort>();
  for (const port of offered) {
    const key = `${port.protocol}/${port.port}`;
    const earlier = kept.get(key);
    if (earlier === undefined) kept.set(key, port);
    else if (earlier.target !== port.target) {
      collector.report(diagnostic("port-conflict", port.path ?? [], { port: port.port, protocol: port.protocol, first: earlier.target, second: port.target }));
    }
  }
  return [...kept.values()];
}

/** The long syntax's name when it is a valid port name nobody else uses, else "tcp-8080". */
function servicePorts(ports: OfferedPort[]): IServicePort[] {
  const generated = ports.map((port) => portName(port.protocol, port.port));
  const used = new Set<string>();
  return ports.map((port, index) => {
    const own = port.published ? undefined : port.name?.toLowerCase();
    const name = own !== undefined && isPortName(own) && !used.has(own) && !generated.includes(own) ? own : (generated[index] ?? portName(port.protocol, port.port));
    used.add(name);
    const servicePort: IServicePort = { name, port: port.port, targetPort: port.target, protocol: kubernetesProtocols[port.protocol] };
    if (port.appProtocol !== undefined) servicePort.appProtocol = port.appProtocol;
    return servicePort;
  });
}

const traceOf = (field: Path, port: OfferedPort): FieldTrace => (port.path !== undefined ? tracedTo(field, port.path) : defaultedTo(field, port.why ?? "a port peers use"));

/** Field notes of the ports: which one peers use, and why a published port is there too. */
function portNotes(ports: OfferedPort[]): { field: Path; text: string }[] {
  return ports.flatMap((port, index) => {
    if (port.published) return [noteOn(childField(childField(SPEC_PORTS, index), "port"), `the published port, kept for port-forward and NodePort habits; peers use ${port.target}`)];
    if (port.forPeers === true) return [noteOn(childField(childField(SPEC_PORTS, index), "port"), port.why === undefined ? "a port peers name (kubepose explain service-discovery)" : `peers use it: ${port.why.split(":")[0] ?? port.why}`)];
    return [];
  });
}

/**
 * The service's Service: its `ports` (container port, and the published one where it differs), its
 * `expose`, and every port its peers use. A service nothing reaches and that declares no port gets none.
 * Also the containerPorts of its container, and one Service per alias peers may call.
 */
export function convertPorts(service: Service, workload: string, scope: Scope, collector: Collector, graph?: ConnectionGraph, taken: NameTaken = { has: () => false }): IContainerPort[] {
  reportHostIps(service, collector);
  const ports = distinctPorts(offeredPorts(service, graph), collector);
  if (ports.length === 0 && !wantsHeadless(service)) return [];
  const object: IService = {
    apiVersion: "v1",
    kind: "Service",
    metadata: objectMeta(workload, scope, workload),
    spec: { type: "ClusterIP", selector: selectorLabels(workload), ...(ports.length > 0 ? { ports: servicePorts(ports) } : {}) },
  };
  const explanations: ExplanationId[] = [];
  if (service.ports.length > 0) explanations.push("ports-to-service");
  if (service.expose.length > 0) explanations.push("expose-to-service");
  if (graph !== undefined && edgesInto(graph, service.name).length > 0) explanations.push("service-discovery");
  const outside = applyServiceType(service, object, explanations, collector);
  const fieldNotes = portNotes(ports);
  if (!outside && service.ports.some((mapping) => mapping.published !== undefined)) fieldNotes.push(noteOn(SPEC_TYPE, "reachable inside the cluster only; use a NodePort, LoadBalancer or Ingress from outside"));
  const portTraces = ports.map((port, index) => traceOf(childField(SPEC_PORTS, index), port));
  const traces = [defaultedTo(SPEC_SELECTOR, "kubepose selects the service's pods by app.kubernetes.io/name"), ...serviceTypeTraces(service, object), ...portTraces];
  const source = service.ports.length > 0 ? pathUnder(service.path, "ports") : service.expose.length > 0 ? pathUnder(service.path, "expose") : service.path;
  collector.add({ object: widen(object), source, explanations, fieldNotes, traces });
  if (graph !== undefined && object.spec?.ports !== undefined) aliasServices(service, workload, scope, object.spec.ports, portTraces, graph, collector, taken);

  const containerPorts = new Map<string, IContainerPort>();
  for (const port of ports) {
    const key = `${port.protocol}/${port.target}`;
    if (containerPorts.has(key)) continue;
    const at = childField(childField(CONTAINER, "ports"), containerPorts.size);
    if (port.path !== undefined) collector.trace(at, port.path);
    else collector.defaulted(at, port.why ?? "a port peers use");
    containerPorts.set(key, { containerPort: port.target, protocol: kubernetesProtocols[port.protocol] });
  }
  return [...containerPorts.values()];
}
