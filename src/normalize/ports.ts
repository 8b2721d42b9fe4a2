import { diagnostic } from "../diagnostics/codes.js";
import { isIPAddress } from "../model/ip-address.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { PortMapping, Protocol } from "../model/project.js";
import type { ComposePort, ComposeService } from "../validate/schema.js";
import { scalarText, shown } from "./scalars.js";
import { childPath, exactFlatMap } from "./exact.js";

const protocols = { tcp: "tcp", udp: "udp", sctp: "sctp" } as const satisfies Record<Protocol, Protocol>;
const isProtocol = (text: string): text is Protocol => Object.hasOwn(protocols, text);

/** An inclusive port range; a single port is a range of one. */
export interface PortRange {
  start: number;
  end: number;
}

/** "80/udp" → { rest: "80", protocol: "udp" }; "80" → tcp. An unknown protocol reports port-syntax. */
export function splitProtocol(text: string, path: Path, out: Diagnostic[]): { rest: string; protocol: Protocol } | undefined {
  const slash = text.lastIndexOf("/");
  if (slash < 0) return { rest: text, protocol: "tcp" };
  const protocol = text.slice(slash + 1).toLowerCase();
  if (!isProtocol(protocol)) {
    out.push(diagnostic("port-syntax", path, { value: text, reason: `unknown protocol "${protocol}"` }));
    return undefined;
  }
  return { rest: text.slice(0, slash), protocol };
}

/** "8080" → 8080..8080, "8000-8002" → 8000..8002. Reports port-syntax or port-range (each port 1–65535). */
export function parsePortRange(text: string, whole: string, path: Path, out: Diagnostic[]): PortRange | undefined {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!match) {
    out.push(diagnostic("port-syntax", path, { value: whole, reason: `"${text}" is not a port or a range` }));
    return undefined;
  }
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  // The first port outside 1–65535, start before end (no array and iterator per port: 2,000 on the bench).
  const outside = start < 1 || start > 65535 ? start : end < 1 || end > 65535 ? end : undefined;
  if (outside !== undefined) {
    out.push(diagnostic("port-range", path, { value: String(outside) }));
    return undefined;
  }
  if (end < start) {
    out.push(diagnostic("port-syntax", path, { value: whole, reason: `the range "${text}" ends before it starts` }));
    return undefined;
  }
  return { start, end };
}

const size = (range: PortRange): number => range.end - range.start + 1;

/** "127.0.0.1", "::1", "[::1]" → without brackets; anything else is not a host IP. */
function parseHostIp(text: string, whole: string, path: Path, out: Diagnostic[]): string | undefined | false {
  const ip = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  if (ip === "") return undefined;
  if (isIPAddress(ip)) return ip;
  out.push(diagnostic("port-syntax", path, { value: whole, reason: `"${text}" is not an IP address` }));
  return false;
}

interface PortParts {
  target: PortRange;
  published?: PortRange;
  hostIp?: string;
  protocol: Protocol;
}

/**
 * Pairs container and host ranges like `docker run -p`: "8000-8002:9000-9002" → three mappings;
 * "9090-9091:8080" → one mapping (Compose picks a host port in the range; we take the first and warn);
 * "8000-8001:9000-9002" → error.
 */
function expand(parts: PortParts, whole: string, path: Path, out: Diagnostic[]): PortMapping[] {
  const { target, published, hostIp, protocol } = parts;
  // Literals, not spreads of {} or { published }: one object per mapping (and the keys in the same order).
  const base = (targetPort: number, publishedPort: number | undefined): PortMapping =>
    publishedPort === undefined
      ? hostIp === undefined
        ? { target: targetPort, protocol, path }
        : { target: targetPort, hostIp, protocol, path }
      : hostIp === undefined
        ? { target: targetPort, published: publishedPort, protocol, path }
        : { target: targetPort, published: publishedPort, hostIp, protocol, path };
  if (published && size(published) !== size(target)) {
    if (size(target) !== 1) {
      out.push(diagnostic("port-syntax", path, { value: whole, reason: "the published and target ranges differ in length" }));
      return [];
    }
    out.push(diagnostic("port-published-range", path, { value: `${published.start}-${published.end}`, chosen: published.start }));
    return [base(target.start, published.start)];
  }
  // Exactly as long (exact.ts): push() would keep 17 slots for the usual one mapping.
  const mappings: PortMapping[] = new Array(size(target));
  for (let offset = 0; offset < mappings.length; offset++) {
    mappings[offset] = base(target.start + offset, published ? published.start + offset : undefined);
  }
  return mappings;
}

