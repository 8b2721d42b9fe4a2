import type { Path } from "../../diagnostics/types.js";
import type { Project, Service } from "../../model/project.js";
import type { ConvertOptions } from "../../model/manifest.js";
import { dnsLabel } from "../shared/names.js";
import { servicesByVolume } from "../storage/volume-labels.js";

/** Services whose containers share one pod, and why. */
export interface PodGroup {
  /** The workload (and pod) name. */
  name: string;
  /** The service whose workload settings the pod keeps: the one the others join. */
  owner: Service;
  /** The others, in Compose order. */
  members: Service[];
  /** The Compose path that made the group: a network_mode, a kompose.service.group label, a shared volume. */
  source: Path;
}

const GROUP_LABEL = "kompose.service.group";

/** A small union-find over service names. */
class Components {
  private readonly parent = new Map<string, string>();
  find(name: string): string {
    const up = this.parent.get(name) ?? name;
    if (up === name) return name;
    const root = this.find(up);
    this.parent.set(name, root);
    return root;
  }
  join(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** network_mode: service:x that names a service of the project. */
const joinedService = (service: Service, names: ReadonlySet<string>): string | undefined =>
  service.networkMode?.kind === "service" && names.has(service.networkMode.name) ? service.networkMode.name : undefined;

/** Named volumes a service mounts (for --service-group-mode volume). */
const namedVolumes = (service: Service): string[] => service.volumes.flatMap((mount) => (mount.type === "volume" ? [mount.source] : []));

/** Why the group exists: the first network_mode, label or volume that joined it. */
function sourceOf(services: readonly Service[], names: ReadonlySet<string>): Path {
  const joined = services.find((service) => joinedService(service, names) !== undefined);
  if (joined?.networkMode !== undefined) return joined.networkMode.path;
  const labelled = services.find((service) => service.labels[GROUP_LABEL] !== undefined);
  if (labelled !== undefined) return [...labelled.path, "labels", GROUP_LABEL];
  return [...(services[0]?.path ?? []), "volumes"];
}

/**
 * The pods that hold more than one service: services joined by network_mode: service:x (they share its
 * network namespace, which in Kubernetes means one pod), by the same kompose.service.group label, or with
 * --service-group-mode volume by a named volume they share. The owner is the service the others join
 * (network_mode's target), else the first in Compose order. The pod is named after the label's group
 * name, else --service-group-name for a volume group, else the owner.
 */
export function podGroups(project: Project, options: ConvertOptions): PodGroup[] {
  const names = new Set(project.services.map((service) => service.name));
  const components = new Components();
  const byLabel = new Map<string, string>();
  const byVolume = new Map<string, string>();
  for (const service of project.services) {
    const target = joinedService(service, names);
    if (target !== undefined) components.join(target, service.name);
    const group = service.labels[GROUP_LABEL];
    if (group !== undefined) {
      const first = byLabel.get(group);
      if (first === undefined) byLabel.set(group, service.name);
      else components.join(first, service.name);
    }
    if (options.serviceGroupMode !== "volume") continue;
    for (const volume of namedVolumes(service)) {
      const first = byVolume.get(volume);
      if (first === undefined) byVolume.set(volume, service.name);
      else components.join(first, service.name);
    }
  }
  const byRoot = new Map<string, Service[]>();
  for (const service of project.services) {
    const root = components.find(service.name);
    const services = byRoot.get(root);
    if (services === undefined) byRoot.set(root, [service]);
    else services.push(service);
  }
  const groups: PodGroup[] = [];
  for (const services of byRoot.values()) {
    if (services.length < 2) continue;
    const targets = new Set(services.flatMap((service) => joinedService(service, names) ?? []));
    const owner = services.find((service) => targets.has(service.name) && joinedService(service, names) === undefined) ?? services[0];
    if (owner === undefined) continue;
    const label = services.map((service) => service.labels[GROUP_LABEL]).find((value) => value !== undefined);
    const volumeName = options.serviceGroupMode === "volume" && label === undefined && targets.size === 0 ? options.serviceGroupName : undefined;
    groups.push({ name: dnsLabel(label ?? volumeName ?? owner.name), owner, members: services.filter((service) => service !== owner), source: sourceOf(services, names) });
  }
  return groups;
}

/**
 * A volume mounted only by the services of one pod, running once, is used by one pod: its claim's
 * ReadWriteOnce is no problem, so the storage stage's "shared volume" warning does not apply.
 */
export function mountedByOnePod(project: Project, groups: readonly PodGroup[], volume: string): boolean {
  const users = servicesByVolume(project).get(volume) ?? [];
  const group = groups.find((candidate) => users.every((user) => user === candidate.owner || candidate.members.includes(user)));
  return group !== undefined && (group.owner.replicas ?? 1) <= 1;
}
