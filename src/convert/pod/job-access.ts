import type { IRole } from "kubernetes-models/rbac.authorization.k8s.io/v1/Role";
import type { IRoleBinding } from "kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding";
import type { IServiceAccount } from "kubernetes-models/v1/ServiceAccount";
import type { Path } from "../../diagnostics/types.js";
import { POD_SPEC, defaultedTo, tracedTo, noteOn } from "../shared/collector.js";
import { komposeLabel } from "../kompose-labels.js";
import type { FieldTrace } from "../../model/manifest.js";
import { dnsLabel } from "../shared/names.js";
import { objectMeta, widen } from "../shared/object-meta.js";
import type { PodContext, PodDraft } from "../shared/pod-context.js";

const READ_JOBS = "read the Jobs this pod waits for, and nothing else: get only, by name (list and watch cannot be limited to names)";

/** The depends_on entries that made the Job waits: every manifest of the access traces to the first. */
const waitsSource = (context: PodContext): Path =>
  context.service.dependsOn.find((entry) => entry.condition === "service_completed_successfully")?.path ?? context.service.path;

/**
 * A pod that waits for Jobs reads them from the API server, which needs a permission no pod has by
 * default. The least privilege that does it: a Role allowing `get` on exactly those Jobs (resourceNames),
 * bound by a RoleBinding to the pod's own ServiceAccount "<workload>-job-wait" (or to the account named by
 * kompose.serviceaccount-name, which is then used as it is). The binding's subject has no namespace:
 * in a RoleBinding it means the binding's own namespace, so the objects work in any namespace.
 */
export function convertJobAccess(context: PodContext, pod: PodDraft): void {
  if (pod.jobWaits.length === 0) return;
  const { service, workload, scope, collector } = context;
  const source = waitsSource(context);
  const name = dnsLabel(`${workload}-job-wait`);
  const labelled = komposeLabel(service.labels, "kompose.serviceaccount-name");
  const account = labelled ?? name;
  const byName: FieldTrace = defaultedTo(["metadata", "name"], "<workload>-job-wait: the pod that waits, and what for");
  if (labelled === undefined) {
    pod.spec.serviceAccountName = account;
    collector.trace([...POD_SPEC, "serviceAccountName"], source);
    collector.note([...POD_SPEC, "serviceAccountName"], "may read the Jobs its init containers wait for");
    const serviceAccount: IServiceAccount = { apiVersion: "v1", kind: "ServiceAccount", metadata: objectMeta(name, scope, workload) };
    collector.add({ object: widen(serviceAccount), source, explanations: ["wait-for-job"], fieldNotes: [], traces: [byName] });
  }
  const role: IRole = {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "Role",
    metadata: objectMeta(name, scope, workload),
    rules: [{ apiGroups: ["batch"], resources: ["jobs"], resourceNames: [...new Set(pod.jobWaits)], verbs: ["get"] }],
  };
  const binding: IRoleBinding = {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "RoleBinding",
    metadata: objectMeta(name, scope, workload),
    subjects: [{ kind: "ServiceAccount", name: account }],
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name },
  };
  const rules = [defaultedTo(["rules"], READ_JOBS), tracedTo(["rules", 0, "resourceNames"], source)];
  collector.add({ object: widen(role), source, explanations: ["wait-for-job"], fieldNotes: [noteOn(["rules", 0, "verbs"], "get only: the wait polls, it does not watch")], traces: [byName, ...rules] });
  const subject = labelled === undefined ? defaultedTo(["subjects"], "the pod's own ServiceAccount, in the binding's namespace") : tracedTo(["subjects"], [...service.path, "labels", "kompose.serviceaccount-name"]);
  collector.add({ object: widen(binding), source, explanations: ["wait-for-job"], fieldNotes: [], traces: [byName, subject, defaultedTo(["roleRef"], "the Role above")] });
  collector.explain("wait-for-job");
}
