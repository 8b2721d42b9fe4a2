import type { IService } from "kubernetes-models/v1/Service";
import { diagnostic } from "../../diagnostics/codes.js";
import type { Service } from "../../model/project.js";
import { defaultedTo, tracedTo, type Collector } from "../shared/collector.js";
import type { FieldTrace } from "../../model/manifest.js";
import type { ExplanationId } from "../../model/explanation-ids.generated.js";
import { komposeLabel, type ServiceKind } from "../kompose-labels.js";
import { SPEC_TYPE } from "../shared/object-fields.js";

const label = (service: Service, key: string): (string | number)[] => [...service.path, "labels", key];

/** kompose.service.type, else headless for `deploy.endpoint_mode: dnsrr` (DNS round robin, no virtual IP), else ClusterIP. */
export function serviceKind(service: Service): ServiceKind {
  return komposeLabel(service.labels, "kompose.service.type") ?? (service.endpointMode?.mode === "dnsrr" ? "Headless" : "ClusterIP");
}

/** A headless Service needs no ports (DNS answers with the pods' addresses), so one is written even without them. */
export const wantsHeadless = (service: Service): boolean => serviceKind(service) === "Headless";

/**
 * Where the type, clusterIP, nodePort and externalTrafficPolicy of a shaped Service came from: the
 * kompose.service.* labels, deploy.endpoint_mode, or kubepose's default ClusterIP.
 */
export function serviceTypeTraces(service: Service, object: IService): FieldTrace[] {
  const spec = object.spec ?? {};
  const typeLabel = komposeLabel(service.labels, "kompose.service.type") !== undefined ? label(service, "kompose.service.type") : undefined;
  const traces: FieldTrace[] = [];
  const kindField = spec.clusterIP === "None" ? ["spec", "clusterIP"] : SPEC_TYPE;
  if (typeLabel !== undefined) traces.push(tracedTo(kindField, typeLabel));
  else if (service.endpointMode?.mode === "dnsrr") traces.push(tracedTo(kindField, service.endpointMode.path));
  else traces.push(defaultedTo(kindField, "ClusterIP: reachable inside the cluster, like Compose's own network"));
  if (spec.ports?.[0]?.nodePort !== undefined) traces.push(tracedTo(["spec", "ports", 0, "nodePort"], label(service, "kompose.service.nodeport.port")));
  if (spec.externalTrafficPolicy !== undefined) traces.push(tracedTo(["spec", "externalTrafficPolicy"], label(service, "kompose.service.external-traffic-policy")));
  return traces;
}

/** The API server's default --service-node-port-range. */
const DEFAULT_NODE_PORTS = { min: 30000, max: 32767 };

/**
 * Shapes the service's Service from kompose.service.type, .nodeport.port and .external-traffic-policy:
 *   kompose.service.type: nodeport, kompose.service.nodeport.port: "30080" → type NodePort, ports[0].nodePort 30080
 * Returns whether the Service is reachable from outside the cluster.
 */
export function applyServiceType(service: Service, object: IService, explanations: ExplanationId[], collector: Collector): boolean {
  const spec = object.spec ?? {};
  object.spec = spec;
  const kind = serviceKind(service);
  const written = komposeLabel(service.labels, "kompose.service.type") !== undefined || service.endpointMode?.mode === "dnsrr";
  if (kind === "Headless") spec.clusterIP = "None";
  else spec.type = kind;
  const outside = kind === "NodePort" || kind === "LoadBalancer";
  const nodePort = komposeLabel(service.labels, "kompose.service.nodeport.port");
  const [first, ...others] = spec.ports ?? [];
  if (nodePort !== undefined) {
    // One Compose mapping may give two Service ports (container and published) to one targetPort.
    if (!outside || first === undefined || others.some((other) => other.targetPort !== first.targetPort)) {
      collector.report(diagnostic("nodeport-port-ignored", label(service, "kompose.service.nodeport.port"), { service: service.name, ports: (spec.ports ?? []).length, kind }));
    } else {
      // On the published port when it differs from the container port (8080:80 → the 8080 entry).
      const target = spec.ports?.find((port) => port.port !== port.targetPort) ?? first;
      target.nodePort = nodePort;
      // The API server refuses a port outside its --service-node-port-range, 30000-32767 unless changed.
      if (nodePort < DEFAULT_NODE_PORTS.min || nodePort > DEFAULT_NODE_PORTS.max) {
        collector.report(diagnostic("nodeport-range", label(service, "kompose.service.nodeport.port"), { service: service.name, port: nodePort, ...DEFAULT_NODE_PORTS }));
      }
    }
  }
  const policy = komposeLabel(service.labels, "kompose.service.external-traffic-policy");
  if (policy !== undefined) {
    if (outside) spec.externalTrafficPolicy = policy;
    else collector.report(diagnostic("traffic-policy-ignored", label(service, "kompose.service.external-traffic-policy"), { service: service.name, kind }));
  }
  if (written || nodePort !== undefined || policy !== undefined) explanations.push("service-type");
  return outside;
}
