import type { MessageRows } from "./table.js";

/** Diagnostics of the convert stage about credentials substituted into other values (issue 10). */
export const convertSecretMessages = {
  "secret-probe-shell": {
    severity: "note",
    text: (p: { variable: string; name: string }) =>
      `the healthcheck test uses the value of ${p.variable}, which now comes from a Secret. Kubernetes expands $(VAR) in an exec probe only for variables written inline in env, not for ones from a Secret, so the probe runs through /bin/sh and reads "\${${p.name}}" when it runs; the image needs /bin/sh. To avoid the shell, check without the password, for example test: ["CMD", "pg_isready", "-h", "localhost"].`,
  },
  "secret-in-clear": {
    severity: "warning",
    text: (p: { variable: string }) =>
      `this value holds ${p.variable}, substituted from a variable named like a credential, and Kubernetes cannot take it from a Secret here, so it is written in clear where anyone who may read the object can read it. Expected credentials only in environment:, command:, entrypoint:, healthcheck: or secrets:, for example environment: { DB_PASSWORD: "\${DB_PASSWORD}" }.`,
  },
  "config-secret-file": {
    severity: "note",
    text: (p: { config: string }) =>
      `config '${p.config}' reads the file of a Compose secret or has a credential substituted into its content, so it becomes the Secret config-${p.config} rather than a ConfigMap, which anyone who may read ConfigMaps can read. Expected each credential file declared once, under secrets:, for example secrets: { db_password: { file: ./secrets/db_password.txt } }.`,
  },
  "label-credential-value": {
    severity: "warning",
    text: (p: { key: string; variable: string }) =>
      `label '${p.key}' holds the value of ${p.variable}, substituted from a variable named like a credential, so it is not copied to the object's annotations, which anyone who may read the object can read. Give the value to the container that needs it instead, for example environment: { ${p.variable}: "\${${p.variable}}" }.`,
  },
} satisfies MessageRows;
