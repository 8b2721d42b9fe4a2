import type { KubernetesObject } from "../model/manifest.js";
import { arrayAt, isRecord, stringAt, type Report } from "./object-access.js";

/** Services that open node ports (validation.ValidateService). */
const NODE_PORT_TYPES = new Set(["NodePort", "LoadBalancer"]);

/**
 * A Service's type against its other fields: a headless Service (clusterIP None) must be of type
 * ClusterIP, and only NodePort and LoadBalancer Services may name a nodePort.
 */
export function checkServiceType(object: KubernetesObject, report: Report): void {
  // stringAt and arrayAt read a spec that is not an object as empty: no {} per Service, no closure.
  const spec = object.spec;
  const type = stringAt(spec, "type") ?? "ClusterIP";
  if (stringAt(spec, "clusterIP") === "None" && type !== "ClusterIP") report(["spec", "type"], "headless-type", type);
  if (NODE_PORT_TYPES.has(type)) return;
  const ports = arrayAt(spec, "ports");
  for (let index = 0; index < ports.length; index++) {
    const port = ports[index];
    if (isRecord(port) && port.nodePort !== undefined && port.nodePort !== 0) report(["spec", "ports", index, "nodePort"], "node-port-type", type);
  }
}
