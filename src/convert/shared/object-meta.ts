import type { IDeployment } from "kubernetes-models/apps/v1/Deployment";
import { objectLabels } from "./labels.js";
import type { KubernetesObject } from "../../model/manifest.js";

export type ObjectMeta = NonNullable<IDeployment["metadata"]>;

/** What every object of one conversion shares: the project's label value and the target namespace. */
export interface Scope {
  /** The project name as a label value: "My Shop" → "my-shop". */
  partOf: string;
  namespace?: string;
}

/** Metadata of one object: its name, the namespace when one is asked for, the standard labels. */
export function objectMeta(name: string, scope: Scope, workload?: string, annotations?: Record<string, string>): ObjectMeta {
  // The common object (no namespace, no annotations) as one literal: fields added one by one after
  // { name } go to a separate property array (see metadataOf).
  if (scope.namespace === undefined && (annotations === undefined || !hasKeys(annotations))) return { name, labels: objectLabels(scope.partOf, workload) };
  const meta: ObjectMeta = { name };
  if (scope.namespace !== undefined) meta.namespace = scope.namespace;
  meta.labels = objectLabels(scope.partOf, workload);
  if (annotations !== undefined && hasKeys(annotations)) meta.annotations = annotations;
  return meta;
}

/** Whether a record has an own key, without the list Object.keys makes. */
export function hasKeys(record: Readonly<Record<string, string>>): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

type Typed = { apiVersion: string; kind: string; metadata?: ObjectMeta };

/** Widens a typed object (IDeployment, IService…) to the shape the later stages handle. Every object we build has a name. */
export function widen(typed: Typed): KubernetesObject {
  const name = typed.metadata?.name;
  if (name === undefined) throw new Error(`convert: ${typed.kind} built without a name`);
  // In place, not { ...typed, metadata }: a spread of six object shapes (6000 objects for 1000 services)
  // copied every field for nothing. metadata keeps its position among the keys, and no converter writes
  // the typed object's own fields after widening it.
  typed.metadata = metadataOf(name, typed.metadata ?? {});
  return typed as KubernetesObject;
}

/**
 * name, namespace, labels and annotations, in that order and only those set. It lives to the end of
 * emit: the common one (name and labels) is one literal, whose fields V8 keeps inside the object; each
 * field added after `{ name }` goes to a separate property array (6000 of them, 0.23 MB, on 1000 services).
 */
function metadataOf(name: string, { labels, annotations, namespace }: ObjectMeta): KubernetesObject["metadata"] {
  if (namespace === undefined && annotations === undefined && labels !== undefined) return { name, labels };
  const metadata: KubernetesObject["metadata"] = { name };
  if (namespace !== undefined) metadata.namespace = namespace;
  if (labels !== undefined) metadata.labels = labels;
  if (annotations !== undefined) metadata.annotations = annotations;
  return metadata;
}
