import type { Path } from "../../diagnostics/types.js";
import type { Manifest } from "../../model/manifest.js";
import { parseImage } from "./image-reference.js";
import { composeService, fieldAt, traceOf, type FieldTemplate } from "./slots.js";

/** Where the pod template's spec is, per workload kind. */
const podSpecPaths: Readonly<Record<string, Path>> = {
  Deployment: ["spec", "template", "spec"],
  StatefulSet: ["spec", "template", "spec"],
  DaemonSet: ["spec", "template", "spec"],
  Job: ["spec", "template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"],
};

/** Kinds whose replicas a value may set (a DaemonSet runs one pod per node, a Job runs to completion). */
const scalable = new Set(["Deployment", "StatefulSet"]);

export const podSpecPath = (kind: string): Path | undefined => podSpecPaths[kind];

/** Replicas of a workload, and the image and resources of each of its containers (init containers are kubepose's helpers). */
export function workloadFields(manifest: Manifest): FieldTemplate[] {
  const { kind, metadata } = manifest.object;
  const podSpec = podSpecPaths[kind];
  if (podSpec === undefined) return [];
  const fields: FieldTemplate[] = [];
  if (scalable.has(kind)) fields.push(replicasField(manifest));
  const containers = fieldAt(manifest.object, [...podSpec, "containers"]);
  if (!Array.isArray(containers)) return fields;
  containers.forEach((container: { name?: string; image?: string; resources?: unknown }, index) => {
    const at = [...podSpec, "containers", index];
    const service = composeService(manifest, at);
    const name = container.name ?? metadata.name;
    if (typeof container.image === "string") {
      const image = parseImage(container.image);
      const from = traceOf(manifest, [...at, "image"]);
      for (const part of ["repository", "tag", "digest"] as const) {
        fields.push({
          field: [...at, "image"],
          render: { kind: "image" },
          slot: {
            valuePath: ["services", service, "image", part],
            value: image[part],
            description: imageParts[part](name),
            from,
            topic: "build-and-image",
          },
        });
      }
    }
    fields.push({
      field: [...at, "resources"],
      render: { kind: "block" },
      ...(container.resources === undefined ? { optional: true } : {}),
      slot: {
        valuePath: ["services", service, "resources"],
        value: container.resources ?? {},
        description: `CPU and memory requests and limits of the ${name} container ({} sets none)`,
        from: container.resources === undefined ? "default: no deploy.resources in Compose" : traceOf(manifest, [...at, "resources"]),
        topic: "resources",
      },
    });
  });
  return fields;
}

const imageParts = {
  repository: (name: string) => `Image repository of the ${name} container`,
  tag: (name: string) => `Image tag of the ${name} container ("" for none)`,
  digest: (name: string) => `Image digest of the ${name} container, sha256:… ("" for none); pins the exact image`,
};

function replicasField(manifest: Manifest): FieldTemplate {
  const replicas = fieldAt(manifest.object, ["spec", "replicas"]);
  const name = manifest.object.metadata.name;
  return {
    field: ["spec", "replicas"],
    render: { kind: "scalar" },
    ...(replicas === undefined ? { optional: true } : {}),
    slot: {
      valuePath: ["services", composeService(manifest), "replicas"],
      value: replicas ?? null,
      description:
        replicas === undefined
          ? `Pods the ${name} ${manifest.object.kind} keeps running (null leaves the field out: 1, or what an autoscaler decides)`
          : `Pods the ${name} ${manifest.object.kind} keeps running`,
      from: replicas === undefined ? "default: not set in Compose" : traceOf(manifest, ["spec", "replicas"]),
      topic: "replicas",
    },
  };
}
