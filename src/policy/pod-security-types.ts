import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import type { Path } from "../diagnostics/types.js";

/** The three Pod Security Standards levels, from the most open to the most restricted. */
export const POD_SECURITY_LEVELS = ["privileged", "baseline", "restricted"] as const;
export type PodSecurityLevel = (typeof POD_SECURITY_LEVELS)[number];

/** Where the table of controls is written: every control below is a row of it. */
export const PSS_SOURCE = "https://kubernetes.io/docs/concepts/security/pod-security-standards/";

/** One field of a pod spec that a control forbids at its level. */
export interface PodSecurityFinding {
  control: string;
  /** The level the field keeps the pod from meeting. */
  level: Exclude<PodSecurityLevel, "privileged">;
  /** The field inside the pod spec: ["containers", 0, "securityContext", "privileged"]. */
  field: Path;
  /** What is there and what the level allows, as a sentence. */
  problem: string;
}

/** One control of the Pod Security Standards: its name in the docs' table, its level, and its check. */
export interface PodSecurityControl {
  id: string;
  title: string;
  level: Exclude<PodSecurityLevel, "privileged">;
  check(spec: IPodSpec): Omit<PodSecurityFinding, "control" | "level">[];
}
