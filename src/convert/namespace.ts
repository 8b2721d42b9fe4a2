import type { INamespace } from "kubernetes-models/v1/Namespace";
import { objectLabels } from "./shared/labels.js";
import type { Manifest } from "../model/manifest.js";
import { widen, type Scope } from "./shared/object-meta.js";

/**
 * With -n/--namespace, the Namespace itself comes first, so `kubectl apply -f` creates it before the
 * objects that live in it (Kompose does the same). A Namespace has no namespace of its own.
 */
export function namespaceManifest(scope: Scope): Manifest[] {
  if (scope.namespace === undefined) return [];
  const namespace: INamespace = { apiVersion: "v1", kind: "Namespace", metadata: { name: scope.namespace, labels: objectLabels(scope.partOf) } };
  return [{ object: widen(namespace), source: [], explanations: [], fieldNotes: [] }];
}
