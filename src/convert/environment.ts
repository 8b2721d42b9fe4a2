import type { IConfigMap } from "kubernetes-models/v1/ConfigMap";
import type { IEnvFromSource } from "kubernetes-models/v1/EnvFromSource";
import type { IEnvVar } from "kubernetes-models/v1/EnvVar";
import type { ISecret } from "kubernetes-models/v1/Secret";
import { diagnostic } from "../diagnostics/codes.js";
import type { Service } from "../normalize/model.js";
import { CONTAINER, type Collector } from "./collector.js";
import { configMapKey, derivedName, uniqueKeys } from "./names.js";
import { objectMeta, widen, type Scope } from "./object-meta.js";
import { isSensitiveVariable } from "./sensitive-names.js";

/**
 * A name that envFrom can export: a valid ConfigMap key that is also a valid variable name on every
 * supported Kubernetes version ("DB_HOST", "log.level"); "1ST", "MY VAR" are not.
 */
const ENV_FROM_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

/** Kubernetes expands "$(VAR)" in env values, command and args; "$$(" keeps it as written, as Compose would. */
export const escapeExpansion = (value: string): string => value.replaceAll("$(", () => "$$(");

export interface EnvironmentFragment {
  envFrom: IEnvFromSource[];
  env: IEnvVar[];
}

/**
 * Plain variables go to the ConfigMap `<svc>-env`, credentials (see sensitive-names.ts) to the Secret
 * `<svc>-env-secret`; both reach the container through envFrom, so the pod spec stays short. A name that
 * envFrom cannot export is set in `env` instead: literally when plain. When such a name is also sensitive,
 * every sensitive variable is set through `env` + secretKeyRef (keys sanitised), because envFrom would
 * otherwise export the sanitised key as a variable of its own; values still live only in the Secret.
 */
export function convertEnvironment(service: Service, workload: string, scope: Scope, collector: Collector): EnvironmentFragment {
  const entries = Object.entries(service.environment);
  const secretName = derivedName(workload, "env", "secret");
  const isSecret = ([name, value]: [string, string]): boolean => isSensitiveVariable(name, value);
  const plainEntries = entries.filter((entry) => !isSecret(entry));
  const secretEntries = entries.filter(isSecret);
  const secretByKeyRef = secretEntries.some(([name]) => !ENV_FROM_NAME.test(name));
  const secretKeys = secretByKeyRef ? uniqueKeys(secretEntries.map(([name]) => configMapKey(name))) : secretEntries.map(([name]) => name);

  for (const [name] of entries) {
    if (!ENV_FROM_NAME.test(name)) {
      collector.report(diagnostic("environment-name", service.environmentPaths[name] ?? [...service.path, "environment"], { name }));
    }
  }
  const env: IEnvVar[] = plainEntries
    .filter(([name]) => !ENV_FROM_NAME.test(name))
    .map(([name, value]) => ({ name, value: escapeExpansion(value) }));
  if (secretByKeyRef) {
    secretEntries.forEach(([name], index) => {
      env.push({ name, valueFrom: { secretKeyRef: { name: secretName, key: secretKeys[index] ?? configMapKey(name) } } });
    });
  }

  const fromEnvFile = service.keys.includes("env_file");
  const source = [...service.path, "environment"];
  const envFrom: IEnvFromSource[] = [];
  const plain = Object.fromEntries(plainEntries.filter(([name]) => ENV_FROM_NAME.test(name)));
  if (Object.keys(plain).length > 0) {
    const name = derivedName(workload, "env");
    const configMap: IConfigMap = { apiVersion: "v1", kind: "ConfigMap", metadata: objectMeta(name, scope, workload), data: plain };
    collector.add({
      object: widen(configMap),
      source,
      explanations: fromEnvFile ? ["environment-to-configmap", "env-file"] : ["environment-to-configmap"],
      fieldNotes: [],
    });
    envFrom.push({ configMapRef: { name } });
    collector.explain("environment-to-configmap");
  }
  if (secretEntries.length > 0) {
    const stringData = Object.fromEntries(secretEntries.map(([name, value], index) => [secretKeys[index] ?? name, value]));
    const secret: ISecret = { apiVersion: "v1", kind: "Secret", metadata: objectMeta(secretName, scope, workload), type: "Opaque", stringData };
    collector.add({
      object: widen(secret),
      source,
      explanations: fromEnvFile ? ["sensitive-environment-to-secret", "env-file"] : ["sensitive-environment-to-secret"],
      fieldNotes: [{ field: ["stringData"], text: "variables whose name or value looks like a credential" }],
    });
    if (!secretByKeyRef) envFrom.push({ secretRef: { name: secretName } });
    collector.explain("sensitive-environment-to-secret");
  }
  if (env.length > 0) collector.note([...CONTAINER, "env"], "set one by one: envFrom cannot export these names");
  return { envFrom, env };
}
