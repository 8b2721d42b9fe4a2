/**
 * Every explanation id the convert stage may attach to a Manifest. The explain stage keeps one
 * templates/explanations/<id>.yaml per id; a test checks that each id listed here has its file.
 */
export const explanationIds = [
  "service-to-deployment",
  "restart-to-job",
  "ports-to-service",
  "expose-to-service",
  "environment-to-configmap",
  "sensitive-environment-to-secret",
  "env-file",
  "named-volume-to-pvc",
  "anonymous-volume",
  "tmpfs-to-emptydir",
  "bind-mount-to-configmap",
  "host-bind-mount",
  "configs-to-configmap",
  "secrets-to-secret",
  "healthcheck-to-probes",
  "resources",
  "command-and-entrypoint",
  "user-to-security-context",
  "capabilities",
  "extra-hosts-to-host-aliases",
  "hostname",
  "stop-grace-period",
  "stdin-tty",
  "labels-to-annotations",
  "depends-on",
  "networks",
  "replicas",
  "restart-policy",
  "build-and-image",
  "namespace",
] as const;

export type ExplanationId = (typeof explanationIds)[number];
