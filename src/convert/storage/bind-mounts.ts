import { diagnostic } from "../../diagnostics/codes.js";
import type { Project, Service } from "../../model/project.js";
import { POD_SPEC, type Collector } from "../shared/collector.js";
import type { Scope } from "../shared/object-meta.js";
import type { PodVolumes } from "../shared/pod-volumes.js";
import { bindFiles, shownPath } from "./bind-files.js";
import { bindUse, sourceKindOf, type Bind, type DirectoryClaim } from "./bind-plan.js";
import { hostFileKind, type HostFileKind } from "./host-files.js";
import type { VolumeKind } from "../kompose-labels.js";

/** What a bind mount needs to become a pod volume; volumes.ts's MountContext adds the named-volume settings. */
export interface BindContext {
  service: Service;
  project: Project;
  workload: string;
  scope: Scope;
  volumes: PodVolumes;
  collector: Collector;
  /** --volumes, for the project-wide choice of which bind-mounted directories become claims. */
  projectKind?: VolumeKind;
}

const hostFileCodes = { timezone: "host-timezone-file", "docker-socket": "docker-socket", socket: "host-socket" } as const satisfies Record<HostFileKind, string>;

/** "a.png, b.png, c.png and 4 more" */
function fileNames(directory: DirectoryClaim): string {
  const shown = directory.files.slice(0, 3).map((file) => file.path);
  const more = directory.files.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
}

/** A project directory that is data → its claim, one per directory, shared by every service that mounts it. */
function mountClaim(mount: Bind, directory: DirectoryClaim, context: BindContext): void {
  const { volumes, collector } = context;
  const claim = directory.claim;
  const name = volumes.volume(claim, { persistentVolumeClaim: { claimName: claim } }, mount.path, `claim:${claim}`);
  volumes.mount({ name, mountPath: mount.target }, mount.path, mount.readOnly);
  collector.explain("bind-mount-to-pvc");
  const source = shownPath(mount.source, context.project.workingDir);
  const first = directory.mounts[0];
  const words = { source, claim, target: mount.target, detail: directory.detail };
  const access = mount.readOnly ? "read-only " : "";
  if (first !== undefined && first.mount !== mount) collector.report(diagnostic("bind-directory-shared", mount.path, { ...words, access, first: first.service.name }));
  else if (directory.reason === "missing") collector.report(diagnostic("bind-source-missing", mount.path, words));
  else if (directory.files.length > 0) collector.report(diagnostic("bind-files-not-copied", mount.path, { ...words, count: directory.files.length, names: fileNames(directory) }));
  else collector.report(diagnostic("bind-directory-claim", mount.path, { ...words, access }));
}

/** An empty directory where a mount could not be converted, so the pod still starts and the path exists. */
function placeholder(mount: Bind, index: number, context: BindContext): void {
  const name = context.volumes.volume(`placeholder-${index}`, { emptyDir: {} }, mount.path);
  context.volumes.mount({ name, mountPath: mount.target }, mount.path);
  context.collector.note([...POD_SPEC, "volumes"], `emptyDir in place of the host path ${shownPath(mount.source, context.project.workingDir)}`);
  context.collector.explain("host-bind-mount");
}

/**
 * A bind mount, decided by bind-plan: a project directory that is data → its PersistentVolumeClaim; project
 * files → a copy in a ConfigMap or Secret (with their modes); a host file (time zone, a socket) → left out
 * with advice, never replaced by a directory; any other host path → an emptyDir and a warning.
 */
export function convertBind(mount: Bind, index: number, context: BindContext): void {
  const { collector, project } = context;
  const source = shownPath(mount.source, project.workingDir);
  const words = { source, target: mount.target };
  const hostFile = mount.insideProject ? undefined : hostFileKind(mount.source);
  if (hostFile !== undefined) {
    collector.report(diagnostic(hostFileCodes[hostFile], mount.path, words));
    collector.explain("host-bind-mount");
    return;
  }
  const use = bindUse(project, context.service, mount, context.projectKind);
  if (use.use === "claim") return mountClaim(mount, use.directory, context);
  if (use.use === "copy") {
    const kind = bindFiles(mount, use.files, index, context, collector);
    if (kind !== undefined && use.why === "config-files") collector.report(diagnostic("bind-copied-read-only", mount.path, { ...words, count: use.files.length }));
    else if (kind !== undefined) collector.report(diagnostic("bind-mount-copied", mount.path, { ...words, kind }));
    if (kind !== undefined || use.why === "file") return;
    return placeholder(mount, index, context);
  }
  if (sourceKindOf(mount) === "file") {
    collector.report(diagnostic("bind-file-left-out", mount.path, words));
    return;
  }
  if (!mount.insideProject || mount.files === undefined) collector.report(diagnostic("host-bind-mount", mount.path, words));
  placeholder(mount, index, context);
}
