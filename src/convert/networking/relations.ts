import { diagnostic } from "../../diagnostics/codes.js";
import type { Service } from "../../model/project.js";
import type { Collector } from "../shared/collector.js";

/**
 * networks produce no object: Kubernetes puts every pod on one flat network. A note says so; a warning
 * when the service relied on fixed addresses. Aliases answer through Services of their own (aliases.ts). depends_on is startup-order.ts's.
 */
export function explainRelations(service: Service, collector: Collector): void {
  const named = service.networks.filter((network) => network.name !== "default");
  if (named.length > 0) {
    const networks = named.map((network) => `'${network.name}'`).join(", ");
    collector.report(diagnostic("networks-flat", [...service.path, "networks"], { service: service.name, networks: `network${named.length > 1 ? "s" : ""} ${networks}` }));
    collector.explain("networks");
  }
  for (const network of service.networks) {
    // Aliases become Services of their own (aliases.ts); fixed addresses have no equivalent.
    if (network.ipv4Address !== undefined || network.ipv6Address !== undefined) {
      collector.report(diagnostic("network-addressing", network.path, { service: service.name, network: network.name }));
      collector.explain("networks");
    }
  }
}
