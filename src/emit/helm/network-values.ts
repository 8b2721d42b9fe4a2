import type { Manifest } from "../../model/manifest.js";
import { composeService, fieldAt, traceOf, type FieldTemplate } from "./slots.js";

/** Service types a value may switch between; a headless Service (clusterIP: None) keeps its type. */
const switchableTypes = new Set(["ClusterIP", "NodePort", "LoadBalancer"]);

/** A Service's type and the port number of each of its ports. */
export function serviceFields(manifest: Manifest): FieldTemplate[] {
  if (manifest.object.kind !== "Service") return [];
  const spec = (manifest.object.spec ?? {}) as { type?: string; clusterIP?: string; ports?: { name?: string; port?: number }[] };
  const service = composeService(manifest);
  const name = manifest.object.metadata.name;
  const fields: FieldTemplate[] = [];
  if (spec.type !== undefined && switchableTypes.has(spec.type) && spec.clusterIP !== "None") {
    fields.push({
      field: ["spec", "type"],
      render: { kind: "string" },
      slot: {
        valuePath: ["services", service, "service", "type"],
        value: spec.type,
        description: `Type of the ${name} Service: ClusterIP (inside the cluster), NodePort or LoadBalancer`,
        from: traceOf(manifest, ["spec", "type"]),
        topic: "service-type",
      },
    });
  }
  (spec.ports ?? []).forEach((port, index) => {
    if (port.name === undefined || port.port === undefined) return;
    fields.push({
      field: ["spec", "ports", index, "port"],
      render: { kind: "scalar" },
      slot: {
        valuePath: ["services", service, "service", "ports", port.name],
        value: port.port,
        description: `Port the ${name} Service listens on for its port ${port.name}`,
        from: traceOf(manifest, ["spec", "ports", index, "port"]),
        topic: "ports-to-service",
      },
    });
  });
  return fields;
}

/** An Ingress: each rule's host and the TLS list. */
export function ingressFields(manifest: Manifest): FieldTemplate[] {
  if (manifest.object.kind !== "Ingress") return [];
  const service = composeService(manifest);
  const rules = (fieldAt(manifest.object, ["spec", "rules"]) ?? []) as { host?: string }[];
  const tls = fieldAt(manifest.object, ["spec", "tls"]);
  const fields: FieldTemplate[] = rules.flatMap((rule, index): FieldTemplate[] =>
    rule.host === undefined
      ? []
      : [
          {
            field: ["spec", "rules", index, "host"],
            render: { kind: "string" },
            slot: {
              valuePath: ["services", service, "ingress", "hosts", index],
              value: rule.host,
              description: `Host name of rule ${index + 1} of the ${manifest.object.metadata.name} Ingress`,
              from: traceOf(manifest, ["spec", "rules", index, "host"]),
              topic: "ingress",
            },
          },
        ],
  );
  fields.push({
    field: ["spec", "tls"],
    render: { kind: "block" },
    ...(tls === undefined ? { optional: true } : {}),
    slot: {
      valuePath: ["services", service, "ingress", "tls"],
      value: tls ?? [],
      description: "TLS of the Ingress: a list of { hosts, secretName } ([] for plain HTTP)",
      from: tls === undefined ? "default: no TLS in Compose" : traceOf(manifest, ["spec", "tls"]),
      topic: "ingress",
    },
  });
  return fields;
}
