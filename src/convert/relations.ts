import { diagnostic } from "../diagnostics/codes.js";
import type { Service } from "../normalize/model.js";
import type { Collector } from "./collector.js";

/** What a depends_on condition waits for, in words: "service_healthy" → "healthy". */
const conditionWords = {
  service_started: "started",
  service_healthy: "healthy",
  service_completed_successfully: "completed successfully",
} as const satisfies Record<Service["dependsOn"][number]["condition"], string>;

/**
 * depends_on and networks produce no object: Kubernetes starts every pod at once and puts them all on one
 * flat network. A note says so; a warning when the service relied on more (health or completion
 * conditions, aliases, fixed addresses). Init containers and NetworkPolicies are a later step.
 */
export function explainRelations(service: Service, collector: Collector): void {
  for (const dependency of service.dependsOn) {
    if (dependency.condition === "service_started") {
      collector.report(diagnostic("depends-on-order", dependency.path, { service: service.name, dependency: dependency.service }));
    } else {
      collector.report(diagnostic("depends-on-condition", dependency.path, { service: service.name, dependency: dependency.service, condition: conditionWords[dependency.condition] }));
    }
  }
  if (service.dependsOn.length > 0) collector.explain("depends-on");

  const named = service.networks.filter((network) => network.name !== "default");
  if (named.length > 0) {
    const networks = named.map((network) => `'${network.name}'`).join(", ");
    collector.report(diagnostic("networks-flat", [...service.path, "networks"], { service: service.name, networks: `network${named.length > 1 ? "s" : ""} ${networks}` }));
    collector.explain("networks");
  }
  for (const network of service.networks) {
    if (network.aliases.length > 0 || network.ipv4Address !== undefined || network.ipv6Address !== undefined) {
      collector.report(diagnostic("network-addressing", network.path, { service: service.name, network: network.name }));
      collector.explain("networks");
    }
  }
}
