import type { Manifest } from "../../model/manifest.js";
import { parseImage } from "../helm/image-reference.js";
import { fieldAt } from "../helm/slots.js";
import { podSpecPath } from "../helm/workload-values.js";
import { scalarText } from "../yaml-scalars.js";
import { yamlWriter } from "../yaml-writer.js";
import { environmentNamespace, policyReason, replicaPolicy, replicasFor, scalableWorkloads } from "./environments.js";

/** The files of one overlay: its kustomization, its Namespace, and a resources patch per workload that sets resources. */
export function overlayFiles(base: readonly Manifest[], environment: string, namespaceBase: string): Map<string, string> {
  const namespace = environmentNamespace(namespaceBase, environment);
  const policy = replicaPolicy(environment);
  const patches = resourcePatches(base);
  const files = new Map<string, string>();
  const replicas = scalableWorkloads(base).map((workload) => ({ workload, count: replicasFor(workload, policy) }));
  const images = serviceImages(base);
  const lines = [
    `# The ${environment} environment: the base, in the namespace ${namespace} (namespaces isolate environments:`,
    "# the same names, separate objects, their own access rules and quotas).",
    `# Render: kubectl kustomize overlays/${environment}    Apply: kubectl apply -k overlays/${environment}`,
    "# More: kubepose explain kustomize",
    "apiVersion: kustomize.config.k8s.io/v1beta1",
    "kind: Kustomization",
    "# Every namespaced object of the base goes into this namespace; namespace.yaml creates it.",
    `namespace: ${scalarText(namespace)}`,
    "resources:",
    "  - ../../base",
    "  - namespace.yaml",
  ];
  if (replicas.length > 0) {
    lines.push(`# Replicas: ${policyReason[policy]}.`);
    lines.push("replicas:");
    for (const { workload, count } of replicas) {
      const why = count === workload.replicas ? "as in Compose" : `Compose: ${workload.replicas}`;
      const limit = policy === "redundant" && workload.keepsCount !== undefined ? `; kept: ${workload.keepsCount}` : "";
      lines.push(`  - name: ${scalarText(workload.name)} # ${why}${limit}`, `    count: ${count}`);
    }
  }
  if (images.length > 0) {
    lines.push("# Images: the tags of the Compose file; promote a release to this environment by changing newTag (or digest).");
    lines.push("images:");
    for (const image of images) {
      lines.push(`  - name: ${scalarText(image.repository)}`);
      if (image.tag !== "") lines.push(`    newTag: ${scalarText(image.tag)}`);
      if (image.digest !== "") lines.push(`    digest: ${scalarText(image.digest)}`);
    }
  }
  if (patches.size > 0) {
    lines.push("# Resources: the requests and limits of the Compose file, one patch per workload; size them for this environment.");
    lines.push("patches:");
    for (const name of patches.keys()) lines.push(`  - path: ${scalarText(name)}`);
  }
  files.set("kustomization.yaml", `${lines.join("\n")}\n`);
  files.set("namespace.yaml", namespaceFile(namespace, environment));
  for (const [name, content] of patches) files.set(name, content);
  return files;
}

function namespaceFile(namespace: string, environment: string): string {
  return yamlWriter.write({
    header: [`The namespace of the ${environment} environment. More: kubepose explain namespace`],
    value: { apiVersion: "v1", kind: "Namespace", metadata: { name: namespace } },
  });
}

/**
 * The images of the services' own containers (not kubepose's helper init containers), once per
 * repository. A repository used with two different tags is left out: one `images` entry would set both.
 */
function serviceImages(base: readonly Manifest[]) {
  const byRepository = new Map<string, Set<string>>();
  for (const { object } of base) {
    const containers = fieldAt(object, [...(podSpecPath(object.kind) ?? ["-"]), "containers"]);
    if (!Array.isArray(containers)) continue;
    for (const { image } of containers as { image?: string }[]) {
      if (typeof image !== "string") continue;
      const { repository } = parseImage(image);
      byRepository.set(repository, (byRepository.get(repository) ?? new Set()).add(image));
    }
  }
  return [...byRepository.values()].filter((images) => images.size === 1).map((images) => parseImage([...images][0]!));
}

/** A strategic-merge patch per workload whose containers set resources: the containers by name, with those resources. */
function resourcePatches(base: readonly Manifest[]): Map<string, string> {
  const patches = new Map<string, string>();
  for (const { object } of base) {
    const podSpec = podSpecPath(object.kind);
    const containers = podSpec === undefined ? undefined : fieldAt(object, [...podSpec, "containers"]);
    if (podSpec === undefined || !Array.isArray(containers)) continue;
    const sized = (containers as { name: string; resources?: unknown }[]).filter((container) => container.resources !== undefined);
    if (sized.length === 0) continue;
    const patch: Record<string, unknown> = { containers: sized.map(({ name, resources }) => ({ name, resources })) };
    const spec = podSpec.slice(0, -1).reduceRight<Record<string, unknown>>((inner, key) => ({ [key]: inner }), { spec: patch });
    const value = { apiVersion: object.apiVersion, kind: object.kind, metadata: { name: object.metadata.name }, ...spec };
    patches.set(`${object.metadata.name}-resources.yaml`, yamlWriter.write({ header: ["Requests and limits of this environment (from Compose deploy.resources). More: kubepose explain resources"], value }));
  }
  return patches;
}
