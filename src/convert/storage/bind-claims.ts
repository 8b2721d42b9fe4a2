import type { Diagnostic } from "../../diagnostics/types.js";
import type { ConvertOptions, Manifest } from "../../model/manifest.js";
import type { Project, Service } from "../../model/project.js";
import { defaultedTo } from "../shared/collector.js";
import type { Scope } from "../shared/object-meta.js";
import { shownPath } from "./bind-files.js";
import { directoryClaims } from "./bind-plan.js";
import { claimManifest, sharedClaimWarning } from "./volume-claim.js";
import { labelledClaimSettings } from "./volume-labels.js";

/**
 * One PersistentVolumeClaim per project directory that is data (bind-plan), in the order of first use,
 * shared by every service that mounts it; shared by several pods it warns like a shared named volume.
 * Size and class come from the kompose.volume.* labels of the services mounting it, or --pvc-request-size.
 * `usesClaims` says which services mount shared claims (the workload kind decides; convert/index passes it).
 */
export function convertBindClaims(project: Project, scope: Scope, options: ConvertOptions, usesClaims: (service: Service, users: readonly Service[]) => boolean): { manifests: Manifest[]; diagnostics: Diagnostic[] } {
  const manifests: Manifest[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const directory of directoryClaims(project, options.volumes).values()) {
    const first = directory.mounts[0];
    if (first === undefined) continue;
    const users = [...new Set(directory.mounts.map((use) => use.service))];
    // A directory only a StatefulSet mounts is its own: a claim template per pod, no shared claim.
    if (!users.some((service) => usesClaims(service, users))) continue;
    const source = shownPath(directory.source, project.workingDir);
    diagnostics.push(...sharedClaimWarning(users, first.mount.path, source, directory.claim));
    const copy = directory.files.length > 0 ? `the claim starts empty; copy its ${directory.files.length} file(s) in by hand`
      : directory.reason === "missing" ? "the claim starts empty, like the directory Compose creates" : "the claim starts empty, as the directory is";
    manifests.push(claimManifest({
      name: directory.claim,
      scope,
      source: first.mount.path,
      settings: labelledClaimSettings(users, undefined, options),
      explanations: ["bind-mount-to-pvc"],
      traces: [defaultedTo(["metadata", "name"], "named after the project directory: ./data/uploads → data-uploads")],
      notes: [{ field: ["spec"], text: `${source} is data: ${copy}` }],
    }));
  }
  return { manifests, diagnostics };
}
