import type { MessageRows } from "./table.js";

/** Diagnostics of the convert stage about Kompose labels, controllers and traffic (issue 4, WORKLOADS & TRAFFIC). */
export const convertWorkloadMessages = {
  "kompose-label-unknown": {
    severity: "warning",
    text: (p: { label: string; suggestion: string }) =>
      `label '${p.label}' looks like a Kompose label but Kompose documents no such label, so it changes nothing.${p.suggestion === "" ? "" : ` Did you mean '${p.suggestion}'?`} The labels are listed at https://kompose.io/user-guide/#labels, for example kompose.service.type: nodeport.`,
  },
  "kompose-label-value": {
    severity: "warning",
    text: (p: { label: string; value: string; expected: string }) =>
      `label '${p.label}' has the value '${p.value}', which kubepose cannot read, so the label is ignored. Expected ${p.expected}.`,
  },
  "kompose-label-unsupported": {
    severity: "warning",
    text: (p: { label: string; advice: string }) =>
      `the Kompose label '${p.label}' is not converted by kubepose. ${p.advice}`,
  },
} satisfies MessageRows;
