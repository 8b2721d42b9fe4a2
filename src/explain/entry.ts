/**
 * One explanation, as written in templates/explanations/<id>.yaml and compiled into
 * catalogue.generated.ts by scripts/build-catalogue.mjs.
 */
export interface Explanation {
  /** Kebab-case id, equal to the file name: "ports-to-service". */
  readonly id: string;
  /** One line: "Published ports become a Service". */
  readonly title: string;
  /** The topic group `kubepose explain` lists it under: one of TOPIC_GROUPS in catalogue.generated.ts. */
  readonly group: string;
  /** The Compose key pattern(s) it covers, comma-separated: "services.*.cap_add, services.*.cap_drop". */
  readonly compose: string;
  /** Kubernetes kinds and fields involved: ["Service", "Pod.spec.containers.ports"]. */
  readonly kubernetes: readonly string[];
  /** One or two sentences on a single line, printed above each object. */
  readonly summary: string;
  /** The longer story: paragraphs, "- " list items and indented code, separated by blank lines. */
  readonly detail: string;
  /** https links to kubernetes.io and docs.docker.com. */
  readonly docs: readonly string[];
}
