/**
 * IP address syntax as the API server parses it (net.ParseIP, with Kubernetes' rule since 1.31 that an
 * IPv4 octet has no leading zero): hostAliases, dnsConfig.nameservers, Compose's extra_hosts and dns.
 * Pure string checks, so the core runs in a browser too.
 */

const OCTET = /^(0|[1-9][0-9]{0,2})$/;

/** "10.0.0.5" → true; "999.0.0.1", "010.0.0.1", "1.2.3" → false. */
export function isIPv4(text: string): boolean {
  const parts = text.split(".");
  return parts.length === 4 && parts.every((part) => OCTET.test(part) && Number(part) <= 255);
}

const GROUP = /^[0-9a-fA-F]{1,4}$/;

/** "::1", "fe80::1", "2001:db8::10.0.0.1" → true; "1:2:3", ":::1", "fe80::1%eth0" → false (no zones in the API). */
export function isIPv6(text: string): boolean {
  if (!text.includes(":")) return false;
  let body = text;
  let groupsFromIPv4 = 0;
  const lastColon = text.lastIndexOf(":");
  const tail = text.slice(lastColon + 1);
  if (tail.includes(".")) {
    if (!isIPv4(tail)) return false;
    body = text.slice(0, lastColon + 1) + "0";
    groupsFromIPv4 = 1; // the IPv4 part stands for two groups: one placeholder plus this one
  }
  const halves = body.split("::");
  if (halves.length > 2) return false;
  const groups = (half: string) => (half === "" ? [] : half.split(":"));
  const written = halves.flatMap(groups);
  if (!written.every((group) => GROUP.test(group))) return false;
  const count = written.length + groupsFromIPv4;
  return halves.length === 2 ? count <= 7 : count === 8;
}

export const isIPAddress = (text: string): boolean => isIPv4(text) || isIPv6(text);
