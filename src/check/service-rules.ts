import type { KubernetesObject } from "../model/manifest.js";
import { isDns1123Label, isIanaServiceName, isPortNumber } from "../model/kubernetes-names.js";
import { arrayAt, duplicates, isRecord, stringAt, type Report } from "./object-access.js";

/**
 * A Service's ports (validateServicePort in pkg/apis/core/validation): valid numbers, each (port,
 * protocol) once; names are DNS-1123 labels (up to 63 characters, not the 15 of a container port's
 * IANA_SVC_NAME), unique, and required as soon as there is more than one port; a target port is a
 * number or a container port's name (IANA_SVC_NAME).
 */
export function checkServicePorts(object: KubernetesObject, report: Report): void {
  const ports = arrayAt(object.spec, "ports");
  // Indexed, and paths built only for a finding: a clean Service allocates nothing here.
  for (let index = 0; index < ports.length; index++) {
    const port = ports[index];
    if (!isRecord(port)) continue;
    const name = stringAt(port, "name");
    if (name === undefined && ports.length > 1) report(["spec", "ports", index], "service-port-name-required", port.port);
    if (name !== undefined && !isDns1123Label(name)) report(["spec", "ports", index, "name"], "service-port-name", name);
    if (port.port !== undefined && !isPortNumber(port.port)) report(["spec", "ports", index, "port"], "port-number", port.port);
    // 0 lets the cluster pick a node port; otherwise it is a port number (the range is a cluster setting).
    if (port.nodePort !== undefined && port.nodePort !== 0 && !isPortNumber(port.nodePort)) report(["spec", "ports", index, "nodePort"], "port-number", port.nodePort);
    const target = port.targetPort;
    const validTarget = typeof target === "string" ? isIanaServiceName(target) : target === undefined || isPortNumber(target);
    if (!validTarget) report(["spec", "ports", index, "targetPort"], "target-port", target);
  }
  duplicates(ports.length, (index) => stringAt(ports[index], "name"), (index, name) => report(["spec", "ports", index, "name"], "duplicate-port-name", name));
  duplicates(
    ports.length,
    (index) => {
      const port = ports[index];
      return isRecord(port) && typeof port.port === "number" ? `${port.port}/${stringAt(port, "protocol") ?? "TCP"}` : undefined;
    },
    (index, key) => report(["spec", "ports", index, "port"], "duplicate-service-port", key),
  );
}
