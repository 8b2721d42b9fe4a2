import type { KubernetesObject, Manifest } from "../../model/manifest.js";
import { documents } from "../documents.js";
import { fileNames } from "../file-names.js";
import { scalarText } from "../yaml-scalars.js";
import { overlayFiles } from "./overlay.js";

export interface KustomizeOptions {
  project: string;
  /** The namespace given with -n: the environments' namespaces are named after it; else after the project. */
  namespace?: string;
  environments: readonly string[];
  comments: boolean;
  baseDir?: string;
}

export const DEFAULT_ENVIRONMENTS = ["dev", "staging", "prod"] as const;

/**
 * A Kustomize base and one overlay per environment (`kubepose convert --kustomize -o deploy/`):
 * `base/` holds the converted objects, in no namespace, and lists them; `overlays/<env>/` puts them into
 * the environment's own namespace and changes what differs there. Paths are relative to the folder.
 */
export function kustomizeLayout(manifests: readonly Manifest[], options: KustomizeOptions): Map<string, string> {
  const base = manifests
    .filter((manifest) => manifest.object.kind !== "Namespace")
    .map((manifest): Manifest => ({ ...manifest, object: withoutNamespace(manifest.object) }));
  const names = fileNames(base.map((manifest) => manifest.object), "yaml");
  const texts = documents(base, { format: "yaml", comments: options.comments, ...(options.baseDir !== undefined ? { baseDir: options.baseDir } : {}) });
  const files = new Map<string, string>();
  names.forEach((name, index) => files.set(`base/${name}`, texts[index]!));
  files.set("base/kustomization.yaml", baseKustomization(names, options.project));
  for (const environment of options.environments) {
    for (const [path, content] of overlayFiles(base, environment, options.namespace ?? options.project)) files.set(`overlays/${environment}/${path}`, content);
  }
  return files;
}

function withoutNamespace(object: KubernetesObject): KubernetesObject {
  if (object.metadata.namespace === undefined) return object;
  const { namespace: _dropped, ...metadata } = object.metadata;
  return { ...object, metadata };
}

function baseKustomization(names: readonly string[], project: string): string {
  return [
    `# The base: every object kubepose converted from the ${project} Compose project, in no namespace.`,
    "# Each overlay (../overlays/<env>) takes the base whole and changes only what differs in its",
    "# environment; render one with `kubectl kustomize overlays/<env>`, apply it with `kubectl apply -k`.",
    "# More: kubepose explain kustomize",
    "apiVersion: kustomize.config.k8s.io/v1beta1",
    "kind: Kustomization",
    "resources:",
    ...names.map((name) => `  - ${scalarText(name)}`),
    "",
  ].join("\n");
}
