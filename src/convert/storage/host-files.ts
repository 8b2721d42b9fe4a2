/**
 * Host paths that are single files (or sockets), never directories: mounting an emptyDir in their place
 * would put a directory where the program expects a file. Each row names where the fact comes from.
 */
export type HostFileKind = "timezone" | "docker-socket" | "socket";

interface HostFile {
  path: string;
  kind: HostFileKind;
  source: string;
}

export const hostFiles: readonly HostFile[] = [
  { path: "/etc/localtime", kind: "timezone", source: "localtime(5): the system-wide time zone, a symbolic link to a binary tzfile" },
  { path: "/etc/timezone", kind: "timezone", source: "Debian tzdata: a one-line text file naming the time zone" },
  { path: "/var/run/docker.sock", kind: "docker-socket", source: "dockerd reference: the daemon listens on unix:///var/run/docker.sock by default" },
  { path: "/run/docker.sock", kind: "docker-socket", source: "/var/run is a link to /run on current distributions (FHS 3.0, /run)" },
];

/**
 * What kind of host file a bind source is, if any: a row of the table, or any path ending in ".sock",
 * the name Unix sockets are given by convention (containerd.sock, podman.sock).
 */
export function hostFileKind(source: string): HostFileKind | undefined {
  const row = hostFiles.find((file) => file.path === source);
  if (row !== undefined) return row.kind;
  return source.endsWith(".sock") ? "socket" : undefined;
}
