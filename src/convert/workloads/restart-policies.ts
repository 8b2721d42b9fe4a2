import type { RestartPolicy } from "../../model/project.js";

/**
 * Which workload a Compose restart policy becomes. Services that Compose keeps running (always,
 * unless-stopped, or no policy, which Kubernetes cannot leave stopped anyway) are Deployments; services
 * meant to finish are Jobs, never bare Pods (a bare Pod is not recreated when its node goes away).
 */
export type WorkloadShape =
  | { kind: "Deployment" }
  | { kind: "Job"; podRestartPolicy: "Never" | "OnFailure" };

export const restartPolicyShapes = {
  always: { kind: "Deployment" },
  "unless-stopped": { kind: "Deployment" },
  no: { kind: "Job", podRestartPolicy: "Never" },
  "on-failure": { kind: "Job", podRestartPolicy: "OnFailure" },
} as const satisfies Record<RestartPolicy, WorkloadShape>;
