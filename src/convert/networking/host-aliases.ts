import type { IHostAlias } from "kubernetes-models/v1/HostAlias";
import { diagnostic } from "../../diagnostics/codes.js";
import { isIPAddress } from "../../model/ip-address.js";
import { isDns1123Subdomain } from "../../model/kubernetes-names.js";
import type { Service } from "../../model/project.js";
import type { Path } from "../../diagnostics/types.js";
import { POD_SPEC, type Collector } from "../shared/collector.js";

/** Docker's name for "the host running the engine", which a cluster has no address for. */
const HOST_GATEWAY = "host-gateway";

/**
 * extra_hosts → hostAliases, one entry per IP in the order first seen:
 * ["db=10.0.0.5", "cache=10.0.0.5", "api=10.0.0.6"] → [{ ip: 10.0.0.5, hostnames: [db, cache] }, { ip: 10.0.0.6, … }]
 */
export function convertHostAliases(service: Service, collector: Collector): IHostAlias[] {
  // Most services have no extra_hosts: no Map and closure for them (the concerns run for every pod).
  if (service.extraHosts.length === 0) return [];
  const byIp = new Map<string, string[]>();
  // Each entry traced to the first extra_hosts line with its IP; each hostname to its own line.
  const at = (ip: string): Path => [...POD_SPEC, "hostAliases", [...byIp.keys()].indexOf(ip)];
  for (const host of service.extraHosts) {
    if (host.ip === HOST_GATEWAY) {
      collector.report(diagnostic("host-gateway", host.path, { hostname: host.hostname }));
      continue;
    }
    const ip = host.ip.replace(/^\[(.*)\]$/, "$1");
    // Docker refuses such an entry when it creates the container; the API server refuses the pod.
    if (!isIPAddress(ip)) {
      collector.report(diagnostic("extra-host-ip", host.path, { hostname: host.hostname, ip }));
      continue;
    }
    // /etc/hosts takes "my_host", a hostAlias only a lowercase DNS name.
    if (!isDns1123Subdomain(host.hostname)) {
      collector.report(diagnostic("extra-host-name", host.path, { hostname: host.hostname, ip }));
      continue;
    }
    const names = byIp.get(ip) ?? [];
    if (!byIp.has(ip)) {
      byIp.set(ip, names);
      collector.trace(at(ip), host.path);
    }
    if (!names.includes(host.hostname)) {
      names.push(host.hostname);
      collector.trace([...at(ip), "hostnames", names.length - 1], host.path);
    }
  }
  if (byIp.size > 0) collector.explain("extra-hosts-to-host-aliases");
  return [...byIp].map(([ip, hostnames]) => ({ ip, hostnames }));
}
