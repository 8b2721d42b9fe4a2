import type { KubernetesObject } from "../model/manifest.js";
import type { OutputFormat } from "./options.js";

/**
 * One file name per object, in order: "<name>-<kind>.yaml" ("web-deployment.yaml", "web-service.yaml"),
 * or "<name>.yaml" when the name already ends with the kind ("web-env-secret.yaml", not "…-secret-secret").
 * A name already taken gets a numeric suffix ("web-deployment-2.yaml"), compared without case so the
 * files do not collide on case-insensitive file systems either.
 */
export function fileNames(objects: readonly KubernetesObject[], format: OutputFormat): string[] {
  const taken = new Set<string>();
  return objects.map((object) => {
    const base = safePart(object.metadata.name);
    const kind = safePart(object.kind.toLowerCase());
    const stem = base === kind || base.endsWith(`-${kind}`) ? base : `${base}-${kind}`;
    let name = `${stem}.${format}`;
    for (let suffix = 2; taken.has(name.toLowerCase()); suffix++) name = `${stem}-${suffix}.${format}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** Kubernetes names are already file-safe; this only guards against separators in a name gone wrong. */
const safePart = (text: string): string => text.replace(/[^A-Za-z0-9._-]/g, "-").replace(/^\.+/, "") || "object";
