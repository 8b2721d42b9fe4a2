import type { IVolume } from "kubernetes-models/v1/Volume";
import type { IVolumeMount } from "kubernetes-models/v1/VolumeMount";
import type { Path } from "../../diagnostics/types.js";
import { dnsLabel } from "./names.js";

type VolumeSource = Omit<IVolume, "name">;

/**
 * The volumes and mounts of one pod as the concerns add them. Volume names must be unique DNS labels
 * within the pod; one source used twice (a named volume mounted at two paths) is one volume. The lists
 * grow by push, which leaves room for 16 more items: the pod takes copies of their exact length.
 */
export class PodVolumes {
  readonly volumes: IVolume[] = [];
  readonly mounts: IVolumeMount[] = [];
  /** The Compose path each volume and mount came from, by index: services.web.volumes[2], services.web.shm_size… */
  readonly volumeSources: Path[] = [];
  readonly mountSources: Path[] = [];
  private readonly bySource = new Map<string, string>();

  /**
   * Adds (or reuses, when `sharedKey` was seen) a volume written from the Compose value at `from`; returns
   * its name. "anon-0", "data", "data-2"… A reused volume keeps the path of its first use.
   */
  volume(preferredName: string, source: VolumeSource, from: Path, sharedKey?: string): string {
    const known = sharedKey === undefined ? undefined : this.bySource.get(sharedKey);
    if (known !== undefined) return known;
    const base = dnsLabel(preferredName);
    let name = base;
    for (let n = 2; this.volumes.some((volume) => volume.name === name); n++) {
      const suffix = `-${n}`;
      name = `${base.slice(0, 63 - suffix.length).replace(/-+$/, "")}${suffix}`;
    }
    this.volumes.push({ name, ...source });
    this.volumeSources.push(from);
    if (sharedKey !== undefined) this.bySource.set(sharedKey, name);
    return name;
  }

  /** readOnly is written only when true: false is the default and would be noise. */
  mount(mount: IVolumeMount, from: Path, readOnly = false): void {
    this.mounts.push(readOnly ? { ...mount, readOnly: true } : mount);
    this.mountSources.push(from);
  }
}
