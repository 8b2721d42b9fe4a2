import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import type { PodContext, PodDraft } from "../shared/pod-context.js";
import { PodVolumes } from "../shared/pod-volumes.js";
import { podConcerns, type PodConcern } from "./pod-concerns.js";

/** A pod draft with nothing in it yet. */
const emptyDraft = (): PodDraft => ({ ports: [], environment: { envFrom: [] }, volumes: new PodVolumes(), app: { name: "" }, initContainers: [], jobWaits: [], spec: {} });

/**
 * The pod of one service: every concern of the table applied in order to one draft, then the spec in
 * the order Kubernetes readers expect: init containers, the app container, then the pod-level fields.
 */
export function convertPodSpec(context: PodContext, concerns: readonly PodConcern[] = podConcerns): IPodSpec {
  const pod = emptyDraft();
  for (const concern of concerns) concern.apply(context, pod);
  return { ...(pod.initContainers.length > 0 ? { initContainers: pod.initContainers } : {}), containers: [pod.app], ...pod.spec };
}
