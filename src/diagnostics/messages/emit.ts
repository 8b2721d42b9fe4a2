import type { MessageRows } from "./table.js";

export const emitMessages = {
  "chart-secret-placeholder": {
    severity: "warning",
    text: (p: { secret: string; keys: string }) =>
      `the chart's values.yaml leaves the values of Secret ${p.secret} (${p.keys}) empty: the Compose project's values are never written there. Expected them at install time, for example helm install app chart/ --set secrets.${p.secret}.values.KEY=… or --set secrets.${p.secret}.existingSecret=my-secret.`,
  },
  "chart-namespace": {
    severity: "note",
    text: (p: { namespace: string }) =>
      `the chart writes no Namespace and no metadata.namespace: helm install chooses the namespace of each release. Expected it there, for example helm install app chart/ --namespace ${p.namespace} --create-namespace.`,
  },
} satisfies MessageRows;
