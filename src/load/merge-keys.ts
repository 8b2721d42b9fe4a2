/**
 * What makes two items of a merged sequence "the same" one, so a later file replaces an earlier item
 * instead of adding a second (13-merge.md, "Unique resources", and docker compose's merge):
 *   volumes  "data:/var/lib/db" and {type: volume, target: /var/lib/db}   same target /var/lib/db
 *   ports    "8080:80" and "8080:80"                                       same text
 *   secrets  "db" and {source: db, target: /run/secrets/db}               same target
 * undefined means the item has no identity (an invalid item): it is kept, and validate reports it.
 */
import { isMapping } from "./merge-values.js";
import { splitVolumeSpec } from "../model/volume-spec.js";

export type ItemKey = (item: unknown) => string | undefined;

const text = (value: unknown): string | undefined =>
  typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;

/** The item itself: "NET_ADMIN", "8.8.8.8", 8080. */
export const wholeItem: ItemKey = text;

/** "KEY=value" and "KEY" both name KEY (environment, labels, args written as lists). */
export const keyOfAssignment: ItemKey = (item) => {
  const written = text(item);
  if (written === undefined) return undefined;
  const equals = written.indexOf("=");
  return equals < 0 ? written : written.slice(0, equals);
};

/** The container path of a volume: "data:/db:ro" → "/db", "/cache" → "/cache", {target: "/db"} → "/db". */
export const volumeTarget: ItemKey = (item) => {
  if (isMapping(item)) return text(item.target);
  const written = text(item);
  if (written === undefined) return undefined;
  const parts = splitVolumeSpec(written);
  return parts.length === 1 ? parts[0] : parts[1];
};

/** The container path of a device: "/dev/sda:/dev/xvda:rwm" → "/dev/xvda", "/dev/fuse" → "/dev/fuse". */
export const deviceTarget: ItemKey = (item) => {
  if (isMapping(item)) return text(item.target);
  const written = text(item);
  if (written === undefined) return undefined;
  const parts = written.split(":");
  return parts.length === 1 ? parts[0] : parts[1];
};

/**
 * Where a config or secret is mounted, as normalize places it: configs at "/<name>", secrets under
 * "/run/secrets/<name>"; a relative target sits in that directory, an absolute one is taken as written.
 */
export function mountTarget(directory: string): ItemKey {
  const place = (target: string) => (target.startsWith("/") ? target : `${directory}/${target}`);
  return (item) => {
    if (isMapping(item)) {
      const target = text(item.target) ?? text(item.source);
      return target === undefined ? undefined : place(target);
    }
    const name = text(item);
    return name === undefined ? undefined : place(name);
  };
}

/**
 * A published port by its address: short syntax by its text ("127.0.0.1:8080:80/udp"), long syntax by
 * host_ip, published, target and protocol with their defaults, written as the short syntax would be.
 */
export const portKey: ItemKey = (item) => {
  if (!isMapping(item)) return text(item);
  const target = text(item.target);
  if (target === undefined) return undefined;
  const host = text(item.host_ip) ?? "0.0.0.0";
  const published = text(item.published) ?? "";
  const protocol = text(item.protocol) ?? "tcp";
  return `${host}:${published}:${target}/${protocol}`;
};

/** An env_file entry by its path: ".env" and {path: ".env", required: false} are the same file. */
export const envFilePath: ItemKey = (item) => (isMapping(item) ? text(item.path) : text(item));

/** An IPAM pool by its subnet. */
export const subnet: ItemKey = (item) => (isMapping(item) ? text(item.subnet) : undefined);
