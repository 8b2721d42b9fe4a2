import { diagnostic } from "../../diagnostics/codes.js";
import type { Path } from "../../diagnostics/types.js";
import type { VolumeMount } from "../../model/project.js";
import { POD_SPEC } from "../shared/collector.js";
import { convertBind, type BindContext } from "./bind-mounts.js";
import type { PodVolumes } from "../shared/pod-volumes.js";
import { bytesQuantity } from "../../model/quantities.js";
import type { VolumeKind } from "../kompose-labels.js";
import { claimName } from "./volume-claim.js";


type Mount<T extends VolumeMount["type"]> = Extract<VolumeMount, { type: T }>;

/** An empty directory where a mount could not be converted, so the pod still starts and the path exists. */
const placeholder = (volumes: PodVolumes, index: number, target: string, from: Path): void => {
  const name = volumes.volume(`placeholder-${index}`, { emptyDir: {} }, from);
  volumes.mount({ name, mountPath: target }, from);
};

interface MountContext extends BindContext {
  /** kompose.volume.type or --volumes: persistentVolumeClaim (the default), emptyDir, hostPath or configMap. */
  kind?: VolumeKind;
  /** kompose.volume.sub-path: the sub-path of named-volume mounts that set none themselves. */
  subPath?: string;
}

/** A named volume → its claim, one pod volume per claim however often it is mounted. */
function namedVolume(mount: Mount<"volume">, context: MountContext): void {
  const subPath = mount.subpath ?? context.subPath;
  if (context.kind === "emptyDir") {
    // Asked for by kompose.volume.type or --volumes: scratch space that lives as long as the pod.
    const name = context.volumes.volume(mount.source, { emptyDir: {} }, mount.path, `empty:${mount.source}`);
    context.volumes.mount({ name, mountPath: mount.target, ...(subPath === undefined ? {} : { subPath }) }, mount.path, mount.readOnly);
    context.collector.explain("volume-type");
    return;
  }
  const claim = claimName(mount.source, context.project.volumes[mount.source]);
  const name = context.volumes.volume(claim, { persistentVolumeClaim: { claimName: claim } }, mount.path, `claim:${claim}`);
  context.volumes.mount({ name, mountPath: mount.target, ...(subPath === undefined ? {} : { subPath }) }, mount.path, mount.readOnly);
  context.collector.explain("named-volume-to-pvc");
}

/**
 * An anonymous volume → an emptyDir. Compose keeps anonymous volumes across container restarts and
 * until `down -v`; an emptyDir keeps data across container restarts but not past the pod. A claim per
 * service would outlive more, but breaks with replicas (ReadWriteOnce) and anonymous volumes mostly hold
 * scratch data or shadow a path of a bind mount (node_modules), so emptyDir is the closer fit; a note says so.
 */
function anonymousVolume(mount: Mount<"anonymous">, index: number, context: MountContext): void {
  const name = context.volumes.volume(`anon-${index}`, { emptyDir: {} }, mount.path);
  context.volumes.mount({ name, mountPath: mount.target }, mount.path, mount.readOnly);
  context.collector.report(diagnostic("anonymous-volume", mount.path, { target: mount.target }));
  context.collector.explain("anonymous-volume");
}

/** tmpfs → an emptyDir in memory, with the size as its limit. Its mode cannot be set: emptyDir is 0777. */
function tmpfs(mount: Mount<"tmpfs">, index: number, context: MountContext): void {
  const emptyDir = mount.sizeBytes === undefined ? { medium: "Memory" } : { medium: "Memory", sizeLimit: bytesQuantity(mount.sizeBytes) };
  const name = context.volumes.volume(`tmpfs-${index}`, { emptyDir }, mount.path);
  context.volumes.mount({ name, mountPath: mount.target }, mount.path);
  if (mount.mode !== undefined) {
    context.collector.note([...POD_SPEC, "volumes"], `tmpfs at ${mount.target}: mode ${mount.mode.toString(8)} not set, emptyDir is world-writable`);
  }
  context.collector.explain("tmpfs-to-emptydir");
}

/** A bind asked to be a hostPath or an emptyDir (kompose.volume.type, --volumes); any other → convertBind. */
function bind(mount: Mount<"bind">, index: number, context: MountContext): void {
  const { collector, volumes } = context;
  if (context.kind === "hostPath" || context.kind === "emptyDir") {
    // Asked for explicitly: the node's directory (which must exist there), or an empty one.
    const source = context.kind === "hostPath" ? { hostPath: { path: mount.source } } : { emptyDir: {} };
    const name = volumes.volume(`${context.kind === "hostPath" ? "host" : "bind"}-${index}`, source, mount.path);
    volumes.mount({ name, mountPath: mount.target }, mount.path, mount.readOnly);
    collector.explain("volume-type");
    return;
  }
  convertBind(mount, index, context);
}

/** Every mount of a service, in order; `index` is its position in `volumes` and `tmpfs` ("anon-2", "bind-0"). */
export function convertVolumes(context: MountContext): void {
  context.service.volumes.forEach((mount, index) => {
    if (mount.type === "volume") namedVolume(mount, context);
    else if (mount.type === "anonymous") anonymousVolume(mount, index, context);
    else if (mount.type === "tmpfs") tmpfs(mount, index, context);
    else if (mount.type === "bind") bind(mount, index, context);
    else {
      context.collector.report(diagnostic("unsupported-mount", mount.path, { type: mount.type, target: mount.target }));
      placeholder(context.volumes, index, mount.target, mount.path);
    }
  });
}

export type { MountContext };
