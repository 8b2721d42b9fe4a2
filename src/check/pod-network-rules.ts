import type { Path } from "../diagnostics/types.js";
import { isIPAddress } from "../model/ip-address.js";
import { isDns1123Subdomain, isLabelValue, isQualifiedName } from "../model/kubernetes-names.js";
import { arrayAt, isRecord, recordAt, stringAt, stringEntries, type JsonRecord, type Report } from "./object-access.js";

/** The API server's limits on dnsConfig (validation.validatePodDNSConfig). */
const MAX_NAMESERVERS = 3;
const MAX_SEARCHES = 32;

/**
 * A pod's name-resolution and placement fields (validation.ValidatePodSpec): hostAliases need IP
 * addresses and DNS names, dnsConfig at most 3 nameservers that are IPs and 32 search domains, a
 * nodeSelector label keys and values.
 */
export function checkPodNetworkFields(podSpec: JsonRecord, at: Readonly<Path>, report: Report): void {
  // Indexed loops, paths built for a finding only: most pods have none of these fields.
  const aliases = arrayAt(podSpec, "hostAliases");
  for (let index = 0; index < aliases.length; index++) {
    const alias = aliases[index];
    const ip = stringAt(alias, "ip");
    if (ip !== undefined && !isIPAddress(ip)) report([...at, "hostAliases", index, "ip"], "ip-address", ip);
    const hostnames = arrayAt(alias, "hostnames");
    for (let hostIndex = 0; hostIndex < hostnames.length; hostIndex++) {
      const hostname = hostnames[hostIndex];
      if (typeof hostname === "string" && !isDns1123Subdomain(hostname)) report([...at, "hostAliases", index, "hostnames", hostIndex], "dns-subdomain", hostname);
    }
  }
  const dns = recordAt(podSpec, "dnsConfig");
  if (dns) {
    const nameservers = arrayAt(dns, "nameservers");
    if (nameservers.length > MAX_NAMESERVERS) report([...at, "dnsConfig", "nameservers"], "too-many-nameservers", nameservers.length);
    for (let index = 0; index < nameservers.length; index++) {
      const server = nameservers[index];
      if (typeof server === "string" && !isIPAddress(server)) report([...at, "dnsConfig", "nameservers", index], "ip-address", server);
    }
    const searches = arrayAt(dns, "searches");
    if (searches.length > MAX_SEARCHES) report([...at, "dnsConfig", "searches"], "too-many-searches", searches.length);
  }
  const selector = podSpec.nodeSelector;
  if (isRecord(selector)) {
    for (const [key, value] of stringEntries(selector)) {
      if (!isQualifiedName(key)) report([...at, "nodeSelector", key], "label-key", key);
      if (!isLabelValue(value)) report([...at, "nodeSelector", key], "label-value", value);
    }
  }
}
