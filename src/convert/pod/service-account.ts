import type { IServiceAccount } from "kubernetes-models/v1/ServiceAccount";
import { POD_SPEC, defaultedTo, noteOn } from "../shared/collector.js";
import { objectMeta, widen } from "../shared/object-meta.js";
import type { PodContext, PodDraft } from "../shared/pod-context.js";
import { AUTOMOUNT_TOKEN, METADATA_NAME } from "../shared/object-fields.js";

const NO_API = "the app does not call the Kubernetes API: a Compose container has no orchestrator credentials either";
// Built once: a constant field is one look-up in the shared trace table (shared/collector.ts), not one per part.
const ACCOUNT_NAME = [...POD_SPEC, "serviceAccountName"];
const AUTOMOUNT = [...POD_SPEC, "automountServiceAccountToken"];

/**
 * Every workload runs as its own ServiceAccount, named after it, whose token is not mounted: a pod of
 * the "default" account gets a token at /var/run/secrets/kubernetes.io/serviceaccount that a Compose
 * container never had. Pods that need the API keep theirs: the account kompose.serviceaccount-name
 * names (image pulls) and the one the Job waits use (job access) are set before this concern runs, and
 * it leaves them alone. In a shared pod only the owner (the first podmate) sets and writes the account.
 */
export function convertServiceAccount(context: PodContext, pod: PodDraft): void {
  const { service, workload, scope, collector, podmates } = context;
  // Members of a shared pod leave the pod's account to its owner, the first podmate.
  if (pod.spec.serviceAccountName !== undefined || (podmates !== undefined && [...podmates][0] !== service.name)) return;
  pod.spec.serviceAccountName = workload;
  pod.spec.automountServiceAccountToken = false;
  collector.defaulted(ACCOUNT_NAME, "one ServiceAccount per workload, so permissions granted later reach only it");
  collector.defaulted(AUTOMOUNT, NO_API);
  collector.explain("workload-service-account");
  const account: IServiceAccount = { apiVersion: "v1", kind: "ServiceAccount", metadata: objectMeta(workload, scope, workload), automountServiceAccountToken: false };
  const traces = [defaultedTo(METADATA_NAME, "the workload's name"), defaultedTo(AUTOMOUNT_TOKEN, NO_API)];
  collector.add({ object: widen(account), source: service.path, explanations: ["workload-service-account"], fieldNotes: [noteOn(AUTOMOUNT_TOKEN, "no API token in the pod")], traces });
}
