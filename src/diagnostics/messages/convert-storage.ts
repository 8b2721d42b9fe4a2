import type { MessageRows } from "./table.js";

const override = (target: string, value: "pvc" | "configmap"): string => `kubepose.volume.${target}: ${value}`;

/** Diagnostics of the convert stage about bind mounts: data directories, copies, host files, and the override label. */
export const convertStorageMessages = {
  "bind-source-missing": {
    severity: "warning",
    text: (p: { source: string; target: string; claim: string }) =>
      `the bind-mounted ${p.source} does not exist; Compose would create it as an empty directory, so kubepose mounts the PersistentVolumeClaim '${p.claim}' at ${p.target}, which starts empty in the same way. If ${p.source} should hold files the app only reads, create it and set the label ${override(p.target, "configmap")}.`,
  },
  "bind-directory-claim": {
    severity: "note",
    text: (p: { source: string; detail: string; claim: string; target: string; access: string }) =>
      `${p.source} ${p.detail}: it is data, so it becomes the PersistentVolumeClaim '${p.claim}' mounted ${p.access}at ${p.target}, not a read-only copy in a ConfigMap. To copy it into a ConfigMap instead, set the label ${override(p.target, "configmap")}.`,
  },
  "bind-directory-shared": {
    severity: "note",
    text: (p: { source: string; claim: string; target: string; access: string; first: string }) =>
      `${p.source} is data (see its mount in service '${p.first}'), and one directory is one PersistentVolumeClaim: '${p.claim}' is mounted here too, ${p.access}at ${p.target}. To copy it into a ConfigMap for this mount only, set the label ${override(p.target, "configmap")}.`,
  },
  "bind-files-not-copied": {
    severity: "warning",
    text: (p: { source: string; detail: string; claim: string; target: string; count: number; names: string }) =>
      `${p.source} ${p.detail}: it is data, so it becomes the PersistentVolumeClaim '${p.claim}' mounted at ${p.target}, which starts empty: its ${p.count} file(s) (${p.names}) are not copied. Copy them into the claim by hand after the first apply (a manual step of the migration report), or, if the app only reads them, set the label ${override(p.target, "configmap")} to copy them into a ConfigMap.`,
  },
  "bind-copied-read-only": {
    severity: "warning",
    text: (p: { source: string; target: string; count: number }) =>
      `${p.source} is mounted read-write at ${p.target}, but it holds only ${p.count} text file(s) and is not where the image keeps its data, so kubepose takes it for configuration and copies it into a ConfigMap, which the pod can only read. If the app writes there, set the label ${override(p.target, "pvc")} to get a PersistentVolumeClaim instead (its files are then copied by hand).`,
  },
  "host-timezone-file": {
    severity: "warning",
    text: (p: { source: string; target: string }) =>
      `the bind mount ${p.source}:${p.target} shares your machine's time zone file, which a pod does not have; it is left out (an empty directory at ${p.target} would break every program that reads it). Set the TZ environment variable instead, for example TZ: Europe/Berlin (the image needs tzdata).`,
  },
  "docker-socket": {
    severity: "warning",
    text: (p: { source: string; target: string }) =>
      `the bind mount ${p.source}:${p.target} hands the container the Docker engine, and Kubernetes nodes run none (they run containerd or CRI-O; dockershim was removed in Kubernetes 1.24), so whatever the app does through it (starting, stopping or inspecting containers, reading their logs, building images) will not work. The mount is left out. Use the Kubernetes API with a ServiceAccount and RBAC instead, or keep this service outside the cluster.`,
  },
  "host-socket": {
    severity: "warning",
    text: (p: { source: string; target: string }) =>
      `the bind mount ${p.source}:${p.target} is a Unix socket of your machine, which no pod can reach; it is left out, so whatever the app reaches through it fails. Run the program behind it as a service of its own and connect over the network.`,
  },
  "bind-file-left-out": {
    severity: "warning",
    text: (p: { source: string; target: string }) =>
      `${p.source} is a file too large to copy into a ConfigMap, and an empty directory at ${p.target} in its place would break the app, so the mount is left out. Bake the file into the image, or mount a directory that holds it as a PersistentVolumeClaim.`,
  },
  "volume-override-value": {
    severity: "warning",
    text: (p: { label: string; value: string }) =>
      `label '${p.label}' has the value '${p.value}', so it is ignored. Expected pvc or configmap, for example ${p.label}: pvc.`,
  },
  "volume-override-target": {
    severity: "warning",
    text: (p: { label: string; target: string; suggestion: string }) =>
      `label '${p.label}' names ${p.target}, but no bind mount of a project path in this service has that container path, so it changes nothing.${p.suggestion === "" ? "" : ` Did you mean '${p.suggestion}'?`} Expected kubepose.volume.<container path of a bind mount>, for example ${override("/srv/uploads", "pvc")}.`,
  },
  "volume-override-file": {
    severity: "warning",
    text: (p: { label: string; target: string }) =>
      `label '${p.label}' asks for a PersistentVolumeClaim at ${p.target}, but the bind mounts a single file and a claim is a directory that would take its place; the file is copied into a ConfigMap instead. Remove the label, or mount the directory that holds the file.`,
  },
} satisfies MessageRows;
