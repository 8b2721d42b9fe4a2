import type { MessageRows } from "./table.js";

/**
 * What the API server would reject in a generated object, one text per rule of src/check/api-rules.ts.
 * Each gets the offending value (already shortened) and says what was expected, with an example.
 */
export const outputProblems = {
  "dns-subdomain": (v: string) =>
    `"${v}" is not a valid name. Expected a DNS-1123 subdomain: at most 253 lowercase letters, digits, "-" and ".", starting and ending with a letter or digit, for example "web" or "web.v2"`,
  "dns-label": (v: string) =>
    `"${v}" is not a valid name. Expected a DNS-1123 label: at most 63 lowercase letters, digits and "-", starting and ending with a letter or digit, for example "web-1"`,
  "service-name": (v: string) =>
    `"${v}" is not a valid Service name. Expected at most 63 lowercase letters, digits and "-", starting with a letter and ending with a letter or digit, for example "web" (not "1web")`,
  "cron-job-name": (v: string) =>
    `"${v}" is too long for a CronJob name. Expected at most 52 characters, since Kubernetes appends a suffix for each Job, for example "nightly-backup"`,
  "stateful-set-name": (v: string) =>
    `"${v}" is too long for a StatefulSet name. Expected at most 52 characters: each pod gets the label controller-revision-hash "NAME-HASH", which may not pass 63, for example "postgres"`,
  "ip-address": (v: string) => `"${v}" is not an IP address. Expected an IPv4 or IPv6 address, for example "10.0.0.5" or "fd00::53"`,
  "too-many-nameservers": (v: string) => `${v} nameservers are listed. Expected at most 3, for example ["10.0.0.53"]`,
  "too-many-searches": (v: string) => `${v} search domains are listed. Expected at most 32`,
  "headless-type": (v: string) =>
    `a headless Service (clusterIP: None) has type ${v}. Expected type ClusterIP; publish the pods through a second Service of type ${v}`,
  "node-port-type": (v: string) =>
    `a Service of type ${v} names a nodePort. Expected type NodePort or LoadBalancer, or no nodePort`,
  "label-key": (v: string) =>
    `"${v}" is not a valid label key. Expected an optional DNS prefix and "/", then at most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit, for example "app.kubernetes.io/name"`,
  "label-value": (v: string) =>
    `"${v}" is not a valid label value. Expected at most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit (or empty), for example "web"`,
  "annotation-key": (v: string) =>
    `"${v}" is not a valid annotation key. Expected an optional DNS prefix and "/", then at most 63 letters, digits, "-", "_" and ".", for example "kubepose.io/source"`,
  "annotations-size": (v: string) =>
    `annotations take ${v} bytes. Expected at most 262144 bytes (256 KiB) in total; move large values into a ConfigMap`,
  "duplicate-container-name": (v: string) =>
    `container name "${v}" is used twice in one pod. Expected unique container names, for example "web" and "web-sidecar"`,
  "port-name": (v: string) =>
    `"${v}" is not a valid container port name. Expected an IANA service name: at most 15 lowercase letters, digits and "-", with at least one letter and no "-" at either end or twice in a row, for example "http" or "web-8080"`,
  "service-port-name": (v: string) =>
    `"${v}" is not a valid Service port name. Expected a DNS-1123 label: at most 63 lowercase letters, digits and "-", starting and ending with a letter or digit, for example "http" or "metrics-exporter"`,
  "duplicate-port-name": (v: string) => `port name "${v}" is used twice. Expected unique port names, for example "http" and "https"`,
  "port-number": (v: string) => `${v} is not a valid port number. Expected a whole number from 1 to 65535, for example 8080`,
  "duplicate-service-port": (v: string) =>
    `port ${v} is listed twice. Expected each port and protocol once per Service, for example 80/TCP and 80/UDP`,
  "service-port-name-required": (v: string) =>
    `port ${v} has no name, but the Service has several ports. Expected a name on each, for example "http"`,
  "target-port": (v: string) =>
    `"${v}" is not a valid target port. Expected a port number from 1 to 65535 or a port name, for example 8080 or "http"`,
  "selector-mismatch": (v: string) =>
    `the selector asks for ${v}, which the pod template's labels do not have. Expected every selector label on the template, for example app: web in both`,
  "undeclared-volume": (v: string) =>
    `the mount refers to volume "${v}", which the pod does not declare. Expected a spec.volumes entry with that name`,
  "duplicate-volume-name": (v: string) => `volume name "${v}" is used twice in one pod. Expected unique volume names`,
  "duplicate-mount-path": (v: string) =>
    `mount path "${v}" is used twice in one container. Expected each path once, for example /data and /config`,
  "sub-path": (v: string) =>
    `"${v}" is not a valid subPath. Expected a relative path without "..", for example "conf/app.ini"`,
  "env-name": (v: string) =>
    `"${v}" is not a valid environment variable name. Expected letters, digits, "_", "-" and ".", not starting with a digit, for example "DATABASE_URL"`,
  "data-key": (v: string) =>
    `"${v}" is not a valid key. Expected at most 253 letters, digits, "-", "_" and ".", for example "app.conf"`,
  "duplicate-data-key": (v: string) => `key "${v}" appears in both data and binaryData. Expected each key once`,
  "data-size": (v: string) =>
    `the data takes ${v} bytes. Expected at most 1048576 bytes (1 MiB); mount large files from a volume instead`,
  "job-restart-policy": (v: string) =>
    `restartPolicy "${v}" is not allowed for a Job's pods. Expected "Never" or "OnFailure"`,
  "always-restart-policy": (v: string) =>
    `restartPolicy "${v}" is not allowed here: long-running workloads always restart their pods. Expected "Always"`,
} satisfies Record<string, (value: string) => string>;

export type OutputProblem = keyof typeof outputProblems;

/** kubepose checks its own output; these mean a generated object would be rejected by the cluster. */
export const checkMessages = {
  "output-unknown-kind": {
    severity: "error",
    text: (p: { object: string; apiVersion: string; known: string }) =>
      `generated ${p.object} has apiVersion "${p.apiVersion}", which kubepose cannot check. Expected one of: ${p.known}`,
  },
  "output-schema": {
    severity: "error",
    text: (p: { object: string; field: string; problem: string }) =>
      `generated ${p.object} does not match the Kubernetes schema: ${p.field} ${p.problem}. This is a bug in kubepose; please report it with the Compose file`,
  },
  "output-unknown-field": {
    severity: "error",
    text: (p: { object: string; field: string; type: string; nearest: string }) =>
      `generated ${p.object} has field ${p.field}, which a Kubernetes ${p.type} does not have. Expected a field of ${p.type}; the closest are: ${p.nearest}`,
  },
  "output-rule": {
    severity: "error",
    text: (p: { object: string; field: string; problem: OutputProblem; value: string }) =>
      `generated ${p.object} would be rejected by the API server: ${p.field}: ${outputProblems[p.problem](p.value)}`,
  },
} satisfies MessageRows;
