import type { IIngress } from "kubernetes-models/networking.k8s.io/v1/Ingress";
import type { IIngressRule } from "kubernetes-models/networking.k8s.io/v1/IngressRule";
import { diagnostic } from "../../diagnostics/codes.js";
import type { Service } from "../../model/project.js";
import { defaultedTo, tracedTo, noteOn, type Collector } from "../shared/collector.js";
import { komposeLabel } from "../kompose-labels.js";
import { objectMeta, widen, type Scope } from "../shared/object-meta.js";

type ServicePort = { name?: string; port: number };

/**
 * `kompose.service.expose` → an Ingress routing each host (and path) to the first port of the service's
 * Service, as Kompose does:
 *   "shop.example.com,shop.example.com/api" → one rule for shop.example.com with paths / and /api
 *   "true" → one rule without a host (any host)
 * `.tls-secret` adds TLS for the named hosts, `.ingress-class-name` picks the controller.
 */
export function convertIngress(service: Service, workload: string, scope: Scope, collector: Collector): void {
  const labels = [...service.path, "labels"];
  const hosts = komposeLabel(service.labels, "kompose.service.expose");
  const tlsSecret = komposeLabel(service.labels, "kompose.service.expose.tls-secret");
  const className = komposeLabel(service.labels, "kompose.service.expose.ingress-class-name");
  if (hosts === undefined || hosts.length === 0) {
    for (const key of ["kompose.service.expose.tls-secret", "kompose.service.expose.ingress-class-name"] as const) {
      if (service.labels[key] !== undefined) collector.report(diagnostic("expose-label-alone", [...labels, key], { label: key }));
    }
    return;
  }
  const own = collector.manifests.find((manifest) => manifest.object.kind === "Service" && manifest.object.metadata.name === workload);
  const port = ((own?.object.spec as { ports?: ServicePort[] } | undefined)?.ports ?? [])[0];
  if (port === undefined) {
    collector.report(diagnostic("expose-without-port", [...labels, "kompose.service.expose"], { service: service.name }));
    return;
  }
  const backend = { service: { name: workload, port: port.name !== undefined ? { name: port.name } : { number: port.port } } };
  const rules: IIngressRule[] = [];
  for (const { host, path } of hosts) {
    let rule = rules.find((candidate) => candidate.host === host);
    if (rule === undefined) {
      rule = host === undefined ? { http: { paths: [] } } : { host, http: { paths: [] } };
      rules.push(rule);
    }
    if (rule.http?.paths.some((existing) => existing.path === path) !== true) rule.http?.paths.push({ path, pathType: "Prefix", backend });
  }
  const tlsHosts = rules.flatMap((rule) => (rule.host === undefined ? [] : [rule.host]));
  const ingress: IIngress = {
    apiVersion: "networking.k8s.io/v1",
    kind: "Ingress",
    metadata: objectMeta(workload, scope, workload),
    spec: {
      ...(className === undefined ? {} : { ingressClassName: className }),
      ...(tlsSecret === undefined ? {} : { tls: [{ ...(tlsHosts.length > 0 ? { hosts: tlsHosts } : {}), secretName: tlsSecret }] }),
      rules,
    },
  };
  const fieldNotes = [noteOn(["spec", "rules"], "needs an ingress controller in the cluster; routes HTTP only")];
  const exposeLabel = [...labels, "kompose.service.expose"];
  const traces = [
    tracedTo(["spec", "rules"], exposeLabel),
    ...rules.flatMap((rule, index) => (rule.http?.paths ?? []).map((_, at) => defaultedTo(["spec", "rules", index, "http", "paths", at, "backend"], "the first port of the service's Service"))),
    ...rules.flatMap((rule, index) => (rule.http?.paths ?? []).map((_, at) => defaultedTo(["spec", "rules", index, "http", "paths", at, "pathType"], "Prefix: the path and everything under it, as Kompose does"))),
    ...(className === undefined ? [] : [tracedTo(["spec", "ingressClassName"], [...labels, "kompose.service.expose.ingress-class-name"])]),
    ...(tlsSecret === undefined ? [] : [tracedTo(["spec", "tls"], [...labels, "kompose.service.expose.tls-secret"])]),
  ];
  collector.add({ object: widen(ingress), source: exposeLabel, explanations: ["ingress"], fieldNotes, traces });
}
