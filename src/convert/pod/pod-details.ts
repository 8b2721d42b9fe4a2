import type { IContainer } from "kubernetes-models/v1/Container";
import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import { convertGpus } from "./gpus.js";
import { convertHostNamespaces } from "./host-namespaces.js";
import { convertImagePull } from "./image-pull.js";
import { komposeInitContainers } from "./kompose-init-container.js";
import { komposeLabel } from "../kompose-labels.js";
import { applyLifecycleHooks, preStartContainers } from "./lifecycle-hooks.js";
import type { PodContext } from "../shared/pod-context.js";
import { convertDns, convertDomainname } from "../networking/pod-dns.js";
import { convertPodSecurity } from "./pod-security.js";
import { convertScheduling } from "./scheduling.js";
import { startupWaits } from "./startup-order.js";

/**
 * The init containers of a pod, in the order they run: the waits for dependencies (depends_on), then
 * Kompose's init container label, then the pre_start hooks, which Compose runs right before the
 * service's own container, after its dependencies are up.
 */
export function initContainers(context: PodContext, app: IContainer): IContainer[] {
  const waits = startupWaits(context);
  const kompose = komposeInitContainers(context, app, waits.length);
  return [...waits, ...kompose, ...preStartContainers(context, app, waits.length + kompose.length)];
}

/**
 * Pod- and container-level details that need no object of their own: host namespaces, DNS, domain,
 * kernel settings and groups, scheduling, image pulls, GPUs and lifecycle hooks. Host namespaces come
 * first: which sysctls are allowed and which dnsPolicy applies depend on them.
 */
export function convertPodDetails(spec: IPodSpec, app: IContainer, context: PodContext): void {
  convertHostNamespaces(spec, context);
  convertDns(spec, context);
  convertDomainname(spec, context);
  convertPodSecurity(spec, context, komposeLabel(context.service.labels, "kompose.security-context.fsgroup"));
  convertScheduling(spec, context);
  convertImagePull(spec, app, context);
  convertGpus(context, app);
  applyLifecycleHooks(context, app);
}
