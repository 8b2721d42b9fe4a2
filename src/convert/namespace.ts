import type { INamespace } from "kubernetes-models/v1/Namespace";
import { objectLabels } from "./shared/labels.js";
import type { ConvertOptions, Manifest } from "../model/manifest.js";
import { widen, type Scope } from "./shared/object-meta.js";

/** The label the Pod Security admission controller reads: pods below the level are refused. */
export const ENFORCE_LABEL = "pod-security.kubernetes.io/enforce";

/**
 * With -n/--namespace, the Namespace itself comes first, so `kubectl apply -f` creates it before the
 * objects that live in it (Kompose does the same). A Namespace has no namespace of its own. With
 * --pod-security it enforces that level, so the cluster holds the pods to what was asked.
 */
export function namespaceManifest(scope: Scope, podSecurity?: ConvertOptions["podSecurity"]): Manifest[] {
  if (scope.namespace === undefined) return [];
  const labels = { ...objectLabels(scope.partOf), ...(podSecurity === undefined ? {} : { [ENFORCE_LABEL]: podSecurity }) };
  const namespace: INamespace = { apiVersion: "v1", kind: "Namespace", metadata: { name: scope.namespace, labels } };
  const traces = podSecurity === undefined ? [] : [{ field: ["metadata", "labels", ENFORCE_LABEL], default: `--pod-security ${podSecurity}` }];
  return [{ object: widen(namespace), source: [], explanations: podSecurity === undefined ? [] : ["pod-security-level"], fieldNotes: [], traces }];
}
