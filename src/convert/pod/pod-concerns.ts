import { diagnostic } from "../../diagnostics/codes.js";
import { CONTAINER, POD_SPEC, childField } from "../shared/collector.js";
import { convertContainer } from "./container.js";
import { containerName } from "./container-name.js";
import { convertEnvironment } from "../configuration/environment.js";
import { mountFileReferences } from "../configuration/file-objects.js";
import { convertHostAliases } from "../networking/host-aliases.js";
import { convertDns, convertDomainname } from "../networking/pod-dns.js";
import { isHostnameLabel } from "../shared/names.js";
import type { PodContext, PodDraft } from "../shared/pod-context.js";
import { wholeSeconds } from "../../model/quantities.js";
import { convertPorts } from "../networking/service.js";
import { dnsLabel } from "../shared/names.js";
import type { Project } from "../../model/project.js";
import { convertSharedMemory } from "../storage/shared-memory.js";
import { convertVolumes } from "../storage/volumes.js";
import { convertGpus } from "./gpus.js";
import { convertHostNamespaces } from "./host-namespaces.js";
import { convertImagePull } from "./image-pull.js";
import { convertJobAccess } from "./job-access.js";
import { komposeInitContainers } from "./kompose-init-container.js";
import { applyLifecycleHooks, preStartContainers } from "./lifecycle-hooks.js";
import { convertPodSecurity } from "./pod-security.js";
import { convertScheduling } from "./scheduling.js";
import { convertServiceAccount } from "./service-account.js";
import { startupWaits } from "./startup-order.js";

/** One pod-level concern: the Compose keys it reads (for docs) and what it adds to the pod draft. */
export interface PodConcern {
  name: string;
  keys: readonly string[];
  apply(context: PodContext, pod: PodDraft): void;
}

function hostname({ service, collector }: PodContext, pod: PodDraft): void {
  if (service.hostname === undefined) return;
  if (!isHostnameLabel(service.hostname)) {
    collector.report(diagnostic("hostname-invalid", [...service.path, "hostname"], { hostname: service.hostname }));
    return;
  }
  pod.spec.hostname = service.hostname;
  collector.trace([...POD_SPEC, "hostname"], [...service.path, "hostname"]);
  collector.explain("hostname");
}

function stopGracePeriod({ service, collector }: PodContext, pod: PodDraft): void {
  if (service.stopGracePeriodSeconds === undefined) return;
  pod.spec.terminationGracePeriodSeconds = wholeSeconds(service.stopGracePeriodSeconds, 0);
  collector.trace([...POD_SPEC, "terminationGracePeriodSeconds"], [...service.path, "stop_grace_period"]);
  collector.explain("stop-grace-period");
}

/** The pod's volumes, after every concern that mounts one (volumes, configs, secrets, shm, hooks). */
function podVolumes({ collector }: PodContext, pod: PodDraft): void {
  const { volumes } = pod;
  if (volumes.volumes.length > 0) pod.spec.volumes = volumes.volumes.slice();
  volumes.volumeSources.forEach((from, index) => collector.trace(childField(childField(POD_SPEC, "volumes"), index), from));
  volumes.mountSources.forEach((from, index) => collector.trace(childField(childField(CONTAINER, "volumeMounts"), index), from));
}

/**
 * The concerns of one pod, in the order they apply. Earlier ones make what later ones read: ports,
 * variables and mounts before the container; the container before the init containers and hooks that
 * copy its image, variables and mounts; host namespaces before DNS and sysctls, which depend on them.
 * Objects of their own (Service, environment ConfigMap and Secret, bound files) come out in this order.
 * Init containers run in the order they are added: waits for dependencies, Kompose's, then pre_start.
 */
/** The Service names of a project's services, found once per project (not once per service). */
const labelsOf = new WeakMap<Project, ReadonlySet<string>>();
function serviceLabels(project: Project): ReadonlySet<string> {
  let labels = labelsOf.get(project);
  if (labels === undefined) {
    labels = new Set(project.services.map((service) => dnsLabel(service.name)));
    labelsOf.set(project, labels);
  }
  return labels;
}

