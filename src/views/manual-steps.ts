import type { KubernetesObject, Manifest } from "../model/manifest.js";
import type { Service } from "../model/project.js";

/** One thing the user must still do by hand before the output runs on a cluster. */
export interface ManualStep {
  kind: "build-image" | "storage-class" | "real-secret" | "external-object" | "host-bind";
  text: string;
}

/** The manifests of each service and each object by kind and name, found once for all services of a report. */
export interface ManifestsByOwner {
  ofService(name: string): readonly Manifest[];
  emitted(kind: string, name: string): KubernetesObject | undefined;
}

export function manifestsByOwner(manifests: readonly Manifest[]): ManifestsByOwner {
  const byService = new Map<string, Manifest[]>();
  const byName = new Map<string, KubernetesObject>();
  for (const manifest of manifests) {
    const [section, name] = manifest.source;
    const own = section === "services" && name !== undefined ? byService.get(String(name)) : undefined;
    if (own) own.push(manifest);
    else if (section === "services" && name !== undefined) byService.set(String(name), [manifest]);
    const key = `${manifest.object.kind}\u0000${manifest.object.metadata.name}`;
    if (!byName.has(key)) byName.set(key, manifest.object);
  }
  return {
    ofService: (name) => byService.get(name) ?? [],
    emitted: (kind, name) => byName.get(`${kind}\u0000${name}`),
  };
}

/** What the objects of one service refer to by name: claims, Secrets and ConfigMaps, and the images they run. */
interface References {
  claims: Set<string>;
  secrets: Set<string>;
  configMaps: Set<string>;
  images: Set<string>;
}

/**
 * The manual steps for one service, derived from the project and from what kubepose wrote: images to build
 * and push, claims that need a storage class, Secrets made from committed values, objects that must exist
 * already (external in Compose), host paths replaced by an emptyDir.
 */
export function manualSteps(service: Service, manifests: ManifestsByOwner): ManualStep[] {
  const references: References = { claims: new Set(), secrets: new Set(), configMaps: new Set(), images: new Set() };
  for (const manifest of manifests.ofService(service.name)) collectReferences(manifest.object, references);
  const emitted = manifests.emitted;
  const steps: ManualStep[] = [];

  if (service.build) {
    for (const image of references.images) {
      steps.push({ kind: "build-image", text: `Build and push the image ${image} from ${service.build.context}: the cluster pulls it from a registry and cannot build it.` });
    }
  }
  for (const claim of references.claims) {
    const object = emitted("PersistentVolumeClaim", claim);
    if (!object) steps.push({ kind: "external-object", text: `Create the PersistentVolumeClaim ${claim} in the cluster (the volume is external in Compose).` });
    else if (!hasField(object, ["spec", "storageClassName"])) {
      steps.push({ kind: "storage-class", text: `PersistentVolumeClaim ${claim} uses the cluster's default StorageClass and ${requestedStorage(object)}: check the size, and set storageClassName if the cluster has no default.` });
    }
  }
  for (const secret of references.secrets) {
    if (emitted("Secret", secret)) steps.push({ kind: "real-secret", text: `Secret ${secret} holds the values written in the Compose project; create it from the real values (kubectl create secret) and do not commit or apply the generated one.` });
    else steps.push({ kind: "external-object", text: `Create the Secret ${secret} in the cluster (it is external in Compose).` });
  }
  for (const configMap of references.configMaps) {
    if (!emitted("ConfigMap", configMap)) steps.push({ kind: "external-object", text: `Create the ConfigMap ${configMap} in the cluster (it is external in Compose).` });
  }
  for (const mount of service.volumes) {
    if (mount.type === "bind" && (!mount.insideProject || mount.files === undefined)) {
      steps.push({ kind: "host-bind", text: `The host path ${mount.source} (mounted at ${mount.target}) is not available to pods and was replaced by an empty emptyDir: put its contents into the image, a ConfigMap or a PersistentVolumeClaim.` });
    }
  }
  return steps;
}

/**
 * Walks an object for references:
 *   persistentVolumeClaim.claimName, secret.secretName, secretRef/secretKeyRef.name, configMap(Ref/KeyRef).name,
 *   and containers[].image / initContainers[].image.
 */
function collectReferences(value: unknown, into: References, key = ""): void {
  if (Array.isArray(value)) {
    for (const item of value) {
      if ((key === "containers" || key === "initContainers") && isRecord(item) && typeof item["image"] === "string") into.images.add(item["image"]);
      collectReferences(item, into);
    }
    return;
  }
  if (!isRecord(value)) return;
  const name = typeof value["name"] === "string" ? value["name"] : undefined;
  if (key === "persistentVolumeClaim" && typeof value["claimName"] === "string") into.claims.add(value["claimName"]);
  if (key === "secret" && typeof value["secretName"] === "string") into.secrets.add(value["secretName"]);
  if ((key === "secretRef" || key === "secretKeyRef") && name) into.secrets.add(name);
  if ((key === "configMap" || key === "configMapRef" || key === "configMapKeyRef") && name) into.configMaps.add(name);
  for (const [childKey, child] of Object.entries(value)) collectReferences(child, into, childKey);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function hasField(object: KubernetesObject, path: string[]): boolean {
  let current: unknown = object;
  for (const part of path) {
    if (!isRecord(current)) return false;
    current = current[part];
  }
  return current !== undefined;
}

function requestedStorage(object: KubernetesObject): string {
  const spec = object["spec"];
  const resources = isRecord(spec) ? spec["resources"] : undefined;
  const requests = isRecord(resources) ? resources["requests"] : undefined;
  const storage = isRecord(requests) ? requests["storage"] : undefined;
  return typeof storage === "string" ? `requests ${storage}` : "no size";
}
