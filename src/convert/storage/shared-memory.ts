import { diagnostic } from "../../diagnostics/codes.js";
import type { PodContext, PodDraft } from "../shared/pod-context.js";
import { bytesQuantity } from "../../model/quantities.js";

const SHM = "/dev/shm";

/**
 * shm_size: 1g → an emptyDir in memory with sizeLimit 1Gi mounted at /dev/shm. A container runtime
 * gives every container a 64 MiB /dev/shm and Kubernetes has no field to resize it, so a memory
 * emptyDir over it is the usual way; its pages count towards the container's memory limit.
 */
export function convertSharedMemory(context: PodContext, { volumes }: PodDraft): void {
  const { service, collector } = context;
  if (service.shmSizeBytes === undefined) return;
  if (volumes.mounts.some((mount) => mount.mountPath === SHM || mount.mountPath === `${SHM}/`)) {
    collector.report(diagnostic("shm-already-mounted", [...service.path, "shm_size"], { service: service.name }));
    return;
  }
  const emptyDir = service.shmSizeBytes > 0 ? { medium: "Memory", sizeLimit: bytesQuantity(service.shmSizeBytes) } : { medium: "Memory" };
  const from = [...service.path, "shm_size"];
  const name = volumes.volume("shm", { emptyDir }, from);
  volumes.mount({ name, mountPath: SHM }, from);
  collector.explain("shm-size");
}
