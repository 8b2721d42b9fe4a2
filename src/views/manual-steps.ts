import type { KubernetesObject, Manifest } from "../model/manifest.js";
import type { Service } from "../model/project.js";
import { podSpecOf } from "../policy/pod-spec-parts.js";
import { contentFiles } from "../convert/storage/bind-plan.js";
import { hostFileKind } from "../convert/storage/host-files.js";
import { shownPath } from "../convert/storage/bind-files.js";
import { samePath } from "./trace-index.js";

/** One thing the user must still do by hand before the output runs on a cluster. */
export interface ManualStep {
  kind: "build-image" | "storage-class" | "real-secret" | "external-object" | "host-bind" | "copy-data" | "host-file";
  text: string;
}

/** The manifests of each service and each object by kind and name, found once for all services of a report. */
export interface ManifestsByOwner {
  ofService(name: string): readonly Manifest[];
  emitted(kind: string, name: string): Manifest | undefined;
}

export function manifestsByOwner(manifests: readonly Manifest[]): ManifestsByOwner {
  const byService = new Map<string, Manifest[]>();
  // By kind, then by name: a "kind\0name" text per object and per look-up was made and hashed only to be found.
  const byKind = new Map<string, Map<string, Manifest>>();
  for (let index = 0; index < manifests.length; index++) {
    const manifest = manifests[index]!;
    const section = manifest.source[0];
    const name = manifest.source[1];
    if (section === "services" && name !== undefined) {
      const own = byService.get(String(name));
      if (own) own.push(manifest);
      else byService.set(String(name), [manifest]);
    }
    const { kind, metadata } = manifest.object;
    let named = byKind.get(kind);
    if (named === undefined) byKind.set(kind, (named = new Map()));
    if (!named.has(metadata.name)) named.set(metadata.name, manifest);
  }
  return {
    ofService: (name) => byService.get(name) ?? [],
    emitted: (kind, name) => byKind.get(kind)?.get(name),
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
export function manualSteps(service: Service, manifests: ManifestsByOwner, workingDir?: string): ManualStep[] {
  const own = manifests.ofService(service.name);
  const references: References = { claims: new Set(), secrets: new Set(), configMaps: new Set(), images: new Set() };
  for (const manifest of own) collectReferences(manifest.object, references);
  const emitted = (kind: string, name: string) => manifests.emitted(kind, name)?.object;
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
  const workload = own.find((m) => m.source.length === 2)?.object;
  for (const mount of service.volumes) {
    if (mount.type !== "bind") continue;
    const step = bindStep(mount, workload === undefined ? undefined : mountedVolume(workload, mount.target), manifests, workingDir === undefined ? mount.source : shownPath(mount.source, workingDir));
    if (step !== undefined) steps.push(step);
  }
  return steps;
}

type Bind = Extract<Service["volumes"][number], { type: "bind" }>;

/**
 * What is left to do for one bind mount, read from what it became in the pod: files of a data directory to
 * copy into its (still empty) claim, once, where the claim is traced; a host path replaced by an emptyDir;
 * a host file or socket left out.
 */
function bindStep(mount: Bind, volume: Record<string, unknown> | undefined, manifests: ManifestsByOwner, source: string): ManualStep | undefined {
  const claim = volume?.["persistentVolumeClaim"];
  if (isRecord(claim) && typeof claim["claimName"] === "string") {
    const name = claim["claimName"];
    const claimManifest = manifests.emitted("PersistentVolumeClaim", name);
    const traced = claimManifest !== undefined && samePath(claimManifest.source, mount.path);
    if (traced && mount.files === undefined) {
      return { kind: "copy-data", text: `Copy the contents of ${source} into the PersistentVolumeClaim ${name}, which starts empty (kubepose did not read them: too large): for example with kubectl cp into a running pod that mounts it at ${mount.target}.` };
    }
    const files = dataFiles(mount);
    if (!traced || files.length === 0) return undefined;
    const names = files.slice(0, 5).join(", ") + (files.length > 5 ? `, and ${files.length - 5} more` : "");
    return { kind: "copy-data", text: `Copy the ${files.length} file(s) of ${source} (${names}) into the PersistentVolumeClaim ${name}, which starts empty: for example with kubectl cp into a running pod that mounts it at ${mount.target}.` };
  }
  if (volume !== undefined && isRecord(volume["emptyDir"])) {
    return { kind: "host-bind", text: `The host path ${source} (mounted at ${mount.target}) is not available to pods and was replaced by an empty emptyDir: put its contents into the image, a ConfigMap or a PersistentVolumeClaim.` };
  }
  if (volume !== undefined || mount.insideProject && mount.files !== undefined) return undefined;
  const kind = hostFileKind(mount.source);
  if (kind === "timezone") return { kind: "host-file", text: `The time zone file ${source} is not mounted: set the TZ environment variable (for example TZ: Europe/Berlin) to the zone the service ran in.` };
  if (kind === "docker-socket" || kind === "socket") return { kind: "host-file", text: `The socket ${source} is not mounted, and no pod can reach it: whatever the service did through it must use the Kubernetes API (a ServiceAccount with RBAC) or a service reached over the network instead.` };
  return { kind: "host-file", text: `The file ${source} (mounted at ${mount.target}) could not be copied and is not mounted: bake it into the image.` };
}

/** The files of a bind source that are content, not git placeholders (bind-plan's rule). */
const dataFiles = (mount: Bind): string[] => (mount.files === undefined ? [] : contentFiles(mount.files).map((file) => file.path));

/** The pod volume mounted at `target` in the workload's (first) container; undefined when nothing is mounted there. */
function mountedVolume(workload: KubernetesObject, target: string): Record<string, unknown> | undefined {
  const spec = podSpecOf(workload)?.spec as Record<string, unknown> | undefined;
  const containers = Array.isArray(spec?.["containers"]) ? spec["containers"] : [];
  const first: unknown = containers[0];
  const mounts = isRecord(first) && Array.isArray(first["volumeMounts"]) ? first["volumeMounts"] : [];
  const mount: unknown = mounts.find((entry: unknown) => isRecord(entry) && entry["mountPath"] === target);
  if (!isRecord(mount)) return undefined;
  const volumes = Array.isArray(spec?.["volumes"]) ? spec["volumes"] : [];
  const volume: unknown = volumes.find((entry: unknown) => isRecord(entry) && entry["name"] === mount["name"]);
  // A StatefulSet's claim template is not a pod volume: named volumes only, never a bind.
  return isRecord(volume) ? volume : {};
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
  // Keys, not entries: a [key, value] pair per field of every object of the service was most of this walk.
  for (const childKey of Object.keys(value)) collectReferences(value[childKey], into, childKey);
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
