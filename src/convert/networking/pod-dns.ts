import type { IPodDNSConfig } from "kubernetes-models/v1/PodDNSConfig";
import { diagnostic } from "../../diagnostics/codes.js";
import { isIPAddress } from "../../model/ip-address.js";
import { POD_SPEC } from "../shared/collector.js";
import { isDnsLabel } from "../shared/names.js";
import type { PodContext, PodDraft } from "../shared/pod-context.js";

const SEARCH_DOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\.?$/;

/**
 * With dnsPolicy ClusterFirst the kubelet puts the cluster's DNS server first and keeps at most three
 * nameservers in all, so two of ours fit; the API server itself takes at most three in dnsConfig.
 */
const MAX_OWN_NAMESERVERS = 2;

/**
 * dns, dns_search, dns_opt → dnsConfig, keeping the default dnsPolicy ClusterFirst. In Compose a
 * container keeps resolving service names through Docker's embedded DNS and `dns` only sets the
 * servers it forwards other names to; dnsPolicy None would drop the cluster DNS and with it every
 * Service name, a much bigger change, so the servers are added after the cluster DNS instead (note).
 * "ndots:2" → { name: ndots, value: "2" }; "rotate" → { name: rotate }.
 */
export function convertDns(context: PodContext, { spec }: PodDraft): void {
  const { service, collector } = context;
  // Most services set none of the three: no lists, closures and config to find that (the concerns run for every pod).
  if (service.dns === undefined && service.dnsSearch === undefined && service.dnsOptions === undefined) return;
  const config: IPodDNSConfig = {};
  const report = (key: string, value: string, expected: string): void => collector.report(diagnostic("dns-value", [...service.path, key], { key, value, expected }));

  const nameservers: string[] = [];
  for (const server of service.dns ?? []) {
    if (!isIPAddress(server)) report("dns", server, "a nameserver must be an IP address, for example 10.0.0.53.");
    else if (nameservers.length >= MAX_OWN_NAMESERVERS) report("dns", server, "a pod resolves with at most three nameservers and the cluster DNS is the first.");
    else if (!nameservers.includes(server)) nameservers.push(server);
  }
  const searches = (service.dnsSearch ?? []).filter((domain) => {
    const valid = SEARCH_DOMAIN.test(domain) && domain.length <= 253;
    if (!valid) report("dns_search", domain, "expected a lowercase domain name, for example corp.example.com.");
    return valid;
  });
  const options = (service.dnsOptions ?? []).flatMap((option) => {
    const [name = "", ...rest] = option.split(":");
    if (name.trim() === "") {
      report("dns_opt", option, "expected OPTION or OPTION:VALUE, for example ndots:2.");
      return [];
    }
    return [rest.length === 0 ? { name: name.trim() } : { name: name.trim(), value: rest.join(":").trim() }];
  });
  if (nameservers.length > 0) config.nameservers = nameservers;
  if (searches.length > 0) config.searches = searches;
  if (options.length > 0) config.options = options;
  if (Object.keys(config).length === 0) return;
  spec.dnsConfig = config;
  collector.explain("dns-config");
  for (const [field, key] of [["nameservers", "dns"], ["searches", "dns_search"], ["options", "dns_opt"]] as const) {
    if (config[field] !== undefined) collector.trace([...POD_SPEC, "dnsConfig", field], [...service.path, key]);
  }
  if (nameservers.length > 0) {
    collector.report(diagnostic("dns-cluster-first", [...service.path, "dns"], { nameservers: nameservers.join(", ") }));
    collector.note([...POD_SPEC, "dnsConfig", "nameservers"], "after the cluster DNS, which answers first (dnsPolicy ClusterFirst)");
  }
}

/**
 * domainname → spec.subdomain, the Kubernetes way to give a pod a domain: with hostname "db" and
 * subdomain "data", the pod is db.data.<namespace>.svc.cluster.local, while a headless Service named
 * "data" selects it. A dotted domain ("example.com") cannot be a subdomain, which is one label.
 */
export function convertDomainname(context: PodContext, { spec }: PodDraft): void {
  const { service, collector } = context;
  const domainname = service.domainname;
  if (domainname === undefined) return;
  const path = [...service.path, "domainname"];
  if (!isDnsLabel(domainname)) {
    collector.report(diagnostic("domainname-invalid", path, { domainname }));
    return;
  }
  spec.subdomain = domainname;
  collector.trace([...POD_SPEC, "subdomain"], path);
  collector.explain("domainname-to-subdomain");
  collector.report(diagnostic("domainname-subdomain", path, { domainname, service: service.name }));
}
