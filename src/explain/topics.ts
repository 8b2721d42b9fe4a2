import type { ExplanationId } from "../model/explanation-ids.generated.js";
import { catalogue, TOPIC_GROUPS, type TopicGroup } from "./catalogue.generated.js";
import { explanations, isExplanationId } from "./catalogue.js";
import type { Explanation } from "./entry.js";
import { nearest } from "../model/suggest.js";

/** How `kubepose explain` groups the topic list, in this order; each template names its `group`. */
export { TOPIC_GROUPS, type TopicGroup };

/** Short names people type: `kubepose explain ports`. Checked so that every target exists. */
export const TOPIC_ALIASES = {
  service: "service-to-deployment",
  services: "service-to-deployment",
  deployment: "service-to-deployment",
  job: "restart-to-job",
  restart: "restart-policy",
  ports: "ports-to-service",
  port: "ports-to-service",
  expose: "expose-to-service",
  environment: "environment-to-configmap",
  env: "environment-to-configmap",
  configmap: "environment-to-configmap",
  secret: "secrets-to-secret",
  secrets: "secrets-to-secret",
  volumes: "named-volume-to-pvc",
  volume: "named-volume-to-pvc",
  pvc: "named-volume-to-pvc",
  tmpfs: "tmpfs-to-emptydir",
  emptydir: "anonymous-volume",
  bind: "bind-mount-to-configmap",
  configs: "configs-to-configmap",
  healthcheck: "healthcheck-to-probes",
  probes: "healthcheck-to-probes",
  limits: "resources",
  memory: "resources",
  cpu: "resources",
  command: "command-and-entrypoint",
  entrypoint: "command-and-entrypoint",
  args: "command-and-entrypoint",
  user: "user-to-security-context",
  caps: "capabilities",
  "extra-hosts": "extra-hosts-to-host-aliases",
  labels: "labels-to-annotations",
  annotations: "labels-to-annotations",
  scale: "replicas",
  build: "build-and-image",
  image: "build-and-image",
  stdin: "stdin-tty",
  tty: "stdin-tty",
  kompose: "kompose-labels",
  hpa: "autoscaling",
  nodeport: "service-type",
  loadbalancer: "service-type",
  headless: "service-type",
  networkpolicy: "network-policies",
  global: "daemonset",
  update_config: "rollout-strategy",
  helm: "helm-chart",
  chart: "helm-chart",
  values: "helm-chart",
  kustomize: "kustomize-overlays",
  overlay: "kustomize-overlays",
  overlays: "kustomize-overlays",
  environments: "kustomize-overlays",
} as const satisfies Record<string, ExplanationId>;

export function groupOf(id: ExplanationId): TopicGroup {
  return catalogue[id].group;
}

/** The topics of each group, sorted by id within it. */
export function groupedTopics(): { group: TopicGroup; topics: Explanation[] }[] {
  return TOPIC_GROUPS.map((group) => ({ group, topics: explanations.filter((explanation) => explanation.group === group) }));
}

export type TopicMatch =
  | { kind: "found"; explanation: Explanation }
  | { kind: "ambiguous"; candidates: string[] }
  | { kind: "unknown"; suggestions: string[]; closest: string[] };

/**
 * Finds the topic a person meant, trying in order: the exact id ("ports-to-service"), an alias
 * ("ports"), a Compose key ("services.*.ports", "services.web.ports", "deploy.resources",
 * "stop_grace_period"), then a unique prefix or substring of an id or title ("healthch").
 * Case, and "_" versus "-", do not matter.
 */
export function resolveTopic(query: string): TopicMatch {
  const wanted = normalize(query);
  if (wanted === "") return { kind: "unknown", suggestions: [], closest: [] };
  if (isExplanationId(wanted)) return found(wanted);
  if (Object.hasOwn(TOPIC_ALIASES, wanted)) return found(TOPIC_ALIASES[wanted as keyof typeof TOPIC_ALIASES]);

  const steps: ((explanation: Explanation) => boolean)[] = [
    (explanation) => composeKeys(explanation).some((pattern) => matchesKey(pattern, wanted)),
    (explanation) => explanation.id.startsWith(wanted),
    (explanation) => explanation.id.includes(wanted) || normalize(explanation.title).includes(wanted),
  ];
  // Lint rules answer to lint/<id>; a Compose key or a fragment finds the conversion topics only.
  const pool = wanted.startsWith(LINT_NAMESPACE.id) ? explanations : explanations.filter((explanation) => !explanation.id.startsWith(LINT_NAMESPACE.id));
  for (const step of steps) {
    const matches = pool.filter(step).map((explanation) => explanation.id);
    const [only] = matches;
    if (matches.length === 1 && only !== undefined) return found(only);
    if (matches.length > 1) return { kind: "ambiguous", candidates: matches };
  }
  return { kind: "unknown", suggestions: suggest(wanted), closest: closestTopics(wanted) };
}

function found(id: string): TopicMatch {
  const explanation = isExplanationId(id) ? catalogue[id] : undefined;
  if (explanation === undefined) throw new Error(`resolveTopic: "${id}" is not in the catalogue`);
  return { kind: "found", explanation };
}

/**
 * Lint rules have their own namespace of topics: `kubepose explain lint/image-latest` reads the
 * template lint-image-latest.yaml (template ids are kebab-case file names, so "/" becomes "-").
 */
export const LINT_NAMESPACE = { topic: "lint/", id: "lint-" } as const;

/** The name a person types for a topic: "lint/image-latest" for the template lint-image-latest. */
export const topicName = (id: string): string => (id.startsWith(LINT_NAMESPACE.id) ? `${LINT_NAMESPACE.topic}${id.slice(LINT_NAMESPACE.id.length)}` : id);

function normalize(text: string): string {
  const written = text.trim().toLowerCase().replaceAll("_", "-");
  return written.startsWith(LINT_NAMESPACE.topic) ? `${LINT_NAMESPACE.id}${written.slice(LINT_NAMESPACE.topic.length)}` : written;
}

/** "services.*.cap_add, services.*.cap_drop" → ["services.*.cap-add", "services.*.cap-drop"]. */
function composeKeys(explanation: Explanation): string[] {
  return explanation.compose.split(",").map(normalize).filter((key) => key !== "");
}

/**
 * True when the query names the whole pattern ("services.web.ports" for "services.*.ports": "*"
 * matches any one segment) or its last segments literally ("ports", "deploy.resources"). A bare
 * word never matches through "*", or every key would match "services.*".
 */
function matchesKey(pattern: string, query: string): boolean {
  const patternParts = pattern.split(".");
  const queryParts = query.split(".");
  if (queryParts.length > patternParts.length) return false;
  if (queryParts.length === patternParts.length) {
    return patternParts.every((part, index) => part === "*" || part === queryParts[index]);
  }
  const tail = patternParts.slice(patternParts.length - queryParts.length);
  return tail.every((part, index) => part === queryParts[index]);
}

const topicNames = (): string[] => [...explanations.map((explanation) => explanation.id), ...Object.keys(TOPIC_ALIASES)].sort();

/** Up to three ids or aliases close enough to be a typo of what was typed, nearest first. */
function suggest(wanted: string): string[] {
  return nearest(wanted, topicNames(), { maxDistance: Math.max(2, Math.floor(wanted.length / 3)), count: 3 });
}

/** When nothing is close enough to be a typo: the three topic ids nearest anyway, to start from. */
function closestTopics(wanted: string): string[] {
  return nearest(wanted, explanations.map((explanation) => explanation.id).sort(), { count: 3 });
}
