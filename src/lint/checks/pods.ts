import type { Hit, PodView } from "../types.js";

const NAMESPACES = [
  ["hostNetwork", "network_mode: host", "the node's network interfaces and every port on them"],
  ["hostPID", "pid: host", "every process of the node"],
  ["hostIPC", "ipc: host", "the node's shared memory"],
] as const;

export function hostNamespaces(pod: PodView): Hit[] {
  return NAMESPACES.filter(([field]) => pod.spec[field] === true).map(([field, compose, sees]) => ({
    field: [...pod.specPath, field],
    message: `the pod shares the node's namespace (${field}: true, Compose ${compose}): it sees ${sees}. Expected the pod's own namespace; publish ports through a Service instead.`,
  }));
}

export function hostPaths(pod: PodView): Hit[] {
  return (pod.spec.volumes ?? []).flatMap((volume, index) =>
    volume.hostPath === undefined
      ? []
      : [{
          field: [...pod.specPath, "volumes", index, "hostPath"],
          message: `volume '${volume.name ?? "?"}' mounts ${volume.hostPath.path ?? "a folder"} of whichever node the pod lands on: the data stays on that node, and a writable host path lets the pod change the node. Expected a PersistentVolumeClaim (a named volume in Compose) or a ConfigMap for files.`,
        }],
  );
}
