import type { KubernetesObject } from "../model/manifest.js";
import { podSpecOf } from "./pod-spec-parts.js";

const RESOURCES = ["cpu", "memory"] as const;

/** One app container of a workload without a request or a limit: what it lacks, in words. */
export interface ResourceGap {
  container: string;
  /** ["cpu request and limit", "memory limit"] */
  missing: string[];
}

/**
 * The app containers of a workload that lack a cpu or memory request or limit (kube-score's and
 * Polaris' "resources" checks). A limit alone is enough: Kubernetes takes it as the request too.
 * Init containers run one at a time before the app and are not counted. Pure: lint reads it too.
 */
export function resourceGaps(object: KubernetesObject): ResourceGap[] {
  const pod = podSpecOf(object);
  if (pod === undefined) return [];
  return pod.spec.containers.flatMap((container): ResourceGap[] => {
    const requests = (container.resources?.requests ?? {}) as Record<string, unknown>;
    const limits = (container.resources?.limits ?? {}) as Record<string, unknown>;
    const missing = RESOURCES.flatMap((resource): string[] => {
      if (limits[resource] !== undefined) return [];
      return [requests[resource] === undefined ? `${resource} request and limit` : `${resource} limit`];
    });
    return missing.length === 0 ? [] : [{ container: container.name, missing }];
  });
}
