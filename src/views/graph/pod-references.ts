/*
 * What a pod template reads and mounts, by object kind and name: ConfigMaps and Secrets (envFrom, env
 * valueFrom, volumes, projected volumes, imagePullSecrets), PersistentVolumeClaims and the ServiceAccount.
 * The picture of the app draws one edge for each.
 */

export type PodReferenceKind = "ConfigMap" | "Secret" | "PersistentVolumeClaim" | "ServiceAccount";

export interface PodReference {
  kind: PodReferenceKind;
  name: string;
  /** reads (environment, files), mounts (claims) or runs as (service account). */
  relation: "reads" | "mounts" | "runs as";
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const child = (value: unknown, key: string): Json | undefined => (isObject(value) && isObject(value[key]) ? value[key] : undefined);
const text = (value: unknown, key: string): string | undefined => (isObject(value) && typeof value[key] === "string" ? value[key] : undefined);

/** The references of one pod spec, without duplicates, in the order the spec names them. */
export function podReferences(podSpec: Json): PodReference[] {
  const found: PodReference[] = [];
  // Seen by key, so a pod with thousands of variables from one Secret is not scanned once per variable.
  const seen = new Set<string>();
  const add = (kind: PodReferenceKind, name: string | undefined, relation: PodReference["relation"]): void => {
    if (name === undefined) return;
    const key = `${kind}/${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ kind, name, relation });
  };
  // Loops by index, the init containers' then the containers' (no joined copy): this runs once per
  // workload, cold, where a for-of allocates a result object per step.
  const containers = [list(podSpec["initContainers"]), list(podSpec["containers"])];
  for (let c = 0; c < containers.length; c++) {
    for (let i = 0; i < containers[c]!.length; i++) {
      const container = containers[c]![i]!;
      const envFrom = list(container["envFrom"]);
      for (let e = 0; e < envFrom.length; e++) {
        add("ConfigMap", text(child(envFrom[e], "configMapRef"), "name"), "reads");
        add("Secret", text(child(envFrom[e], "secretRef"), "name"), "reads");
      }
      const env = list(container["env"]);
      for (let e = 0; e < env.length; e++) {
        const source = child(env[e], "valueFrom");
        add("ConfigMap", text(child(source, "configMapKeyRef"), "name"), "reads");
        add("Secret", text(child(source, "secretKeyRef"), "name"), "reads");
      }
    }
  }
  const volumes = list(podSpec["volumes"]);
  for (let v = 0; v < volumes.length; v++) {
    const volume = volumes[v]!;
    add("ConfigMap", text(child(volume, "configMap"), "name"), "reads");
    add("Secret", text(child(volume, "secret"), "secretName"), "reads");
    add("PersistentVolumeClaim", text(child(volume, "persistentVolumeClaim"), "claimName"), "mounts");
    const sources = list(child(volume, "projected")?.["sources"]);
    for (let p = 0; p < sources.length; p++) {
      add("ConfigMap", text(child(sources[p], "configMap"), "name"), "reads");
      add("Secret", text(child(sources[p], "secret"), "name"), "reads");
    }
  }
  const pulls = list(podSpec["imagePullSecrets"]);
  for (let p = 0; p < pulls.length; p++) add("Secret", text(pulls[p], "name"), "reads");
  add("ServiceAccount", text(podSpec, "serviceAccountName"), "runs as");
  return found;
}

/** The pod template of a workload object: spec.template, or spec.jobTemplate.spec.template for a CronJob. */
export function podTemplate(object: Json): Json | undefined {
  const spec = child(object, "spec");
  return child(spec, "template") ?? child(child(child(spec, "jobTemplate"), "spec"), "template");
}

/** StatefulSet claim templates: their names, each claim is NAME-SET-ORDINAL. */
export const claimTemplates = (object: Json): string[] =>
  list(child(object, "spec")?.["volumeClaimTemplates"]).flatMap((t) => {
    const name = text(child(t, "metadata"), "name");
    return name === undefined ? [] : [name];
  });

/** Does a Service's selector pick the pods of this template (every selector label present with its value)? */
export function selects(selector: unknown, template: Json | undefined): boolean {
  if (!isObject(selector) || Object.keys(selector).length === 0) return false;
  const labels = child(child(template, "metadata"), "labels") ?? {};
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}

export { child as jsonChild, isObject as isJsonObject };
