import { diagnostic } from "../../diagnostics/codes.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import { closestKey } from "../../model/suggest.js";
import type { Service } from "../../model/project.js";

/**
 * The per-mount override of what a bind mount of project files becomes, as a service label in the style
 * of Kompose's: `kubepose.volume.<container path>: pvc | configmap`.
 *   labels:
 *     kubepose.volume./srv/uploads: pvc          # data: a PersistentVolumeClaim, files copied by hand
 *     kubepose.volume./etc/app/conf.d: configmap # configuration: a read-only copy in a ConfigMap
 */
export const VOLUME_LABEL_PREFIX = "kubepose.volume.";

export type BindOverride = "pvc" | "configmap";

/** kubepose's own labels, for docs/mapping.md: what each configures and what it expects. */
export const kubeposeLabels = [
  {
    label: `${VOLUME_LABEL_PREFIX}<container path>`,
    to: "what the bind mount of a project path at that container path becomes: pvc, a PersistentVolumeClaim (one per project directory, shared; its files are copied by hand); configmap, a read-only copy of its files in a ConfigMap",
    expected: `pvc or configmap, for example ${VOLUME_LABEL_PREFIX}/srv/uploads: pvc`,
    explanation: "bind-mount-to-pvc",
  },
] as const;

const isOverride = (value: string): value is BindOverride => value === "pvc" || value === "configmap";

/** The override a service's labels set for the bind mounted at `target`, if a valid one is written. */
export function bindOverride(service: Service, target: string): BindOverride | undefined {
  const value = service.labels[`${VOLUME_LABEL_PREFIX}${target}`]?.trim().toLowerCase();
  return value !== undefined && isOverride(value) ? value : undefined;
}

/**
 * The diagnostics of a service's kubepose.volume.* labels: a value other than pvc or configmap, a target
 * no bind mount of the service has (with the nearest one), and pvc on a single file (a claim is a directory).
 */
export function checkBindOverrides(service: Service): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const binds = service.volumes.flatMap((mount) => (mount.type === "bind" && mount.insideProject ? [mount] : []));
  for (const [key, written] of Object.entries(service.labels)) {
    if (!key.startsWith(VOLUME_LABEL_PREFIX)) continue;
    const path = [...service.path, "labels", key];
    const target = key.slice(VOLUME_LABEL_PREFIX.length);
    const value = written.trim().toLowerCase();
    const bind = binds.find((mount) => mount.target === target);
    if (!isOverride(value)) diagnostics.push(diagnostic("volume-override-value", path, { label: key, value: written }));
    else if (bind === undefined) {
      const suggestion = closestKey(target, binds.map((mount) => mount.target));
      diagnostics.push(diagnostic("volume-override-target", path, { label: key, target, suggestion: suggestion === undefined ? "" : `${VOLUME_LABEL_PREFIX}${suggestion}` }));
    } else if (value === "pvc" && bind.sourceKind === "file") diagnostics.push(diagnostic("volume-override-file", path, { label: key, target }));
  }
  return diagnostics;
}
