import type { IService } from "kubernetes-models/v1/Service";
import type { IServicePort } from "kubernetes-models/v1/ServicePort";
import { diagnostic } from "../../diagnostics/codes.js";
import type { ConnectionGraph, HostName } from "../../model/connections.js";
import type { FieldTrace } from "../../model/manifest.js";
import type { Service } from "../../model/project.js";
import { defaultedTo, type Collector } from "../shared/collector.js";
import { selectorLabels } from "../shared/labels.js";
import { dnsLabel, isDnsLabel } from "../shared/names.js";
import { objectMeta, widen, type Scope } from "../shared/object-meta.js";
import { SPEC_SELECTOR, SPEC_TYPE } from "../shared/object-fields.js";

/** Why an alias cannot name a Service, or undefined when it can. */
/** The names other services' objects already take (a Set, or a view of one without the service's own). */
export interface NameTaken {
  has(name: string): boolean;
}

function whyNot(alias: string, taken: NameTaken): string | undefined {
  if (taken.has(alias)) return `another service's objects are already called '${alias}'`;
  if (alias.includes(".")) return `it contains '.', and inside the cluster '${alias}' would mean the Service '${alias.split(".")[0] ?? alias}' in the namespace '${alias.split(".")[1] ?? ""}'`;
  if (!isDnsLabel(alias)) return "a Service name is a DNS-1035 label: lowercase letters, digits and '-', starting with a letter, at most 63 characters";
  return undefined;
}

/** Each service's aliases, filed once per graph (not a scan of every alias of the project for each service). */
const aliasesOfGraph = new WeakMap<ConnectionGraph, ReadonlyMap<string, readonly HostName[]>>();
function aliasesOf(graph: ConnectionGraph): ReadonlyMap<string, readonly HostName[]> {
  let byService = aliasesOfGraph.get(graph);
  if (byService === undefined) {
    const filed = new Map<string, HostName[]>();
    for (const alias of graph.aliases) {
      const list = filed.get(alias.service);
      if (list === undefined) filed.set(alias.service, [alias]);
      else list.push(alias);
    }
    byService = filed;
    aliasesOfGraph.set(graph, byService);
  }
  return byService;
}

/**
 * Network aliases, links aliases and container_name are names peers call in Compose. Each becomes one
 * more Service with the same selector and ports, so the name resolves in the cluster; a name that
 * cannot be a Service name is a warning that says why and what to use instead.
 */
export function aliasServices(service: Service, workload: string, scope: Scope, ports: IServicePort[], portTraces: FieldTrace[], graph: ConnectionGraph, collector: Collector, taken: NameTaken): void {
  const done = new Set<string>([workload]);
  for (const alias of aliasesOf(graph).get(service.name) ?? []) {
    const name = alias.name.toLowerCase();
    if (done.has(name) || name === dnsLabel(service.name)) continue;
    done.add(name);
    const reason = whyNot(name, taken);
    if (reason !== undefined) {
      collector.report(diagnostic("alias-not-service", alias.path, { service: service.name, alias: alias.name, reason }));
      continue;
    }
    const object: IService = {
      apiVersion: "v1",
      kind: "Service",
      metadata: objectMeta(name, scope, workload),
      spec: { type: "ClusterIP", selector: selectorLabels(workload), ports: ports.map((port) => ({ ...port })) },
    };
    const why = `'${alias.name}' is a name '${service.name}' answers to in Compose (${alias.kind.replace("-", " ")})`;
    const traces = [defaultedTo(SPEC_TYPE, "ClusterIP: the alias answers inside the cluster"), defaultedTo(SPEC_SELECTOR, why), ...portTraces];
    const fieldNotes = [{ field: ["metadata", "name"], text: `a second name for '${workload}': same pods, same ports` }];
    collector.add({ object: widen(object), source: alias.path, explanations: ["service-discovery"], fieldNotes, traces });
  }
}
