import type { MessageRows } from "./table.js";

/** Diagnostics of the convert stage about production defaults: Pod Security levels and resources. */
export const convertProductionMessages = {
  "pod-security-short": {
    severity: "warning",
    text: (p: { workload: string; level: string; wanted: string; reasons: string }) =>
      `${p.workload} meets the Pod Security level "${p.level}", not "${p.wanted}" asked with --pod-security, and kubepose cannot change that without changing what the Compose file says the app does: ${p.reasons} A namespace enforcing ${p.wanted} refuses its pods; change the Compose file (for example user: "1000"), or run it in a namespace that allows ${p.level}.`,
  },
  "resources-missing": {
    severity: "note",
    text: (p: { container: string; missing: string }) =>
      `container ${p.container} has no ${p.missing}: Kubernetes schedules it without reserving anything (BestEffort, evicted first) and lets it use the whole node. Set deploy.resources (for example reservations: { cpus: "0.1", memory: 128M }) or give defaults with --default-resources cpu=100m,memory=128Mi.`,
  },
  "default-resources-below-request": {
    severity: "note",
    text: (p: { resource: string; request: string; limit: string }) =>
      `the --default-resources ${p.resource} limit ${p.limit} is below the ${p.resource} reservation ${p.request} of the Compose file, so the limit is the reservation (Kubernetes refuses a limit below the request).`,
  },
} satisfies MessageRows;
