import type { ISeccompProfile } from "kubernetes-models/v1/SeccompProfile";
import type { Path } from "../../diagnostics/types.js";
import type { Service } from "../../model/project.js";

/** `seccomp:unconfined` or `seccomp=unconfined` (Docker accepts both separators). */
const UNCONFINED = /^seccomp[:=]unconfined$/i;

/**
 * The pod's seccomp profile. Docker filters system calls with its default profile in every container
 * unless told otherwise; Kubernetes runs Unconfined unless a profile is named. So: RuntimeDefault (the
 * container runtime's own default profile), Unconfined when security_opt says seccomp:unconfined, and
 * nothing when the service is privileged (Docker runs privileged containers without seccomp, and so does
 * Kubernetes, whatever the profile says).
 */
export function seccompProfile(service: Service): { profile: ISeccompProfile; source?: Path } | undefined {
  if (service.privileged) return undefined;
  const index = (service.securityOpt ?? []).findIndex((option) => UNCONFINED.test(option.trim()));
  if (index !== -1) return { profile: { type: "Unconfined" }, source: [...service.path, "security_opt", index] };
  return { profile: { type: "RuntimeDefault" } };
}
