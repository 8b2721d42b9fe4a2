import { catalogue, type ExplanationId } from "./catalogue.generated.js";
import { explanations, isExplanationId } from "./catalogue.js";
import type { Explanation } from "./entry.js";
import { nearest } from "../model/suggest.js";

/** How `kubepose explain` groups the topic list, in this order. */
export const TOPIC_GROUPS = ["Workloads", "Networking", "Configuration", "Storage", "Health and lifecycle", "Security and resources"] as const;
export type TopicGroup = (typeof TOPIC_GROUPS)[number];

// Checked against the catalogue: a new explanation does not compile until it has a group.
const GROUP_OF = {
  "service-to-deployment": "Workloads",
  "restart-to-job": "Workloads",
  "restart-policy": "Workloads",
  replicas: "Workloads",
  "build-and-image": "Workloads",
  "command-and-entrypoint": "Workloads",
  "depends-on": "Workloads",
  "ports-to-service": "Networking",
  "expose-to-service": "Networking",
  "service-discovery": "Networking",
  networks: "Networking",
  "extra-hosts-to-host-aliases": "Networking",
  hostname: "Networking",
  namespace: "Networking",
  "environment-to-configmap": "Configuration",
  "sensitive-environment-to-secret": "Configuration",
  "env-file": "Configuration",
  "configs-to-configmap": "Configuration",
  "secrets-to-secret": "Configuration",
  "labels-to-annotations": "Configuration",
  "named-volume-to-pvc": "Storage",
  "anonymous-volume": "Storage",
  "tmpfs-to-emptydir": "Storage",
  "bind-mount-to-configmap": "Storage",
  "host-bind-mount": "Storage",
  "healthcheck-to-probes": "Health and lifecycle",
  "stop-grace-period": "Health and lifecycle",
  "stdin-tty": "Health and lifecycle",
  resources: "Security and resources",
  "user-to-security-context": "Security and resources",
  capabilities: "Security and resources",
  // Pod and container details
  "lifecycle-hooks": "Health and lifecycle",
  "container-name": "Workloads",
  "image-pull-policy": "Workloads",
  "placement-to-affinity": "Workloads",
  "platform-to-node-selector": "Workloads",
  "dns-config": "Networking",
  "domainname-to-subdomain": "Networking",
  "host-namespaces": "Networking",
  "shm-size": "Storage",
  sysctls: "Security and resources",
  "supplemental-groups": "Security and resources",
  "service-account": "Security and resources",
  gpus: "Security and resources",
  statefulset: "Workloads",
  daemonset: "Workloads",
  cronjob: "Workloads",
  "deploy-jobs": "Workloads",
  "rollout-strategy": "Workloads",
  "deploy-labels": "Workloads",
  autoscaling: "Workloads",
  "kompose-labels": "Workloads",
  "service-type": "Networking",
  ingress: "Networking",
  "network-policies": "Networking",
  "volume-type": "Storage",
} as const satisfies Record<ExplanationId, TopicGroup>;

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
  connections: "service-discovery",
  discovery: "service-discovery",
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
} as const satisfies Record<string, ExplanationId>;

export function groupOf(id: ExplanationId): TopicGroup {
  return GROUP_OF[id];
}

/** The topics of each group, in the table's order. */
export function groupedTopics(): { group: TopicGroup; topics: Explanation[] }[] {
  return TOPIC_GROUPS.map((group) => ({
    group,
    topics: (Object.keys(GROUP_OF) as ExplanationId[]).filter((id) => GROUP_OF[id] === group).map((id) => catalogue[id]),
  }));
}

export type TopicMatch =
  | { kind: "found"; explanation: Explanation }
  | { kind: "ambiguous"; candidates: string[] }
  | { kind: "unknown"; suggestions: string[] };

/**
 * Finds the topic a person meant, trying in order: the exact id ("ports-to-service"), an alias
 * ("ports"), a Compose key ("services.*.ports", "services.web.ports", "deploy.resources",
 * "stop_grace_period"), then a unique prefix or substring of an id or title ("healthch").
 * Case, and "_" versus "-", do not matter.
 */
export function resolveTopic(query: string): TopicMatch {
  const wanted = normalize(query);
  if (wanted === "") return { kind: "unknown", suggestions: [] };
  if (isExplanationId(wanted)) return found(wanted);
  if (Object.hasOwn(TOPIC_ALIASES, wanted)) return found(TOPIC_ALIASES[wanted as keyof typeof TOPIC_ALIASES]);

  const steps: ((explanation: Explanation) => boolean)[] = [
    (explanation) => composeKeys(explanation).some((pattern) => matchesKey(pattern, wanted)),
    (explanation) => explanation.id.startsWith(wanted),
    (explanation) => explanation.id.includes(wanted) || normalize(explanation.title).includes(wanted),
  ];
  for (const step of steps) {
    const matches = explanations.filter(step).map((explanation) => explanation.id);
    const [only] = matches;
    if (matches.length === 1 && only !== undefined) return found(only);
    if (matches.length > 1) return { kind: "ambiguous", candidates: matches };
  }
  return { kind: "unknown", suggestions: suggest(wanted) };
}

function found(id: string): TopicMatch {
  const explanation = isExplanationId(id) ? catalogue[id] : undefined;
  if (explanation === undefined) throw new Error(`resolveTopic: "${id}" is not in the catalogue`);
  return { kind: "found", explanation };
}

function normalize(text: string): string {
  return text.trim().toLowerCase().replaceAll("_", "-");
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

/** Up to three ids or aliases close to what was typed, nearest first. */
function suggest(wanted: string): string[] {
  const names = [...explanations.map((explanation) => explanation.id), ...Object.keys(TOPIC_ALIASES)].sort();
  return nearest(wanted, names, { maxDistance: Math.max(2, Math.floor(wanted.length / 3)), count: 3 });
}
