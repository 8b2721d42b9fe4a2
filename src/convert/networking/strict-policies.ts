import type { INetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import type { Connection, ConnectionGraph } from "../../model/connections.js";
import type { ConvertOptions, Manifest } from "../../model/manifest.js";
import type { Project, Service } from "../../model/project.js";
import { defaultedTo, tracedTo, noteOn } from "../shared/collector.js";
import { selectorLabels } from "../shared/labels.js";
import { dnsLabel } from "../shared/names.js";
import { objectMeta, widen, type Scope } from "../shared/object-meta.js";
import { publishedPolicies } from "./network-policies.js";

/** "environment: DATABASE_URL=postgres://…@db:5432/shop": the evidence of an edge, for its comment. */
const evidenceText = ({ evidence }: Connection): string => `${evidence.kind}: ${evidence.text}`.slice(0, 120);

/** The edges between two workloads, one per (from, to, port), first evidence kept; edges inside one pod need no policy. */
function edges(graph: ConnectionGraph, workloadOf: (name: string) => string | undefined): { connection: Connection; from: string; to: string }[] {
  const seen = new Set<string>();
  return graph.connections.flatMap((connection) => {
    const from = workloadOf(connection.from);
    const to = workloadOf(connection.to);
    const key = `${from}>${to}:${connection.port?.port ?? "any"}`;
    if (from === undefined || to === undefined || from === to || seen.has(key)) return [];
    seen.add(key);
    return [{ connection, from, to }];
  });
}

/**
 * --network-policies strict: a default-deny policy for incoming connections in the namespace, one policy
 * per edge of the connection graph (from the pods of one workload to another's, on the port peers use;
 * any port when the graph knows none), commented with the evidence the edge came from, and the published
 * ports open to every source. Outgoing traffic stays open: the graph knows the peers inside the project,
 * not the DNS servers and outside services an app also calls.
 */
export function strictNetworkPolicies(project: Project, workloads: ReadonlyMap<Service, string>, scope: Scope, options: ConvertOptions, graph: ConnectionGraph): Manifest[] {
  if (options.networkPolicies !== true || options.networkPolicyMode !== "strict") return [];
  const denyAll: INetworkPolicy = {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: objectMeta("default-deny-ingress", scope),
    spec: { podSelector: {}, policyTypes: ["Ingress"] },
  };
  const manifests: Manifest[] = [{
    object: widen(denyAll),
    source: [],
    explanations: ["network-policy-edges"],
    fieldNotes: [noteOn(["spec", "podSelector"], "every pod of the namespace: only the policies below let connections in")],
    traces: [defaultedTo(["spec"], "--network-policies strict: nothing comes in that the connection graph does not show")],
  }];
  const byName = new Map(project.services.map((service) => [service.name, service]));
  const workloadOf = (name: string) => { const service = byName.get(name); return service === undefined ? undefined : workloads.get(service); };
  for (const { connection, from, to } of edges(graph, workloadOf)) {
    const port = connection.port;
    const policy: INetworkPolicy = {
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata: objectMeta(dnsLabel(`${to}-from-${from}${port === undefined ? "" : `-${port.port}`}`), scope, to),
      spec: {
        podSelector: { matchLabels: selectorLabels(to) },
        policyTypes: ["Ingress"],
        ingress: [{ from: [{ podSelector: { matchLabels: selectorLabels(from) } }], ...(port === undefined ? {} : { ports: [{ port: port.port, protocol: "TCP" }] }) }],
      },
    };
    const where = connection.evidence.file === undefined ? "" : ` (${connection.evidence.file.file}:${connection.evidence.file.line})`;
    manifests.push({
      object: widen(policy),
      source: connection.evidence.path,
      explanations: ["network-policy-edges"],
      fieldNotes: [{ field: ["spec", "ingress", 0, "from"], text: `${connection.from} reaches ${connection.name}: ${evidenceText(connection)}${where}` }],
      traces: [tracedTo(["spec"], connection.evidence.path)],
    });
  }
  return [...manifests, ...publishedPolicies(project, workloads, scope)];
}
