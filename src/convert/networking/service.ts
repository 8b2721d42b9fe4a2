import type { IContainerPort } from "kubernetes-models/v1/ContainerPort";
import type { IService } from "kubernetes-models/v1/Service";
import type { IServicePort } from "kubernetes-models/v1/ServicePort";
import { diagnostic } from "../../diagnostics/codes.js";
import type { Path } from "../../diagnostics/types.js";
import type { Protocol, Service } from "../../model/project.js";
import { CONTAINER, defaultedTo, tracedTo, type Collector } from "../shared/collector.js";
import type { ExplanationId } from "../../model/explanation-ids.generated.js";
import { selectorLabels } from "../shared/labels.js";
import { isPortName, portName } from "../shared/names.js";
import { objectMeta, widen, type Scope } from "../shared/object-meta.js";
import { kubernetesProtocols } from "./protocols.js";
import { applyServiceType, serviceTypeTraces, wantsHeadless } from "./service-type.js";

/** One port the Service offers: "8080:80" → { port: 8080, target: 80 }; expose "9000" → { port: 9000, target: 9000 }. */
export interface OfferedPort {
  port: number;
  target: number;
  protocol: Protocol;
  name?: string;
  appProtocol?: string;
  published: boolean;
  path: Path;
}

/** Addresses that mean "every interface", which is what a Service does anyway. */
const ANY_ADDRESS = new Set(["0.0.0.0", "::", "[::]"]);

export function offeredPorts(service: Service, collector: Collector): OfferedPort[] {
  const offered: OfferedPort[] = [];
  for (const mapping of service.ports) {
    if (mapping.hostIp !== undefined && !ANY_ADDRESS.has(mapping.hostIp)) {
      collector.report(diagnostic("host-ip", mapping.path, { hostIp: mapping.hostIp, port: mapping.published ?? mapping.target }));
    }
    const port: OfferedPort = { port: mapping.published ?? mapping.target, target: mapping.target, protocol: mapping.protocol, published: mapping.published !== undefined, path: mapping.path };
    if (mapping.name !== undefined) port.name = mapping.name;
    if (mapping.appProtocol !== undefined) port.appProtocol = mapping.appProtocol;
    offered.push(port);
  }
  for (const exposed of service.expose) {
    offered.push({ port: exposed.port, target: exposed.port, protocol: exposed.protocol, published: false, path: exposed.path });
  }
  return offered;
}

/** Keeps one entry per port and protocol; the same port sent to two container ports is an error. */
function distinctPorts(offered: OfferedPort[], collector: Collector): OfferedPort[] {
  const kept = new Map<string, OfferedPort>();
  for (const port of offered) {
    const key = `${port.protocol}/${port.port}`;
    const earlier = kept.get(key);
    if (earlier === undefined) kept.set(key, port);
    else if (earlier.target !== port.target) {
      collector.report(diagnostic("port-conflict", port.path, { port: port.port, protocol: port.protocol, first: earlier.target, second: port.target }));
    }
  }
  return [...kept.values()];
}

/** The long syntax's name when it is a valid port name nobody else uses, else "tcp-8080". */
function servicePorts(ports: OfferedPort[]): IServicePort[] {
  const generated = ports.map((port) => portName(port.protocol, port.port));
  const used = new Set<string>();
  return ports.map((port, index) => {
    const own = port.name?.toLowerCase();
    const name = own !== undefined && isPortName(own) && !used.has(own) && !generated.includes(own) ? own : (generated[index] ?? portName(port.protocol, port.port));
    used.add(name);
    const servicePort: IServicePort = { name, port: port.port, targetPort: port.target, protocol: kubernetesProtocols[port.protocol] };
    if (port.appProtocol !== undefined) servicePort.appProtocol = port.appProtocol;
    return servicePort;
  });
}

/**
 * `ports` and `expose` → a ClusterIP Service named after the service, and the containerPorts of its
 * container. TCP and UDP on the same number stay two ports ("53/tcp", "53/udp" → tcp-53, udp-53).
 */
export function convertPorts(service: Service, workload: string, scope: Scope, collector: Collector): IContainerPort[] {
  const ports = distinctPorts(offeredPorts(service, collector), collector);
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
  const outside = applyServiceType(service, object, explanations, collector);
  const fieldNotes = !outside && ports.some((port) => port.published)
    ? [{ field: ["spec", "type"], text: "reachable inside the cluster only; use a NodePort, LoadBalancer or Ingress from outside" }]
    : [];
  const traces = [
    defaultedTo(["spec", "selector"], "kubepose selects the service's pods by app.kubernetes.io/name"),
    ...serviceTypeTraces(service, object),
    ...ports.map((port, index) => tracedTo(["spec", "ports", index], port.path)),
  ];
  collector.add({ object: widen(object), source: [...service.path, service.ports.length > 0 ? "ports" : "expose"], explanations, fieldNotes, traces });

  const containerPorts = new Map<string, IContainerPort>();
  for (const port of ports) {
    const key = `${port.protocol}/${port.target}`;
    if (containerPorts.has(key)) continue;
    collector.trace([...CONTAINER, "ports", containerPorts.size], port.path);
    containerPorts.set(key, { containerPort: port.target, protocol: kubernetesProtocols[port.protocol] });
  }
  return [...containerPorts.values()];
}
