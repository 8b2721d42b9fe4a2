import type { KubernetesObject } from "../../src/model/manifest.js";

/** The labels every chart object carries besides kubepose's own (Helm's standard labels). */
export const HELM_LABELS = ["helm.sh/chart", "app.kubernetes.io/managed-by", "app.kubernetes.io/instance"];

/**
 * What plain `kubepose convert` writes, as the chart must render it with its default values: no
 * Namespace object and no metadata.namespace (helm install --namespace decides), and every Secret
 * entry empty (values.yaml never holds the Compose project's secret values).
 */
export function asChartRendersIt(objects: readonly KubernetesObject[]): KubernetesObject[] {
  return objects
    .filter((object) => object.kind !== "Namespace")
    .map((object) => {
      const copy = structuredClone(object);
      delete copy.metadata.namespace;
      if (copy.kind === "Secret") {
        for (const key of ["data", "stringData"]) {
          const entries = copy[key] as Record<string, string> | undefined;
          if (entries) copy[key] = Object.fromEntries(Object.keys(entries).map((name) => [name, ""]));
        }
      }
      return copy;
    });
}

/** A rendered chart object without Helm's standard labels. */
export function withoutHelmLabels(object: KubernetesObject): KubernetesObject {
  const copy = structuredClone(object);
  for (const label of HELM_LABELS) delete copy.metadata.labels?.[label];
  return copy;
}

export const byKindAndName = (objects: readonly KubernetesObject[]): KubernetesObject[] =>
  [...objects].sort((a, b) => `${a.kind}/${a.metadata.name}`.localeCompare(`${b.kind}/${b.metadata.name}`));
