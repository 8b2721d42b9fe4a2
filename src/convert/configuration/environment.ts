import type { IConfigMap } from "kubernetes-models/v1/ConfigMap";
import type { IEnvFromSource } from "kubernetes-models/v1/EnvFromSource";
import type { IEnvVar } from "kubernetes-models/v1/EnvVar";
import type { ISecret } from "kubernetes-models/v1/Secret";
import { diagnostic } from "../../diagnostics/codes.js";
import type { Service } from "../../model/project.js";
import { CONTAINER, childField, defaultedTo, tracedTo, noteOn, type Collector } from "../shared/collector.js";
import type { FieldTrace } from "../../model/manifest.js";
import { derivedName } from "../shared/names.js";
import { objectMeta, widen, type Scope } from "../shared/object-meta.js";
import type { EnvironmentFragment } from "../shared/pod-context.js";
import { isSensitiveVariable } from "../../model/credentials.js";
import { MIN_MASKED_LENGTH } from "../../model/redact.js";
import { put } from "../../model/own-keys.js";
import { withReferences, type SecretReferences, type SecretUse } from "../shared/secret-references.js";
import type { Path } from "../../diagnostics/types.js";
import { pathUnder } from "../../model/paths.js";
import { DATA, METADATA_NAME, OBJECT_TYPE, STRING_DATA } from "../shared/object-fields.js";

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
  const { plain, sensitive, env } = sortVariables(service, collector, secrets, credentialValues);
  const fromEnvFile = service.keys.includes("env_file");
  const source = pathUnder(service.path, "environment");
  const envFrom: IEnvFromSource[] = [];
  if (hasKeys(plain)) {
    const name = addConfigMap(service, workload, scope, collector, plain, source, fromEnvFile);
    collector.trace(childField(childField(CONTAINER, "envFrom"), envFrom.length), source);
    envFrom.push({ configMapRef: { name } });
    collector.explain("environment-to-configmap");
  }
  if (hasKeys(sensitive)) {
    const name = addSecret(service, workload, scope, collector, secrets, sensitive, source, fromEnvFile);
    collector.trace(childField(childField(CONTAINER, "envFrom"), envFrom.length), source);
    envFrom.push({ secretRef: { name } });
    collector.explain("sensitive-environment-to-secret");
  }
  // Copies of their exact length: a list grown by push has room for 16 more items, and these live to the end of emit.
  return { envFrom: envFrom.slice(), env: env.length === 0 ? env : env.slice() };
}

/** Whether a record has an own key, without building the list of its keys. */
function hasKeys(record: Record<string, string>): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

/**
 * The service's variables sorted into the ConfigMap's (`plain`), the Secret's (`sensitive`) and the
 * container's own `env` (values that refer to a substituted credential); invalid names are reported.
 */
function sortVariables(service: Service, collector: Collector, secrets: SecretReferences, credentialValues: readonly string[]): { plain: Record<string, string>; sensitive: Record<string, string>; env: IEnvVar[] } {
  // A value that holds a known credential (an env_file line `JAVA_OPTS=-Dpw=${DB_PASSWORD}`, whose
  // substitution has no Compose path to reference) goes to the Secret whole: the safe direction.
  const credentials = credentialValues.length === 0 ? credentialValues : credentialValues.filter((value) => value.length >= MIN_MASKED_LENGTH);
  const plain: Record<string, string> = {};
  const sensitive: Record<string, string> = {};
  const env: IEnvVar[] = [];
  for (const name in service.environment) {
    if (!Object.hasOwn(service.environment, name)) continue;
    const value = service.environment[name] as string;
    const path = service.environmentPaths[name] ?? [...service.path, "environment"];
    if (!VARIABLE_NAME.test(name)) {
      collector.report(diagnostic("environment-name", path, { name }));
      continue;
    }
    const sensitiveVariable = isSensitiveVariable(name, value);
    const uses = sensitiveVariable ? [] : secrets.under(path);
    if (uses.length > 0) {
      referToSecret(collector, env, name, value, path, uses);
      continue;
    }
    // Only env_file lines: a value written in Compose that merely equals a credential is left alone.
    const unreferenced = credentials.length > 0 && path.includes("env_file") && credentials.some((credential) => value.includes(credential));
    put(sensitiveVariable || unreferenced ? sensitive : plain, name, value);
  }
  for (const name in secrets.variables) if (Object.hasOwn(secrets.variables, name)) sensitive[name] ??= secrets.variables[name] as string;
  return { plain, sensitive, env };
}

/** A plain variable holding substituted credentials: the container's own env entry, referring to them as $(NAME). */
function referToSecret(collector: Collector, env: IEnvVar[], name: string, value: string, path: Path, uses: readonly SecretUse[]): void {
  collector.trace([...CONTAINER, "env", env.length], path);
  collector.note([...CONTAINER, "env", env.length, "value"], `holds ${uses.map((use) => use.variable).join(", ")}: referenced from the Secret, not written here`);
  env.push({ name, value: withReferences(value, uses) });
}

/** Each key traced to where its variable was set: services.web.environment.DB_HOST, or an env_file. */
function keyTraces(service: Service, field: Path, variables: Record<string, string>, source: Path, secrets?: SecretReferences): FieldTrace[] {
  const traces: FieldTrace[] = [];
  for (const name in variables) {
    if (Object.hasOwn(variables, name)) traces.push(tracedTo(childField(field, name), service.environmentPaths[name] ?? secrets?.sourceOf(name) ?? source));
  }
  return traces;
}

/** The ConfigMap `<workload>-env` of the plain variables; returns its name. */
function addConfigMap(service: Service, workload: string, scope: Scope, collector: Collector, plain: Record<string, string>, source: Path, fromEnvFile: boolean): string {
  const name = derivedName(workload, "env");
  const configMap: IConfigMap = { apiVersion: "v1", kind: "ConfigMap", metadata: objectMeta(name, scope, workload), data: plain };
  const traces = keyTraces(service, DATA, plain, source);
  traces.unshift(defaultedTo(METADATA_NAME, DERIVED_NAME));
  collector.add({
    object: widen(configMap),
    source,
    explanations: fromEnvFile ? ["environment-to-configmap", "env-file"] : ["environment-to-configmap"],
    fieldNotes: [],
    traces,
  });
  return name;
}

/** The Secret `<workload>-env-secret` of the credentials; returns its name. */
function addSecret(service: Service, workload: string, scope: Scope, collector: Collector, secrets: SecretReferences, sensitive: Record<string, string>, source: Path, fromEnvFile: boolean): string {
  const name = derivedName(workload, "env", "secret");
  const secret: ISecret = { apiVersion: "v1", kind: "Secret", metadata: objectMeta(name, scope, workload), type: "Opaque", stringData: sensitive };
  const traces = keyTraces(service, STRING_DATA, sensitive, source, secrets);
  traces.unshift(defaultedTo(METADATA_NAME, DERIVED_NAME), defaultedTo(OBJECT_TYPE, "Opaque: any keys and values"));
  collector.add({
    object: widen(secret),
    source,
    explanations: fromEnvFile ? ["sensitive-environment-to-secret", "env-file"] : ["sensitive-environment-to-secret"],
    fieldNotes: [noteOn(STRING_DATA, "variables whose name or value looks like a credential")],
    traces,
  });
  return name;
}

const DERIVED_NAME = "named after the workload: <workload>-env";