export const podConcerns: readonly PodConcern[] = [
  {
    name: "ports",
    keys: ["ports", "expose"],
    apply: ({ project, service, workload, scope, collector, connections }, pod) => {
      // Names other services' Services take: an alias of this one may not take them.
      const own = dnsLabel(service.name);
      const all = serviceLabels(project);
      pod.ports = convertPorts(service, workload, scope, collector, connections, { has: (name) => name !== own && all.has(name) });
    },
  },
  { name: "environment", keys: ["environment", "env_file"], apply: ({ project, service, workload, scope, collector }, pod) => void (pod.environment = convertEnvironment(service, workload, scope, collector, pod.secrets, project.credentialValues)) },
  {
    name: "volumes",
    keys: ["volumes", "tmpfs"],
    // One literal of the fields the mounts read, not { ...context, ...mountOptions }: spreading objects
    // of several shapes went through V8's slow generic copy for every pod.
    apply: ({ service, project, workload, scope, collector, mountOptions: { kind, subPath, projectKind } }, pod) =>
      convertVolumes({ service, project, workload, scope, volumes: pod.volumes, collector, kind, subPath, projectKind }),
  },
  { name: "configs", keys: ["configs"], apply: ({ project, service, collector }, pod) => mountFileReferences(project, service, "config", pod.volumes, collector) },
  { name: "secrets", keys: ["secrets"], apply: ({ project, service, collector }, pod) => mountFileReferences(project, service, "secret", pod.volumes, collector) },
  { name: "shared memory", keys: ["shm_size"], apply: convertSharedMemory },
  {
    name: "container",
    keys: ["image", "build", "container_name", "entrypoint", "command", "working_dir", "healthcheck", "deploy.resources.limits.cpus", "deploy.resources.limits.memory", "deploy.resources.reservations.cpus", "deploy.resources.reservations.memory", "user", "cap_add", "cap_drop", "privileged", "read_only", "stdin_open", "tty"],
    apply: (context, pod) => {
      const { service, workload, collector } = context;
      const parts = { ports: pod.ports, environment: pod.environment, mounts: pod.volumes.mounts, secrets: pod.secrets };
      Object.assign(pod.app, convertContainer(service, containerName(service, workload, collector), parts, context));
    },
  },
  { name: "startup waits", keys: ["depends_on"], apply: startupWaits },
  { name: "Kompose init container", keys: ["labels"], apply: komposeInitContainers },
  { name: "pre_start hooks", keys: ["pre_start"], apply: preStartContainers },
  { name: "pod volumes", keys: [], apply: podVolumes },
  { name: "host aliases", keys: ["extra_hosts"], apply: ({ service, collector }, pod) => {
    const aliases = convertHostAliases(service, collector);
    if (aliases.length > 0) pod.spec.hostAliases = aliases;
  } },
  { name: "hostname", keys: ["hostname"], apply: hostname },
  { name: "stop grace period", keys: ["stop_grace_period"], apply: stopGracePeriod },
  { name: "host namespaces", keys: ["pid", "ipc", "network_mode"], apply: convertHostNamespaces },
  { name: "DNS", keys: ["dns", "dns_search", "dns_opt"], apply: convertDns },
  { name: "domain name", keys: ["domainname"], apply: convertDomainname },
  { name: "pod security", keys: ["sysctls", "group_add", "security_opt", "privileged", "labels"], apply: convertPodSecurity },
  { name: "scheduling", keys: ["platform", "deploy.placement"], apply: convertScheduling },
  { name: "image pulls", keys: ["pull_policy", "labels"], apply: convertImagePull },
  { name: "GPUs", keys: ["gpus", "deploy.resources.reservations.devices"], apply: convertGpus },
  { name: "lifecycle hooks", keys: ["post_start", "pre_stop"], apply: applyLifecycleHooks },
  { name: "Job wait access", keys: ["depends_on"], apply: convertJobAccess },
  // After image pulls (kompose.serviceaccount-name) and Job wait access, whose accounts it leaves alone.
  { name: "service account", keys: ["labels"], apply: convertServiceAccount },
];