/**
 * Short syntax [HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL]: "80", "8080:80", "127.0.0.1:8080:80/udp",
 * "[::1]:8080:80", "::1:8080:80", "127.0.0.1::80" (no published port), "8000-8002:9000-9002".
 * As in docker, the last two colon-separated parts are the ports and everything before is the IP.
 */
export function parsePortShort(text: string, path: Path, out: Diagnostic[]): PortMapping[] {
  const split = splitProtocol(text.trim(), path, out);
  if (!split) return [];
  const parts = split.rest.split(":");
  const targetText = parts.pop() ?? "";
  const publishedText = parts.pop();
  const hostIp = parts.length > 0 ? parseHostIp(parts.join(":"), text, path, out) : undefined;
  if (hostIp === false) return [];
  const target = parsePortRange(targetText, text, path, out);
  if (!target) return [];
  let published: PortRange | undefined;
  if (publishedText !== undefined && publishedText !== "") {
    published = parsePortRange(publishedText, text, path, out);
    if (!published) return [];
  }
  return expand({ target, published, hostIp: hostIp || undefined, protocol: split.protocol }, text, path, out);
}

/** Long syntax: { target: 80, published: "8080" | 8080 | "8000-8002", host_ip, protocol, name, app_protocol }. */
export function parsePortLong(item: ComposePort, path: Path, out: Diagnostic[]): PortMapping[] {
  const whole = shown(item);
  const targetText = scalarText(item.target);
  if (targetText === undefined) {
    out.push(diagnostic("port-syntax", path, { value: whole, reason: "target is missing" }));
    return [];
  }
  const target = parsePortRange(targetText, targetText, childPath(path, "target"), out);
  if (!target) return [];
  const publishedText = scalarText(item.published);
  let published: PortRange | undefined;
  if (publishedText !== undefined && publishedText !== "") {
    published = parsePortRange(publishedText, publishedText, childPath(path, "published"), out);
    if (!published) return [];
  }
  const protocol = (item.protocol ?? "tcp").toLowerCase();
  if (!isProtocol(protocol)) {
    out.push(diagnostic("port-syntax", childPath(path, "protocol"), { value: whole, reason: `unknown protocol "${protocol}"` }));
    return [];
  }
  const { host_ip: hostIpText, name, app_protocol: appProtocol } = item;
  const hostIp = hostIpText === undefined ? undefined : parseHostIp(hostIpText, whole, childPath(path, "host_ip"), out);
  if (hostIp === false) return [];
  return expand({ target, ...(published ? { published } : {}), ...(hostIp ? { hostIp } : {}), protocol }, whole, path, out).map(
    (mapping) => ({ ...mapping, ...(name === undefined ? {} : { name }), ...(appProtocol === undefined ? {} : { appProtocol }) }),
  );
}

/** `ports:` — a list of numbers (80), short strings or long-syntax maps, in order. */
export function parsePorts(value: ComposeService["ports"], path: Path, out: Diagnostic[]): PortMapping[] {
  if (value === undefined) return [];
  return exactFlatMap(value, (item, index) => {
    const itemPath = childPath(path, index);
    return typeof item === "object" ? parsePortLong(item, itemPath, out) : parsePortShort(String(item), itemPath, out);
  });
}
