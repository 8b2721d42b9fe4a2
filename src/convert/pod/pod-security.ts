import type { IPodSecurityContext } from "kubernetes-models/v1/PodSecurityContext";
import { diagnostic } from "../../diagnostics/codes.js";
import type { Sysctl } from "../../model/project.js";
import { POD_SPEC } from "../shared/collector.js";
import { komposeLabel } from "../kompose-labels.js";
import type { PodContext, PodDraft, PodFields } from "../shared/pod-context.js";
import { SAFE_SYSCTLS } from "../../policy/baseline-controls.js";
import { seccompProfile } from "./seccomp.js";

/** Built once: every pod gets this field, one look-up in the shared trace table (shared/collector.ts). */
const SECCOMP = [...POD_SPEC, "securityContext", "seccompProfile"];

/** The API server's pattern for a sysctl name: dot- or slash-separated segments of [-_a-z0-9]. */
const SYSCTL_NAME = /^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$/;
/** IPC sysctls: they belong to the host when the pod uses hostIPC, so the API server refuses them then. */
const IPC_SYSCTL = /^(kernel\.(shm|msg|sem)|fs\.mqueue\.)/;

function sysctls(spec: PodFields, context: PodContext): Sysctl[] {
  const kept: Sysctl[] = [];
  for (const sysctl of context.service.sysctls ?? []) {
    const reason = !SYSCTL_NAME.test(sysctl.name) || sysctl.name.length > 253
      ? "it is not a valid sysctl name (lowercase segments separated by '.', for example net.core.somaxconn)."
      : spec.hostNetwork === true && sysctl.name.startsWith("net.")
        ? "net.* sysctls would change the node's network stack with network_mode: host, and Kubernetes refuses them."
        : spec.hostIPC === true && IPC_SYSCTL.test(sysctl.name)
          ? "IPC sysctls would change the node's with ipc: host, and Kubernetes refuses them."
          : undefined;
    if (reason === undefined) kept.push(sysctl);
    else context.collector.report(diagnostic("sysctl-invalid", sysctl.path, { name: sysctl.name, reason }));
  }
  const unsafe = kept.filter((sysctl) => !SAFE_SYSCTLS.has(sysctl.name));
  const [first] = unsafe;
  if (first !== undefined) context.collector.report(diagnostic("sysctl-unsafe", first.path.slice(0, -1), { names: unsafe.map((sysctl) => sysctl.name).join(", ") }));
  return kept;
}

/** group_add: ["999", "audio"] → supplementalGroups [999]; names cannot be resolved outside the image (warning). */
function supplementalGroups(context: PodContext): number[] {
  const groups: number[] = [];
  (context.service.groupAdd ?? []).forEach((group, index) => {
    if (/^\d+$/.test(group)) groups.push(Number(group));
    else context.collector.report(diagnostic("group-name", [...context.service.path, "group_add", index], { group }));
  });
  return [...new Set(groups)];
}

/**
 * The pod's securityContext: sysctls, group_add, the fsGroup of kompose.security-context.fsgroup, and the
 * seccomp profile Docker would apply (src/convert/pod/seccomp.ts).
 * Call after convertHostNamespaces: which sysctls are allowed depends on hostNetwork and hostIPC.
 */
export function convertPodSecurity(context: PodContext, { spec }: PodDraft): void {
  const { service, collector } = context;
  const fsGroup = komposeLabel(service.labels, "kompose.security-context.fsgroup");
  const at = [...POD_SPEC, "securityContext"];
  const securityContext: IPodSecurityContext = {};
  const kept = sysctls(spec, context);
  if (kept.length > 0) {
    securityContext.sysctls = kept.map(({ name, value }) => ({ name, value }));
    kept.forEach((sysctl, index) => collector.trace([...at, "sysctls", index], sysctl.path));
    collector.explain("sysctls");
  }
  const groups = supplementalGroups(context);
  if (groups.length > 0) {
    securityContext.supplementalGroups = groups;
    collector.trace([...at, "supplementalGroups"], [...service.path, "group_add"]);
  }
  if (fsGroup !== undefined) {
    securityContext.fsGroup = fsGroup;
    collector.trace([...at, "fsGroup"], [...service.path, "labels", "kompose.security-context.fsgroup"]);
  }
  if (groups.length > 0 || fsGroup !== undefined) context.collector.explain("supplemental-groups");
  const seccomp = seccompProfile(service);
  if (seccomp !== undefined) {
    securityContext.seccompProfile = seccomp.profile;
    if (seccomp.source !== undefined) collector.trace(SECCOMP, seccomp.source);
    else collector.defaulted(SECCOMP, "Docker applies its default seccomp profile to every container; Kubernetes only when asked");
    collector.explain("seccomp-default");
  }
  if (Object.keys(securityContext).length > 0) spec.securityContext = securityContext;
}
