import type { INetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import type { Project, Service } from "../../model/project.js";
import { defaultedTo, tracedTo, noteOn, type Collector } from "../shared/collector.js";
import { komposeLabel } from "../kompose-labels.js";
import { selectorLabels } from "../shared/labels.js";
import type { ConvertOptions, Manifest } from "../../model/manifest.js";
import { dnsLabel } from "../shared/names.js";
import { objectMeta, widen, type Scope } from "../shared/object-meta.js";
import { kubernetesProtocols } from "./protocols.js";

/** The label that marks a pod as a member of a Compose network: network.kubepose.dev/backend: "true". */
const networkLabel = (network: string): string => `network.kubepose.dev/${dnsLabel(network)}`;

/**
 * The Compose networks of a service: those under `networks`, or `default` when none is written, as
 * Compose attaches such services to the project's default network. A service with network_mode joins
 * no network of its own.
 */
function networksOf(service: Service): string[] {
  if (service.networkMode !== undefined) return [];
  return service.networks.length > 0 ? service.networks.map((network) => network.name) : ["default"];
}

/** With --network-policies: the labels that put the service's pods on its networks. */
export function networkLabels(service: Service, options: ConvertOptions): Record<string, string> {
  if (options.networkPolicies !== true || options.networkPolicyMode === "strict") return {};
  return Object.fromEntries(networksOf(service).map((network) => [networkLabel(network), "true"]));
}

const DEFAULT_NETWORK = "Compose puts a service without networks on the default network";

/** The network labels of the pod template, each traced to the service's `networks` entry (or the default network). */
export function traceNetworkLabels(service: Service, options: ConvertOptions, collector: Collector): void {
  if (options.networkPolicies !== true || options.networkPolicyMode === "strict" || service.networkMode !== undefined) return;
  const at = ["spec", "template", "metadata", "labels"];
  if (service.networks.length === 0) {
    collector.defaulted([...at, networkLabel("default")], DEFAULT_NETWORK);
    return;
  }
  for (const network of service.networks) {
    // Normalize lists the implied default network with the service's own path.
    if (network.path.length === service.path.length) collector.defaulted([...at, networkLabel(network.name)], DEFAULT_NETWORK);
    else collector.trace([...at, networkLabel(network.name)], network.path);
  }
}

/**
 * With --network-policies, one NetworkPolicy per Compose network that a service joins: its pods accept
 * connections from pods of the same network only. Policies add up, so a pod on two networks accepts
 * both. A service with published ports (or an Ingress) also gets a policy that opens those ports to
 * everyone, since Compose makes them reachable from outside. Ingress only: outgoing traffic stays open.
 */
export function convertNetworkPolicies(project: Project, workloads: ReadonlyMap<Service, string>, scope: Scope, options: ConvertOptions): Manifest[] {
  if (options.networkPolicies !== true) return [];
  if (options.networkPolicyMode === "strict") return [];
  const networks = [...new Set(project.services.flatMap(networksOf))].sort();
  const manifests: Manifest[] = networks.map((network) => {
    const members = { matchLabels: { [networkLabel(network)]: "true" } };
    const policy: INetworkPolicy = {
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata: objectMeta(dnsLabel(`network-${network}`), scope),
      spec: { podSelector: members, policyTypes: ["Ingress"], ingress: [{ from: [{ podSelector: members }] }] },
    };
    const definition = project.networks[network];
    const traces = [defaultedTo(["spec"], `admits connections from the pods of network ${network} only (--network-policies)`)];
    return { object: widen(policy), source: definition?.path ?? ["networks", network], explanations: ["network-policies"], fieldNotes: [], traces };
  });
  return [...manifests, ...publishedPolicies(project, workloads, scope)];
}

/**
 * A policy per service with published ports (or an Ingress), opening those ports to every source, as
 * Compose makes them reachable from outside. Both modes write them.
 */
export function publishedPolicies(project: Project, workloads: ReadonlyMap<Service, string>, scope: Scope): Manifest[] {
  const manifests: Manifest[] = [];
  for (const service of project.services) {
    // Published ports, and the port an Ingress sends to (the first one), which the ingress controller must reach.
    const exposed = (komposeLabel(service.labels, "kompose.service.expose") ?? []).length > 0;
    const first = service.ports[0] ?? service.expose[0];
    const published = [
      ...service.ports.filter((port) => port.published !== undefined),
      ...(exposed && first !== undefined ? [{ target: "target" in first ? first.target : first.port, protocol: first.protocol }] : []),
    ];
    const workload = workloads.get(service);
    if (published.length === 0 || workload === undefined) continue;
    const byPort = new Map(published.map((port) => [`${port.protocol}/${port.target}`, { port: port.target, protocol: kubernetesProtocols[port.protocol], source: "path" in port ? port.path : [...service.path, "labels", "kompose.service.expose"] }]));
    const ports = [...byPort.values()].map(({ port, protocol }) => ({ port, protocol }));
    const traces = [
      defaultedTo(["spec"], "published ports are open to every source, as on the Docker host"),
      ...[...byPort.values()].map(({ source }, index) => tracedTo(["spec", "ingress", 0, "ports", index], source)),
    ];
    const policy: INetworkPolicy = {
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata: objectMeta(dnsLabel(`${workload}-published`), scope, workload),
      spec: { podSelector: { matchLabels: selectorLabels(workload) }, policyTypes: ["Ingress"], ingress: [{ ports }] },
    };
    manifests.push({ object: widen(policy), source: [...service.path, "ports"], explanations: ["network-policies"], fieldNotes: [noteOn(["spec", "ingress"], "published (or Ingress) ports: open to every source, as on the Docker host")], traces });
  }
  return manifests;
}
