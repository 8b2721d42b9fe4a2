import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";

export const NAME_LABEL = "app.kubernetes.io/name";
export const PART_OF_LABEL = "app.kubernetes.io/part-of";

/**
 * Selectors use only the service's name, so they never change when the project is renamed; the project
 * goes in `part-of` on every object's metadata (and pod templates), never in a selector.
 */
export const selectorLabels = (workload: string): Record<string, string> => ({ [NAME_LABEL]: workload });

/** Labels of an object of one service (workload, Service, its ConfigMaps); project-wide objects pass no workload. */
export function objectLabels(project: string, workload?: string): Record<string, string> {
  return workload === undefined ? { [PART_OF_LABEL]: project } : { [NAME_LABEL]: workload, [PART_OF_LABEL]: project };
}

const NAME_PART = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** A label value: "" or at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit. */
export const isLabelValue = (value: string): boolean => value === "" || (value.length <= 63 && NAME_PART.test(value));

/** A qualified name, the rule for label and annotation keys: "com.example/team" or "team", name part ≤ 63. */
export function isQualifiedName(key: string): boolean {
  const slash = key.indexOf("/");
  const prefix = slash === -1 ? undefined : key.slice(0, slash);
  const name = slash === -1 ? key : key.slice(slash + 1);
  if (name.length > 63 || !NAME_PART.test(name)) return false;
  return prefix === undefined || (prefix.length <= 253 && DNS_SUBDOMAIN.test(prefix));
}

/**
 * Compose labels become annotations, not labels: label values must be ≤ 63 characters of a narrow
 * alphabet ("Web frontend, v2" is not one), while annotations hold any text. Invalid keys are dropped
 * with a warning. { "com.example.team": "web" } → { "com.example.team": "web" }
 */
export function labelsToAnnotations(
  labels: Readonly<Record<string, string>>,
  path: Path,
): { annotations: Record<string, string>; diagnostics: Diagnostic[] } {
  const annotations: Record<string, string> = {};
  const diagnostics: Diagnostic[] = [];
  for (const [key, value] of Object.entries(labels)) {
    if (isQualifiedName(key)) annotations[key] = value;
    else diagnostics.push(diagnostic("label-key", [...path, key], { key }));
  }
  return { annotations, diagnostics };
}
