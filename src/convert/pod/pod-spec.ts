import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import type { PodContext, PodDraft } from "../shared/pod-context.js";
import { secretReferences, type SecretReferences } from "../shared/secret-references.js";
import { diagnostic } from "../../diagnostics/codes.js";
import { PodVolumes } from "../shared/pod-volumes.js";
import { podConcerns, type PodConcern } from "./pod-concerns.js";

/** A pod draft with nothing in it yet. */
const emptyDraft = (secrets: SecretReferences): PodDraft => ({ ports: [], environment: { envFrom: [], env: [] }, volumes: new PodVolumes(), app: { name: "" }, initContainers: [], jobWaits: [], secrets, spec: {} });

/**
 * The pod of one service: every concern of the table applied in order to one draft, then the spec in
 * the order Kubernetes readers expect: init containers, the app container, then the pod-level fields.
 */
export function convertPodSpec(context: PodContext, concerns: readonly PodConcern[] = podConcerns): IPodSpec {
  const { project, service, collector } = context;
  // Credentials substituted into this service's values: each concern references them from the Secret.
  const secrets = secretReferences(project, service);
  for (const secret of secrets.inClear) collector.report(diagnostic("secret-in-clear", secret.path, { variable: secret.variable }));
  const pod = emptyDraft(secrets);
  // By index: a for-of allocates a result object per concern until this is optimized.
  for (let index = 0; index < concerns.length; index++) concerns[index]!.apply(context, pod);
  // Object.assign, not spreads: the same keys in the same order, without a throwaway object and an
  // iteration of each spread per pod. Lists the concerns grew by push are copied to their exact length:
  // they live to the end of emit, and a grown list has room for 16 more items (shared/pod-volumes.ts).
  const spec: IPodSpec = pod.initContainers.length > 0 ? { initContainers: pod.initContainers.slice(), containers: [pod.app] } : { containers: [pod.app] };
  return Object.assign(spec, pod.spec);
}
