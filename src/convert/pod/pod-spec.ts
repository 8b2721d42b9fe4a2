import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import { diagnostic } from "../../diagnostics/codes.js";
import type { Project, Service } from "../../model/project.js";
import { CONTAINER, POD_SPEC, type Collector } from "../shared/collector.js";
import { convertContainer } from "./container.js";
import { containerName } from "./container-name.js";
import { convertEnvironment } from "../configuration/environment.js";
import { secretReferences } from "../configuration/secret-references.js";
import { mountFileReferences } from "../configuration/file-objects.js";
import { convertHostAliases } from "../networking/host-aliases.js";
import type { ConvertOptions } from "../../model/manifest.js";
import { isHostnameLabel } from "../shared/names.js";
import type { Scope } from "../shared/object-meta.js";
import type { PodContext } from "../shared/pod-context.js";
import { convertPodDetails, initContainers } from "./pod-details.js";
import { PodVolumes } from "../shared/pod-volumes.js";
import { wholeSeconds } from "../../model/quantities.js";
import { convertPorts } from "../networking/service.js";
import { convertSharedMemory } from "../storage/shared-memory.js";
import { convertVolumes, type MountContext } from "../storage/volumes.js";

/**
 * The pod of one service: one container, its volumes, and the pod-wide settings. The call order here is
 * the order of the service's extra objects: Service, environment ConfigMap and Secret, bound files.
 */
export function convertPodSpec(project: Project, service: Service, workload: string, scope: Scope, collector: Collector, options: ConvertOptions = {}, mountOptions: Pick<MountContext, "kind" | "subPath"> = {}): IPodSpec {
  const context: PodContext = { project, service, workload, options, collector };
  const ports = convertPorts(service, workload, scope, collector);
  const secrets = secretReferences(project, service);
  for (const secret of secrets.inClear) collector.report(diagnostic("secret-in-clear", secret.path, { variable: secret.variable }));
  const environment = convertEnvironment(service, workload, scope, collector, secrets);
  const volumes = new PodVolumes();
  convertVolumes({ service, project, workload, scope, volumes, collector, ...mountOptions });
  mountFileReferences(project, service, "config", volumes, collector);
  mountFileReferences(project, service, "secret", volumes, collector);
  convertSharedMemory(context, volumes);

  const container = convertContainer(service, containerName(service, workload, collector), { ports, environment, mounts: volumes.mounts, secrets }, collector);
  const init = initContainers(context, container);
  const spec: IPodSpec = init.length > 0 ? { initContainers: init, containers: [container] } : { containers: [container] };
  if (volumes.volumes.length > 0) spec.volumes = volumes.volumes;
  volumes.volumeSources.forEach((from, index) => collector.trace([...POD_SPEC, "volumes", index], from));
  volumes.mountSources.forEach((from, index) => collector.trace([...CONTAINER, "volumeMounts", index], from));
  const hostAliases = convertHostAliases(service, collector);
  if (hostAliases.length > 0) spec.hostAliases = hostAliases;
  if (service.hostname !== undefined) {
    if (isHostnameLabel(service.hostname)) {
      spec.hostname = service.hostname;
      collector.trace([...POD_SPEC, "hostname"], [...service.path, "hostname"]);
      collector.explain("hostname");
    } else collector.report(diagnostic("hostname-invalid", [...service.path, "hostname"], { hostname: service.hostname }));
  }
  if (service.stopGracePeriodSeconds !== undefined) {
    spec.terminationGracePeriodSeconds = wholeSeconds(service.stopGracePeriodSeconds, 0);
    collector.trace([...POD_SPEC, "terminationGracePeriodSeconds"], [...service.path, "stop_grace_period"]);
    collector.explain("stop-grace-period");
  }
  convertPodDetails(spec, container, context);
  return spec;
}
