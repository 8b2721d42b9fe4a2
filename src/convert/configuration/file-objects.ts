import type { IConfigMap } from "kubernetes-models/v1/ConfigMap";
import type { ISecret } from "kubernetes-models/v1/Secret";
import type { IVolume } from "kubernetes-models/v1/Volume";
import { diagnostic } from "../../diagnostics/codes.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import type { FileObjectDefinition, FileReference, Project, Service } from "../../model/project.js";
import { defaultedTo, tracedTo, noteOn, type Collector } from "../shared/collector.js";
import type { FieldTrace, Manifest } from "../../model/manifest.js";
import { configMapKey, dnsLabel } from "../shared/names.js";
import { objectMeta, widen, type Scope } from "../shared/object-meta.js";
import type { PodVolumes } from "../shared/pod-volumes.js";
import { declaredSecretFiles } from "../../model/credentials.js";

/**
 * Top-level `configs` and `secrets` → one ConfigMap `config-<name>` / Secret `secret-<name>` each (the
 * prefix keeps them apart from the objects of services), holding one key, the name made a valid key.
 * Services mount that key AS A FILE at the reference's target with subPath, never as a folder, since
 * Compose puts a single file there ("/run/secrets/db_password").
 */
type Kind = "config" | "secret";

export const fileObjectName = (kind: Kind, name: string): string => dnsLabel(`${kind}-${name}`);
export const fileObjectKey = (name: string): string => configMapKey(name);

const definitionsOf = (project: Project, kind: Kind): Record<string, FileObjectDefinition> =>
  kind === "config" ? project.configs : project.secrets;
const referencesOf = (service: Service, kind: Kind): FileReference[] => (kind === "config" ? service.configs : service.secrets);

/**
 * A config that reads the `file:` of a secret (`configs: { app: { file: ./secrets/db.txt } }`), or whose
 * `content:` has a credential substituted into it (`content: "password=${DB_PASSWORD}"`), holds a
 * credential: it becomes a Secret `config-<name>` too, so the value reaches no ConfigMap.
 */
export const configHoldsSecret = (project: Project, key: string): boolean => {
  const file = project.configs[key]?.file;
  const { secretFiles, substituted } = secretSourcesOf(project);
  return (file !== undefined && secretFiles.has(file)) || substituted.has(key);
};

/** The secrets' files and the configs with a substituted credential, once per project (not one scan of each per config). */
interface SecretSources {
  secretFiles: ReadonlySet<string>;
  /** Keys of configs (path[1] of `configs.<key>…`) a credential was substituted into. */
  substituted: ReadonlySet<string | number | undefined>;
}
const secretSources = new WeakMap<Project, SecretSources>();
function secretSourcesOf(project: Project): SecretSources {
  let sources = secretSources.get(project);
  if (sources === undefined) {
    const substituted = new Set((project.interpolatedSecrets ?? []).filter((secret) => secret.path[0] === "configs").map((secret) => secret.path[1]));
    sources = { secretFiles: declaredSecretFiles(project.secrets), substituted };
    secretSources.set(project, sources);
  }
  return sources;
}

function fileObject(kind: Kind, key: string, definition: FileObjectDefinition, content: string, scope: Scope, asSecret: boolean): Manifest {
  const name = fileObjectName(kind, key);
  const data = { [fileObjectKey(key)]: content };
  const nameTrace = defaultedTo(["metadata", "name"], `the ${kind}'s name with the prefix ${kind}-`);
  // The content comes from `file`, `content` or `environment` of the definition: the definition itself.
  const contentTrace = (field: string): FieldTrace => tracedTo([field, fileObjectKey(key)], definition.path);
  // A file that is not text travels base64-encoded: a ConfigMap's binaryData, a Secret's data.
  const binary = definition.encoding === "base64";
  if (kind === "config" && !asSecret) {
    const field = binary ? "binaryData" : "data";
    const configMap: IConfigMap = { apiVersion: "v1", kind: "ConfigMap", metadata: objectMeta(name, scope), [field]: data };
    return { object: widen(configMap), source: definition.path, explanations: ["configs-to-configmap"], fieldNotes: [], traces: [nameTrace, contentTrace(field)] };
  }
  const field = binary ? "data" : "stringData";
  const secret: ISecret = { apiVersion: "v1", kind: "Secret", metadata: objectMeta(name, scope), type: "Opaque", [field]: data };
  const fieldNotes = kind === "config" ? [noteOn([field], "the file of a Compose secret: a Secret, not a ConfigMap")] : [];
  return { object: widen(secret), source: definition.path, explanations: ["secrets-to-secret"], fieldNotes, traces: [nameTrace, defaultedTo(["type"], "Opaque: any keys and values"), contentTrace(field)] };
}

/** The ConfigMaps and Secrets of the project, configs then secrets, each by name; only those a service uses. */
export function convertFileObjects(project: Project, scope: Scope): { manifests: Manifest[]; diagnostics: Diagnostic[] } {
  const manifests: Manifest[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const kind of ["config", "secret"] as const) {
    const definitions = definitionsOf(project, kind);
    // Collected once, not asked of every service for every definition.
    const usedKeys = new Set(project.services.flatMap((service) => referencesOf(service, kind).map((reference) => reference.source)));
    for (const key of Object.keys(definitions).sort()) {
      const definition = definitions[key];
      if (definition === undefined) continue;
      const used = usedKeys.has(key);
      if (!used) diagnostics.push(diagnostic("unused-resource", definition.path, { kind, name: key }));
      else if (definition.content !== undefined && !definition.external) {
        const asSecret = kind === "config" && configHoldsSecret(project, key);
        if (asSecret) diagnostics.push(diagnostic("config-secret-file", definition.path, { config: key }));
        manifests.push(fileObject(kind, key, definition, definition.content, scope, asSecret));
      }
      else {
        const params = { name: fileObjectName(kind, key), key: fileObjectKey(key) };
        diagnostics.push(kind === "config"
          ? diagnostic("external-config", definition.path, { config: key, ...params })
          : diagnostic("external-secret", definition.path, { secret: key, ...params }));
      }
    }
  }
  return { manifests, diagnostics };
}

/** File modes are at most 0777 in Kubernetes; Compose's "0440" arrives as the number 0o440. */
const fileMode = (mode: number): number => mode & 0o777;

/** Mounts each `configs:` / `secrets:` reference of a service as one read-only file at its target. */
export function mountFileReferences(project: Project, service: Service, kind: Kind, volumes: PodVolumes, collector: Collector): void {
  referencesOf(service, kind).forEach((reference, index) => {
    const name = fileObjectName(kind, reference.source);
    const key = fileObjectKey(reference.source);
    const item = reference.mode === undefined ? { key, path: key } : { key, path: key, mode: fileMode(reference.mode) };
    const source: Omit<IVolume, "name"> = kind === "config" && !configHoldsSecret(project, reference.source)
      ? { configMap: { name, items: [item] } }
      : { secret: { secretName: name, items: [item] } };
    const volumeName = volumes.volume(`${kind}-${index}`, source, reference.path);
    volumes.mount({ name: volumeName, mountPath: reference.target, subPath: key }, reference.path, true);
    if (reference.uid !== undefined || reference.gid !== undefined) {
      collector.report(diagnostic("file-owner", reference.path, { source: reference.source }));
    }
    collector.explain(kind === "config" ? "configs-to-configmap" : "secrets-to-secret");
  });
}
