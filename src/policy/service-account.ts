import type { KubernetesObject } from "../model/manifest.js";
import { podSpecOf } from "./pod-spec-parts.js";

/** What a workload's pod holds of the Kubernetes API: the account it runs as, and whether its token is mounted. */
export interface AccountFinding {
  /** "default" when the pod names none. */
  account: string;
  /** The pod runs as the namespace's shared "default" account: a Role bound to it reaches every such pod. */
  sharedDefault: boolean;
  /** The token is mounted (automountServiceAccountToken not false on the pod). */
  tokenMounted: boolean;
}

/**
 * The pod's API identity, for a finding when it shares the default account or mounts a token (kube-linter's
 * default-service-account, Polaris' automountServiceAccountToken). Only the pod's own field is read: the
 * ServiceAccount's setting is another object, which lint sees when it has it. Undefined for objects
 * without a pod, and for pods on their own account without a token.
 */
export function accountFinding(object: KubernetesObject): AccountFinding | undefined {
  const pod = podSpecOf(object);
  if (pod === undefined) return undefined;
  const account = pod.spec.serviceAccountName ?? "default";
  const finding = { account, sharedDefault: account === "default", tokenMounted: pod.spec.automountServiceAccountToken !== false };
  return finding.sharedDefault || finding.tokenMounted ? finding : undefined;
}
