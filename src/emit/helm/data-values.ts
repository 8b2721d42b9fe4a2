import type { Path } from "../../diagnostics/types.js";
import type { Manifest } from "../../model/manifest.js";
import { composeService, fieldAt, traceOf, type Condition, type FieldTemplate } from "./slots.js";

/** A service's plain variables (the ConfigMap `<service>-env` made from `environment`) as one mapping. */
export function environmentFields(manifest: Manifest): FieldTemplate[] {
  const { source, object } = manifest;
  if (object.kind !== "ConfigMap" || source[0] !== "services" || source[2] !== "environment" || object.data === undefined) return [];
  return [
    {
      field: ["data"],
      render: { kind: "block" },
      slot: {
        valuePath: ["services", composeService(manifest), "env"],
        value: object.data,
        description: `Variables of the ${String(source[1])} service that are not secret (name: value, all strings)`,
        from: traceOf(manifest, ["data"]),
        topic: "environment-to-configmap",
      },
    },
  ];
}

/** A claim's size and StorageClass: a PersistentVolumeClaim, or each claim template of a StatefulSet. */
export function claimFields(manifest: Manifest): FieldTemplate[] {
  const { object } = manifest;
  if (object.kind === "PersistentVolumeClaim") return claimAt(manifest, [], object.metadata.name, "");
  if (object.kind !== "StatefulSet") return [];
  const templates = (fieldAt(object, ["spec", "volumeClaimTemplates"]) ?? []) as { metadata?: { name?: string } }[];
  return templates.flatMap((template, index) =>
    claimAt(manifest, ["spec", "volumeClaimTemplates", index], `${object.metadata.name}-${template.metadata?.name ?? index}`, "; a StatefulSet's claim templates cannot change after install"),
  );
}

function claimAt(manifest: Manifest, at: Path, name: string, caveat: string): FieldTemplate[] {
  const sizeField = [...at, "spec", "resources", "requests", "storage"];
  const classField = [...at, "spec", "storageClassName"];
  const size = fieldAt(manifest.object, sizeField);
  const storageClass = fieldAt(manifest.object, classField);
  const fields: FieldTemplate[] = [];
  if (typeof size === "string") {
    fields.push({
      field: sizeField,
      render: { kind: "string" },
      slot: {
        valuePath: ["persistence", name, "size"],
        value: size,
        description: `Storage the ${name} claim requests, as a quantity (Compose volumes have no size)${caveat}`,
        from: traceOf(manifest, sizeField),
        topic: "named-volume-to-pvc",
      },
    });
  }
  fields.push({
    field: classField,
    render: { kind: "string" },
    ...(storageClass === undefined ? { optional: true } : {}),
    slot: {
      valuePath: ["persistence", name, "storageClass"],
      value: storageClass ?? "",
      description: `StorageClass of the ${name} claim ("" leaves the field out: the cluster's default class)${caveat}`,
      from: storageClass === undefined ? "default: the cluster's default StorageClass" : traceOf(manifest, classField),
      topic: "named-volume-to-pvc",
    },
  });
  return fields;
}

/**
 * A Secret's entries become empty placeholders: the values of the Compose project never reach
 * values.yaml. They are set at install time (`--set secrets.NAME.values.KEY=…`), or the whole Secret is
 * replaced by one that already exists in the namespace (`existingSecret`).
 */
export function secretFields(manifest: Manifest): FieldTemplate[] {
  if (manifest.object.kind !== "Secret") return [];
  const name = manifest.object.metadata.name;
  return (["stringData", "data"] as const).flatMap((key) => {
    const entries = manifest.object[key];
    if (entries === null || typeof entries !== "object") return [];
    return Object.keys(entries).map(
      (entry): FieldTemplate => ({
        field: [key, entry],
        render: { kind: key === "data" ? "base64" : "string" },
        slot: {
          valuePath: ["secrets", name, "values", entry],
          value: "",
          description: `${entry} of the ${name} Secret: empty here on purpose, set it at install time (--set or -f)`,
          from: traceOf(manifest, [key, entry]),
          topic: "secrets-to-secret",
        },
      }),
    );
  });
}

export const existingSecretSlot = (name: string) => ({
  valuePath: ["secrets", name, "existingSecret"],
  value: "",
  description: `Name of a Secret that already exists in the namespace and replaces ${name} ("" lets the chart create ${name})`,
  from: "default: the chart creates the Secret",
  topic: "helm-chart" as const,
});

export function secretCondition(manifest: Manifest): Condition | undefined {
  return manifest.object.kind === "Secret" ? { slot: existingSecretSlot(manifest.object.metadata.name), negate: true } : undefined;
}

/** Every field of an object that names one of the chart's Secrets: its `existingSecret` may stand in. */
export function secretReferenceFields(manifest: Manifest, secrets: ReadonlySet<string>): FieldTemplate[] {
  const found: FieldTemplate[] = [];
  // One path stack for the whole walk, copied only for a field that names a Secret: a new array per
  // visited node of every object was most of this walk's cost; a chart without Secrets walks nothing.
  if (manifest.object.kind === "Secret" || secrets.size === 0) return found;
  const at: (string | number)[] = [];
  const walk = (value: unknown, parentKey: string | number | undefined): void => {
    if (value === null || typeof value !== "object") return;
    const isList = Array.isArray(value);
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      at.push(isList ? Number(key) : key);
      const names = key === "secretName" || (key === "name" && (parentKey === "secretRef" || parentKey === "secretKeyRef" || parentKey === "secret"));
      if (names && typeof child === "string" && secrets.has(child)) {
        found.push({ field: [...at], render: { kind: "secret-name", name: child }, slot: existingSecretSlot(child) });
      } else walk(child, isList ? parentKey : key);
      at.pop();
    }
  };
  walk(manifest.object, undefined);
  return found;
}
