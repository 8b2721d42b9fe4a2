import type { Location, Path } from "../diagnostics/types.js";

/*
 * The connection graph: who reaches whom, on which port, and from which evidence. Built by src/connect/
 * from the normalized Project; read by convert (Services, waits), the views and later NetworkPolicies.
 */

/** Where a reference was found: a Compose path the pipeline can locate, or a project file and line. */
export type EvidenceKind = "depends_on" | "links" | "environment" | "env_file" | "command" | "entrypoint" | "healthcheck" | "mounted-file";

export interface Evidence {
  kind: EvidenceKind;
  /** The text the name was found in, as written ("postgres://app:pw@db:5432/app"), cut to one line. */
  text: string;
  /** The environment variable, for environment and env_file evidence. */
  variable?: string;
  /** The Compose path of the key (for a mounted file: the volume entry that mounts it). */
  path: Path;
  /** For a mounted project file: the file, line and column of the reference. */
  file?: Location;
}

/** How the port of a connection was found, in the order kubepose tries them. */
export type PortOrigin = "reference" | "scheme" | "host-port-pair" | "ports" | "expose" | "dockerfile" | "image";

export interface ReachedPort {
  /** The container port: what peers connect to in Compose. */
  port: number;
  origin: PortOrigin;
  /** For dockerfile and image ports: the file that says so ("docker-library/postgres 14/bookworm/Dockerfile"). */
  source?: string;
}

/** One edge: `from` reaches `to` through the host name `name` (the service's name or one of its aliases). */
export interface Connection {
  from: string;
  to: string;
  name: string;
  /** Undefined when no source names a port: the peer cannot be wired (a warning says so). */
  port?: ReachedPort;
  evidence: Evidence;
}

export type HostNameKind = "service" | "network-alias" | "link-alias" | "container_name";

/** A name that answers for a service in Compose's DNS. */
export interface HostName {
  name: string;
  service: string;
  kind: HostNameKind;
  path: Path;
}

export interface ConnectionGraph {
  /** In service order, then in the order the evidence was found. */
  connections: Connection[];
  /** Every name a service answers to besides its own: aliases, link aliases, container names. */
  aliases: HostName[];
  /** Per reached service, the container ports peers use, without duplicates, in the order found. */
  ports: Record<string, ReachedPort[]>;
}

export const emptyConnectionGraph = (): ConnectionGraph => ({ connections: [], aliases: [], ports: {} });
