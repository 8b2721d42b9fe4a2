import { diagnostic } from "../../diagnostics/codes.js";
import type { Service } from "../../model/project.js";
import { CONTAINER, type Collector } from "../shared/collector.js";
import { dnsLabel, isHostnameLabel } from "../shared/names.js";

const NAME = [...CONTAINER, "name"];

/**
 * container_name → the name of the pod's container, shown by kubectl logs -c and kubectl describe.
 * Pods themselves get generated names ("web-7c9f8d6b5-x2x9q"), one per replica, so container_name
 * cannot name what Compose named; peers reach it through a Service of that name (networking/aliases.ts). Container
 * names are DNS labels: "My_App" becomes "my-app" with a note. Without container_name: the workload name.
 */
export function containerName(service: Service, workload: string, collector: Collector): string {
  const written = service.containerName;
  if (written === undefined) {
    collector.defaulted(NAME, "the workload's name");
    return workload;
  }
  collector.trace(NAME, [...service.path, "container_name"]);
  collector.explain("container-name");
  if (isHostnameLabel(written)) return written;
  const used = dnsLabel(written);
  collector.report(diagnostic("container-name-invalid", [...service.path, "container_name"], { name: written, used }));
  return used;
}
