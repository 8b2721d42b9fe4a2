import { diagnostic } from "../../diagnostics/codes.js";
import { pathKey, type Diagnostic, type Path } from "../../diagnostics/types.js";
import { isSensitiveName } from "../../model/credentials.js";
import { isLabelValue, isQualifiedName } from "../../model/kubernetes-names.js";
import { put } from "../../model/own-keys.js";

/** Paths (pathKey) of the project's strings that hold a substituted credential → the variable it came from. */
export type SubstitutedCredentials = ReadonlyMap<string, string>;

type Substituted = readonly { path: Path; variable: string }[];
const NONE: SubstitutedCredentials = new Map();
/** Filed once per list (the project's), not once per service and volume that asks: it holds every service's credentials. */
const filed = new WeakMap<Substituted, SubstitutedCredentials>();

export function substitutedCredentials(secrets?: Substituted): SubstitutedCredentials {
  if (secrets === undefined || secrets.length === 0) return NONE;
  let byPath = filed.get(secrets);
  if (byPath === undefined) {
    byPath = new Map(secrets.map((secret) => [pathKey(secret.path), secret.variable]));
    filed.set(secrets, byPath);
  }
  return byPath;
}

export const NAME_LABEL = "app.kubernetes.io/name";
export const PART_OF_LABEL = "app.kubernetes.io/part-of";

/**
 * Selectors use only the service's name, so they never change when the project is renamed; the project
 * goes in `part-of` on every object's metadata (and pod templates), never in a selector.
 */
export const selectorLabels = (workload: string): Record<string, string> => ({ [NAME_LABEL]: workload });

/** Labels of an object of one service (workload, Service, its ConfigMaps); project-wide objects pass no workload. */
export function objectLabels(project: string, workload?: string): Record<string, string> {
  // Literal keys (NAME_LABEL, PART_OF_LABEL), not computed ones: V8 builds a literal's shape once and
  // copies it, where computed keys add each property one by one on every one of the 6000 objects.
  return workload === undefined ? { "app.kubernetes.io/part-of": project } : { "app.kubernetes.io/name": workload, "app.kubernetes.io/part-of": project };
}

// Label values and label/annotation keys follow the API server's rules (model/kubernetes-names.ts).
export { isLabelValue, isQualifiedName };

/**
 * Compose labels become annotations, not labels: label values must be ≤ 63 characters of a narrow
 * alphabet ("Web frontend, v2" is not one), while annotations hold any text. Invalid keys are dropped
 * with a warning, and so are labels named like a credential ("traefik…basicauth.users", "com.example.api-token"):
 * anyone who may read the object reads its annotations. { "com.example.team": "web" } → { "com.example.team": "web" }
 */
export function labelsToAnnotations(
  labels: Readonly<Record<string, string>>,
  path: Path,
  substituted: SubstitutedCredentials = new Map(),
): { annotations: Record<string, string>; diagnostics: Diagnostic[] } {
  const annotations: Record<string, string> = {};
  const diagnostics: Diagnostic[] = [];
  for (const [key, value] of Object.entries(labels)) {
    // A label whose value holds a substituted credential ("${API_TOKEN}") is left out like one named like one.
    const variable = substituted.get(pathKey([...path, key]));
    if (!isQualifiedName(key)) diagnostics.push(diagnostic("label-key", [...path, key], { key }));
    else if (isSensitiveName(key)) diagnostics.push(diagnostic("label-credential", [...path, key], { key }));
    else if (variable !== undefined) diagnostics.push(diagnostic("label-credential-value", [...path, key], { key, variable }));
    else put(annotations, key, value);
  }
  return { annotations, diagnostics };
}
