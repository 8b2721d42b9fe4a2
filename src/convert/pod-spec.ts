import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import { diagnostic } from "../diagnostics/codes.js";
import type { Project, Service } from "../normalize/model.js";
import type { Collector } from "./collector.js";
import { convertContainer } from "./container.js";
import { convertEnvironment } from "./environment.js";
import { mountFileReferences } from "./file-objects.js";
import { convertHostAliases } from "./host-aliases.js";
import type { ConvertOptions } from "./manifest.js";
import { isHostnameLabel } from "./names.js";
import type { Scope } from "./object-meta.js";
import { PodVolumes } from "./pod-volumes.js";
import { wholeSeconds } from "./quantities.js";
import { convertPorts } from "./service.js";
import { convertVolumes, type MountContext } from "./volumes.js";

/**
 * The pod of one service: one container, its volumes, and the pod-wide settings. The call order here is
 * the order of the service's extra objects: Service, environment ConfigMap and Secret, bound files.
 */
export function convertPodSpec(project: Project, service: Service, workload: string, scope: Scope, collector: Collector, options: ConvertOptions = {}, mountOptions: Pick<MountContext, "kind" | "subPath"> = {}): IPodSpec {
  const ports = convertPorts(service, workload, scope, collector);
  const environment = convertEnvironment(service, workload, scope, collector);
  const volumes = new PodVolumes();
  convertVolumes({ service, project, workload, scope, volumes, collector, ...mountOptions });
  mountFileReferences(service, "config", volumes, collector);
  mountFileReferences(service, "secret", volumes, collector);

  const container = convertContainer(service, workload, { ports, environment, mounts: volumes.mounts }, collector);
  const spec: IPodSpec = { containers: [container] };
  if (volumes.volumes.length > 0) spec.volumes = volumes.volumes;
  const hostAliases = convertHostAliases(service, collector);
  if (hostAliases.length > 0) spec.hostAliases = hostAliases;
  if (service.hostname !== undefined) {
    if (isHostnameLabel(service.hostname)) {
      spec.hostname = service.hostname;
      collector.explain("hostname");
    } else collector.report(diagnostic("hostname-invalid", [...service.path, "hostname"], { hostname: service.hostname }));
  }
  if (service.stopGracePeriodSeconds !== undefined) {
    spec.terminationGracePeriodSeconds = wholeSeconds(service.stopGracePeriodSeconds, 0);
    collector.explain("stop-grace-period");
  }
  return spec;
}
