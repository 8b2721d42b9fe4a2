import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import { baselineControls } from "./baseline-controls.js";
import { restrictedControls } from "./restricted-controls.js";
import type { PodSecurityControl, PodSecurityFinding, PodSecurityLevel } from "./pod-security-types.js";

export { POD_SECURITY_LEVELS, PSS_SOURCE, type PodSecurityFinding, type PodSecurityLevel, type PodSecurityControl } from "./pod-security-types.js";

/** Every control of the Pod Security Standards' table (https://kubernetes.io/docs/concepts/security/pod-security-standards/), baseline first. */
export const podSecurityControls: readonly PodSecurityControl[] = [...baselineControls, ...restrictedControls];

/** The level a pod spec meets and the fields that keep it from the next one. */
export interface PodSecurityEvaluation {
  level: PodSecurityLevel;
  findings: PodSecurityFinding[];
}

/**
 * The highest Pod Security Standards level a pod spec meets: privileged when a baseline control
 * fails, baseline when only restricted ones do, restricted otherwise. The findings are every failed
 * control's fields, baseline ones first. Pure: the same spec gives the same answer.
 */
export function evaluatePodSecurity(spec: IPodSpec): PodSecurityEvaluation {
  const findings = podSecurityControls.flatMap((control) =>
    control.check(spec).map((found) => ({ control: control.id, level: control.level, ...found })));
  const level: PodSecurityLevel = findings.some((finding) => finding.level === "baseline") ? "privileged"
    : findings.length > 0 ? "baseline" : "restricted";
  return { level, findings };
}

/** Whether a pod that meets `met` is admitted by a namespace that enforces `wanted`. */
export const meetsLevel = (met: PodSecurityLevel, wanted: PodSecurityLevel): boolean =>
  ["privileged", "baseline", "restricted"].indexOf(met) >= ["privileged", "baseline", "restricted"].indexOf(wanted);
