import type { Path } from "../../diagnostics/types.js";
import type { Project, Service, VolumeDefinition } from "../../model/project.js";
import { komposeLabel, type VolumeKind } from "../kompose-labels.js";
import type { ConvertOptions } from "../../model/manifest.js";

/** Compose volumes have no size; every claim asks for this much unless ConvertOptions.volumeSize says otherwise. */
export const DEFAULT_VOLUME_SIZE = "1Gi";

/** What a claim asks for: its size and, when a label names one, its StorageClass; each with the label it came from. */
export interface ClaimSettings {
  size: string;
  /** The label that set the size; undefined when --pvc-request-size or the default did. */
  sizeSource?: Path;
  storageClassName?: string;
  storageClassSource?: Path;
}

/** Per project, built on first use: every question below is one look-up, not a scan of all services (per volume, per service). */
const usersOfProject = new WeakMap<Project, Map<string, Service[]>>();

/** Volume key → the services that mount it, in Compose order. */
export function servicesByVolume(project: Project): ReadonlyMap<string, readonly Service[]> {
  let users = usersOfProject.get(project);
  if (users === undefined) {
    users = new Map();
    for (const service of project.services) {
      for (const mount of service.volumes) {
        if (mount.type !== "volume") continue;
        const list = users.get(mount.source);
        if (list === undefined) users.set(mount.source, [service]);
        else if (list.at(-1) !== service) list.push(service);
      }
    }
    usersOfProject.set(project, users);
  }
  return users;
}

type ClaimLabel = "kompose.volume.size" | "kompose.volume.storage-class-name";

/**
 * The size and class of a claim from labels: the volume's own label wins (`own`), then the first of
 * `services` (those mounting it, in Compose order) that sets it, then --pvc-request-size, then 1Gi.
 */
export function labelledClaimSettings(services: Iterable<Service>, own: VolumeDefinition | undefined, options: ConvertOptions): ClaimSettings {
  const candidates = [...services];
  const first = (label: ClaimLabel): { value: string; path: Path } | undefined => {
    const written = own === undefined ? undefined : komposeLabel(own.labels, label);
    if (own !== undefined && written !== undefined) return { value: written, path: [...own.path, "labels", label] };
    for (const service of candidates) {
      const value = komposeLabel(service.labels, label);
      if (value !== undefined) return { value, path: [...service.path, "labels", label] };
    }
    return undefined;
  };
  const size = first("kompose.volume.size");
  const settings: ClaimSettings = size === undefined ? { size: options.volumeSize ?? DEFAULT_VOLUME_SIZE } : { size: size.value, sizeSource: size.path };
  const storageClass = first("kompose.volume.storage-class-name");
  if (storageClass !== undefined) {
    settings.storageClassName = storageClass.value;
    settings.storageClassSource = storageClass.path;
  }
  return settings;
}

/**
 * The size and class of the claim of volume `key`. Kompose reads `kompose.volume.size` and
 * `kompose.volume.storage-class-name` on the service (and on the top-level volume); the volume's own
 * label wins, then the first service mounting it, then --pvc-request-size, then 1Gi.
 *   volumes: { db-data: { labels: { kompose.volume.size: 10Gi } } } → requests.storage: 10Gi
 */
export function claimSettings(project: Project, key: string, definition: VolumeDefinition | undefined, options: ConvertOptions): ClaimSettings {
  return labelledClaimSettings(servicesByVolume(project).get(key) ?? [], definition, options);
}

/** What the mounts of a service become: `kompose.volume.type`, else --volumes, else persistentVolumeClaim. */
export const volumeKind = (service: Service, options: ConvertOptions): VolumeKind =>
  komposeLabel(service.labels, "kompose.volume.type") ?? options.volumes ?? "persistentVolumeClaim";

/** `kompose.volume.sub-path` (or Kompose's code spelling `subpath`): the sub-path of the service's named-volume mounts. */
export const labelSubPath = (service: Service): string | undefined =>
  komposeLabel(service.labels, "kompose.volume.sub-path") ?? komposeLabel(service.labels, "kompose.volume.subpath");

/** Whether more than one service mounts the named volume `key`. */
export const isSharedVolume = (project: Project, key: string): boolean => (servicesByVolume(project).get(key)?.length ?? 0) > 1;

/** The mount settings of a service for convertPodSpec. */
export function mountOptionsOf(service: Service, options: ConvertOptions): { kind: VolumeKind; subPath?: string; projectKind?: VolumeKind } {
  const subPath = labelSubPath(service);
  return {
    kind: volumeKind(service, options),
    ...(subPath === undefined ? {} : { subPath }),
    ...(options.volumes === undefined ? {} : { projectKind: options.volumes }),
  };
}
