import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { Link, NetworkMode, Service, VolumesFrom } from "./project.js";

/*
 * The relations a service has to other services besides depends_on (depends-on.ts): links, volumes_from
 * and network_mode. The text parsers are exported on their own so validate can check the names they
 * refer to without parsing the syntax a second time.
 */

/** "db" → { service: "db", alias: "db" }; "db:database" → { service: "db", alias: "database" }. */
export function parseLinkText(text: string): { service: string; alias: string } {
  const colon = text.indexOf(":");
  if (colon === -1) return { service: text, alias: text };
  return { service: text.slice(0, colon), alias: text.slice(colon + 1) };
}

const accessModes = { ro: true, rw: false } as const satisfies Record<string, boolean>;

/**
 * "svc" → service svc, read-write; "svc:ro" → read-only; "container:name" and "container:name:rw" name a
 * container outside the project. mode is undefined when the suffix is neither ro nor rw ("svc:xyz").
 */
export function parseVolumesFromText(text: string): { kind: VolumesFrom["kind"]; name: string; readOnly: boolean | undefined } {
  const container = text.startsWith("container:");
  const rest = container ? text.slice("container:".length) : text;
  const colon = rest.lastIndexOf(":");
  const kind = container ? "container" : "service";
  if (colon === -1) return { kind, name: rest, readOnly: false };
  const mode = rest.slice(colon + 1);
  const readOnly = Object.hasOwn(accessModes, mode) ? accessModes[mode as keyof typeof accessModes] : undefined;
  return { kind, name: rest.slice(0, colon), readOnly };
}

const plainModes = { host: "host", none: "none", bridge: "bridge" } as const satisfies Record<string, NetworkMode["kind"]>;
const namedModes = { service: "service", container: "container" } as const satisfies Record<string, NetworkMode["kind"]>;

/** "host" → host; "service:db" → { kind: service, name: db }; "container:x"; any other word is a network name. */
export function parseNetworkModeText(text: string): { kind: NetworkMode["kind"]; name?: string } {
  if (Object.hasOwn(plainModes, text)) return { kind: plainModes[text as keyof typeof plainModes] };
  const colon = text.indexOf(":");
  const prefix = colon === -1 ? "" : text.slice(0, colon);
  if (Object.hasOwn(namedModes, prefix)) return { kind: namedModes[prefix as keyof typeof namedModes], name: text.slice(colon + 1) };
  return { kind: "network", name: text };
}

/** `links: [db, "cache:redis"]` as the schema allows it: a list of strings. */
export function parseLinks(value: readonly string[] | undefined, path: Path): Link[] {
  return (value ?? []).map((text, index): Link => ({ ...parseLinkText(text), path: [...path, index] }));
}

/** `volumes_from: [data, "container:backup:ro"]`; a mode other than ro/rw, or no name, is reported. */
export function parseVolumesFrom(value: readonly string[] | undefined, path: Path, out: Diagnostic[]): VolumesFrom[] {
  return (value ?? []).flatMap((text, index): VolumesFrom[] => {
    const { kind, name, readOnly } = parseVolumesFromText(text);
    if (readOnly === undefined || name === "") {
      out.push(diagnostic("volumes-from-syntax", [...path, index], { value: text }));
      return [];
    }
    return [{ kind, name, readOnly, path: [...path, index] }];
  });
}

export function parseNetworkMode(text: string | undefined, path: Path): NetworkMode | undefined {
  if (text === undefined) return undefined;
  const { kind, name } = parseNetworkModeText(text);
  if (kind === "host" || kind === "none" || kind === "bridge") return { kind, path };
  return { kind, name: name ?? "", path };
}

/** One way a service names another service of the project: the edges docker compose orders services by. */
export interface ServiceEdge {
  relation: "depends_on" | "links" | "volumes_from" | "network_mode";
  target: string;
  /** False only for `depends_on: { x: { required: false } }`, which may name a missing or disabled service. */
  required: boolean;
  path: Path;
}

/** Every service a service depends on, in the order written: depends_on, links, volumes_from, network_mode. */
export function serviceEdges(service: Service): ServiceEdge[] {
  const edges: ServiceEdge[] = service.dependsOn.map((d) => ({ relation: "depends_on", target: d.service, required: d.required, path: d.path }));
  for (const link of service.links) edges.push({ relation: "links", target: link.service, required: true, path: link.path });
  for (const from of service.volumesFrom) {
    if (from.kind === "service") edges.push({ relation: "volumes_from", target: from.name, required: true, path: from.path });
  }
  const mode = service.networkMode;
  if (mode?.kind === "service") edges.push({ relation: "network_mode", target: mode.name, required: true, path: mode.path });
  return edges;
}
