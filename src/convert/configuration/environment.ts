import type { IConfigMap } from "kubernetes-models/v1/ConfigMap";
import type { IEnvFromSource } from "kubernetes-models/v1/EnvFromSource";
import type { IEnvVar } from "kubernetes-models/v1/EnvVar";
import type { ISecret } from "kubernetes-models/v1/Secret";
import { diagnostic } from "../../diagnostics/codes.js";
import type { Service } from "../../model/project.js";
import { CONTAINER, defaultedTo, tracedTo, type Collector } from "../shared/collector.js";
import type { FieldTrace } from "../../model/manifest.js";
import { derivedName } from "../shared/names.js";
import { objectMeta, widen, type Scope } from "../shared/object-meta.js";
import type { EnvironmentFragment } from "../shared/pod-context.js";
import { isSensitiveVariable } from "../../model/credentials.js";
import { MIN_MASKED_LENGTH } from "../../model/redact.js";
import { put } from "../../model/own-keys.js";
import { withReferences, type SecretReferences } from "../shared/secret-references.js";

/**
 * A name Kubernetes accepts for a variable and as a ConfigMap key: letters, digits, "_", "-" and ".", not
 * starting with a digit ("DB_HOST", "log.level"). "1ST" or "MY VAR" are refused by API servers before
 * 1.30 (and by kubepose's output check), so such variables are dropped with a warning.
 */
const VARIABLE_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;


/**
 * Plain variables go to the ConfigMap `<svc>-env`, credentials (see model/credentials.ts) to the Secret
 * `<svc>-env-secret`; both reach the container through envFrom, so the pod spec stays short and a
 * value lives in exactly one object. Compose order is kept within each. A plain variable whose value
 * holds a credential substituted into it (`JAVA_OPTS: -Dpw=${DB_PASSWORD}`) goes to the container's
 * `env` instead, referring to the credential as $(DB_PASSWORD), which the Secret then holds too.
 */
export function convertEnvironment(service: Service, workload: string, scope: Scope, collector: Collector, secrets: SecretReferences, credentialValues: readonly string[] = []): EnvironmentFragment {
  // A value that holds a known credential (an env_file line `JAVA_OPTS=-Dpw=${DB_PASSWORD}`, whose
  // substitution has no Compose path to reference) goes to the Secret whole: the safe direction.
  const credentials = credentialValues.filter((value) => value.length >= MIN_MASKED_LENGTH);
  const holdsCredential = (value: string) => credentials.some((credential) => value.includes(credential));
  const plain: Record<string, string> = {};
  const sensitive: Record<string, string> = {};
  const env: IEnvVar[] = [];
  for (const [name, value] of Object.entries(service.environment)) {
    const path = service.environmentPaths[name] ?? [...service.path, "environment"];
    if (!VARIABLE_NAME.test(name)) {
      collector.report(diagnostic("environment-name", path, { name }));
      continue;
    }
    const sensitiveVariable = isSensitiveVariable(name, value);
    const uses = sensitiveVariable ? [] : secrets.under(path);
    if (uses.length > 0) {
      collector.trace([...CONTAINER, "env", env.length], path);
      collector.note([...CONTAINER, "env", env.length, "value"], `holds ${uses.map((use) => use.variable).join(", ")}: referenced from the Secret, not written here`);
      env.push({ name, value: withReferences(value, uses) });
      continue;
    }
    // Only env_file lines: a value written in Compose that merely equals a credential is left alone.
    const unreferenced = path.includes("env_file") && holdsCredential(value);
    put(sensitiveVariable || unreferenced ? sensitive : plain, name, value);
  }
  for (const [name, value] of Object.entries(secrets.variables)) sensitive[name] ??= value;

  const fromEnvFile = service.keys.includes("env_file");
  const source = [...service.path, "environment"];
  // Each key traced to where its variable was set: services.web.environment.DB_HOST, or an env_file.
  const keyTraces = (field: string, variables: Record<string, string>): FieldTrace[] =>
    Object.keys(variables).map((name) => tracedTo([field, name], service.environmentPaths[name] ?? secrets.sourceOf(name) ?? source));
  const derivedNameTrace = defaultedTo(["metadata", "name"], "named after the workload: <workload>-env");
  const envFrom: IEnvFromSource[] = [];
  if (Object.keys(plain).length > 0) {
    const name = derivedName(workload, "env");
    const configMap: IConfigMap = { apiVersion: "v1", kind: "ConfigMap", metadata: objectMeta(name, scope, workload), data: plain };
    collector.add({
      object: widen(configMap),
      source,
      explanations: fromEnvFile ? ["environment-to-configmap", "env-file"] : ["environment-to-configmap"],
      fieldNotes: [],
      traces: [derivedNameTrace, ...keyTraces("data", plain)],
    });
    collector.trace([...CONTAINER, "envFrom", envFrom.length], source);
    envFrom.push({ configMapRef: { name } });
    collector.explain("environment-to-configmap");
  }
  if (Object.keys(sensitive).length > 0) {
    const name = derivedName(workload, "env", "secret");
    const secret: ISecret = { apiVersion: "v1", kind: "Secret", metadata: objectMeta(name, scope, workload), type: "Opaque", stringData: sensitive };
    collector.add({
      object: widen(secret),
      source,
      explanations: fromEnvFile ? ["sensitive-environment-to-secret", "env-file"] : ["sensitive-environment-to-secret"],
      fieldNotes: [{ field: ["stringData"], text: "variables whose name or value looks like a credential" }],
      traces: [derivedNameTrace, defaultedTo(["type"], "Opaque: any keys and values"), ...keyTraces("stringData", sensitive)],
    });
    collector.trace([...CONTAINER, "envFrom", envFrom.length], source);
    envFrom.push({ secretRef: { name } });
    collector.explain("sensitive-environment-to-secret");
  }
  return { envFrom, env };
}
