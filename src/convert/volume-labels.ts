import type { Project, Service, VolumeDefinition } from "../normalize/model.js";
import { chooseController } from "./controller-choice.js";
import { komposeLabel, type VolumeKind } from "./kompose-labels.js";
import type { ConvertOptions } from "./manifest.js";
import { DEFAULT_VOLUME_SIZE } from "./volume-claim.js";

/** What a claim asks for: its size and, when a label names one, its StorageClass. */
export interface ClaimSettings {
  size: string;
  storageClassName?: string;
}

const mounts = (service: Service, key: string): boolean => service.volumes.some((mount) => mount.type === "volume" && mount.source === key);

/**
 * The size and class of the claim of volume `key`. Kompose reads `kompose.volume.size` and
 * `kompose.volume.storage-class-name` on the service (and on the top-level volume); the volume's own
 * label wins, then the first service mounting it, then --pvc-request-size, then 1Gi.
 *   volumes: { db-data: { labels: { kompose.volume.size: 10Gi } } } → requests.storage: 10Gi
 */
export function claimSettings(project: Project, key: string, definition: VolumeDefinition | undefined, options: ConvertOptions): ClaimSettings {
  const sources = [definition?.labels ?? {}, ...project.services.filter((service) => mounts(service, key)).map((service) => service.labels)];
  const first = <T>(read: (labels: Record<string, string>) => T | undefined): T | undefined => {
    for (const labels of sources) {
      const value = read(labels);
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const settings: ClaimSettings = { size: first((labels) => komposeLabel(labels, "kompose.volume.size")) ?? options.volumeSize ?? DEFAULT_VOLUME_SIZE };
  const storageClassName = first((labels) => komposeLabel(labels, "kompose.volume.storage-class-name"));
  if (storageClassName !== undefined) settings.storageClassName = storageClassName;
  return settings;
}

/** What the mounts of a service become: `kompose.volume.type`, else --volumes, else persistentVolumeClaim. */
export const volumeKind = (service: Service, options: ConvertOptions): VolumeKind =>
  komposeLabel(service.labels, "kompose.volume.type") ?? options.volumes ?? "persistentVolumeClaim";

/** `kompose.volume.sub-path` (or Kompose's code spelling `subpath`): the sub-path of the service's named-volume mounts. */
export const labelSubPath = (service: Service): string | undefined =>
  komposeLabel(service.labels, "kompose.volume.sub-path") ?? komposeLabel(service.labels, "kompose.volume.subpath");

/**
 * Whether the service's named volumes are shared PersistentVolumeClaims: not when they become emptyDirs
 * (kompose.volume.type or --volumes), nor for a StatefulSet, whose pods get claims of their own.
 */
export const usesClaims = (service: Service, options: ConvertOptions): boolean =>
  volumeKind(service, options) !== "emptyDir" && chooseController(service, options).kind !== "StatefulSet";

/** The mount settings of a service for convertPodSpec. */
export function mountOptionsOf(service: Service, options: ConvertOptions): { kind: VolumeKind; subPath?: string } {
  const subPath = labelSubPath(service);
  return subPath === undefined ? { kind: volumeKind(service, options) } : { kind: volumeKind(service, options), subPath };
}
