import type { IResourceRequirements } from "kubernetes-models/v1/ResourceRequirements";
import { diagnostic } from "../../diagnostics/codes.js";
import type { ConvertOptions } from "../../model/manifest.js";
import type { Service } from "../../model/project.js";
import { quantityValue } from "../../model/quantities.js";
import { CONTAINER, type Collector } from "../shared/collector.js";

type Defaults = NonNullable<ConvertOptions["defaultResources"]>;
const RESOURCES = ["cpu", "memory"] as const;
const AT = [...CONTAINER, "resources"];

/**
 * Fills what the Compose file left open, one resource at a time; what Compose says always wins.
 * - nothing written: request and limit are the default;
 * - a limit only: nothing (Kubernetes takes the limit as the request);
 * - a reservation only: the limit is the default, or the reservation when the default is below it.
 * Without defaults nothing is filled; the output check's note names what is missing (src/policy/resources.ts).
 */
export function fillResources(service: Service, written: IResourceRequirements | undefined, defaults: Defaults | undefined, collector: Collector): IResourceRequirements | undefined {
  const requests: Record<string, string> = { ...(written?.requests as Record<string, string> | undefined) };
  const limits: Record<string, string> = { ...(written?.limits as Record<string, string> | undefined) };
  for (const resource of RESOURCES) {
    if (limits[resource] !== undefined) continue;
    const request = requests[resource];
    const fallback = defaults?.[resource];
    if (fallback === undefined) continue;
    const why = `--default-resources ${resource}=${fallback}: the Compose file sets no ${resource} ${request === undefined ? "reservation or limit" : "limit"}`;
    if (request === undefined) {
      requests[resource] = fallback;
      collector.defaulted([...AT, "requests", resource], why);
      limits[resource] = fallback;
    } else {
      const below = (quantityValue(fallback) ?? 0) < (quantityValue(request) ?? 0);
      if (below) collector.report(diagnostic("default-resources-below-request", [...service.path, "deploy", "resources", "reservations"], { resource, request, limit: fallback }));
      limits[resource] = below ? request : fallback;
    }
    collector.defaulted([...AT, "limits", resource], why);
    collector.explain("resources");
  }
  const result: IResourceRequirements = {};
  if (Object.keys(limits).length > 0) result.limits = limits;
  if (Object.keys(requests).length > 0) result.requests = requests;
  return Object.keys(result).length > 0 ? result : undefined;
}
