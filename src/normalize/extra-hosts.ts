import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { Service } from "../model/project.js";
import type { ComposeService } from "../validate/schema.js";
import { childPath } from "./exact.js";

type ExtraHost = Service["extraHosts"][number];

/** "[::1]" → "::1"; a host IP is written with or without brackets. */
const unbracket = (ip: string): string => (ip.startsWith("[") && ip.endsWith("]") ? ip.slice(1, -1) : ip);

/**
 * One list item: "host=ip" first (unambiguous with IPv6), else "host:ip" split at the first colon:
 *   "db=10.0.0.5", "db:10.0.0.5", "ip6=::1", "ip6:::1", "ip6:[::1]" → { hostname, ip }.
 */
function parseEntry(text: string, path: Path, out: Diagnostic[]): ExtraHost | undefined {
  const equals = text.indexOf("=");
  const colon = text.indexOf(":");
  const cut = equals >= 0 ? equals : colon;
  const hostname = cut < 0 ? "" : text.slice(0, cut).trim();
  const ip = cut < 0 ? "" : unbracket(text.slice(cut + 1).trim());
  if (hostname === "" || ip === "") {
    out.push(diagnostic("extra-host-syntax", path, { value: text }));
    return undefined;
  }
  return { hostname, ip, path };
}

/** `extra_hosts:` — a list of entries, or a map { host: ip } / { host: [ip, ip] } (several IPs for one host). */
export function parseExtraHosts(value: ComposeService["extra_hosts"], path: Path, out: Diagnostic[]): ExtraHost[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => {
      const entry = parseEntry(item, childPath(path, index), out);
      return entry ? [entry] : [];
    });
  }
  return Object.entries(value).flatMap(([hostname, ips]) => {
    const list = Array.isArray(ips) ? ips : [ips];
    return list.flatMap((ip, index): ExtraHost[] => {
      const entryPath = Array.isArray(ips) ? [...path, hostname, index] : childPath(path, hostname);
      if (ip.trim() === "") {
        out.push(diagnostic("extra-host-syntax", entryPath, { value: `${hostname}=${ip}` }));
        return [];
      }
      return [{ hostname, ip: unbracket(ip.trim()), path: entryPath }];
    });
  });
}
