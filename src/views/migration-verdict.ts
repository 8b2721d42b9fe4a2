import type { Diagnostic } from "../diagnostics/types.js";
import type { Manifest } from "../model/manifest.js";
import type { Project } from "../model/project.js";
import type { ManualStep } from "./manual-steps.js";

/**
 * The report's closing section: should this app be on Kubernetes at all? What the migration gains
 * is read from what the Compose file asks for (replicas, health checks, update settings, limits);
 * what it takes on from what kubepose wrote (objects), must be done by hand and warned about. The
 * rule of thumb and its sources are the explanation `migrate-or-not`.
 */
export interface MigrationVerdict {
  /** What Kubernetes gives this project that one Compose host does not, each naming the services that ask for it. */
  gains: string[];
  /** What running it on Kubernetes takes on. */
  costs: string[];
  ruleOfThumb: string;
  /** `kubepose explain migrate-or-not`: the longer story, with its sources. */
  explanation: "migrate-or-not";
}

export const RULE_OF_THUMB =
  "If the app fits on one machine and a few minutes of downtime during an update are acceptable, stay on Compose. " +
  "Move when you need more than one node, updates without downtime, or traffic management, and are ready to operate a cluster (or pay for a managed one).";

/** One row per gain: which services ask for it, and what Kubernetes does with it. */
const GAINS: readonly { asks: (service: Project["services"][number]) => boolean; text: (names: string) => string }[] = [
  { asks: (s) => (s.replicas ?? 1) > 1, text: (n) => `${n} ask${plural(n)} for several replicas: Kubernetes can spread them over nodes and replaces a pod that fails.` },
  { asks: (s) => s.healthcheck !== undefined, text: (n) => `${n} ha${plural(n, "s", "ve")} a health check: it becomes a readiness probe, so traffic only reaches ready pods and a rolling update waits for them.` },
  { asks: (s) => s.updateConfig !== undefined, text: (n) => `${n} set${plural(n)} update_config: a Deployment's rolling update replaces pods a few at a time, without downtime, and can be rolled back.` },
  { asks: (s) => [...Object.values(s.limits), ...Object.values(s.reservations)].some((value) => value !== undefined), text: (n) => `${n} set${plural(n)} resource limits or reservations: the scheduler places pods on nodes that have room for them.` },
];

export function migrationVerdict(project: Project | undefined, manifests: readonly Manifest[], diagnostics: readonly Diagnostic[], steps: readonly ManualStep[]): MigrationVerdict {
  const services = project?.services ?? [];
  const gains = GAINS.flatMap(({ asks, text }) => {
    const names = services.filter(asks).map((service) => service.name);
    return names.length === 0 ? [] : [text(list(names))];
  });
  if (gains.length === 0) {
    gains.push("Nothing in this Compose file asks for what Kubernetes adds (several replicas, health checks, update settings, resource limits): on one machine, Compose already gives this app what it uses.");
  }
  const kinds = new Map<string, number>();
  for (const manifest of manifests) kinds.set(manifest.object.kind, (kinds.get(manifest.object.kind) ?? 0) + 1);
  const objects = [...kinds].map(([kind, count]) => `${count} ${kind}${count === 1 ? "" : "s"}`).join(", ");
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  const notes = diagnostics.filter((d) => d.severity === "note").length;
  const said = [warnings > 0 ? `${warnings} warning${warnings === 1 ? "" : "s"}` : "", notes > 0 ? `${notes} note${notes === 1 ? "" : "s"}` : ""].filter((part) => part !== "").join(" and ");
  const costs = [
    `${manifests.length} object${manifests.length === 1 ? "" : "s"} to apply and understand instead of ${services.length} service${services.length === 1 ? "" : "s"}: ${objects}.`,
    "A cluster to run or rent and keep up to date, and a registry every node can pull the images from.",
    ...(steps.length === 0 ? [] : [`${steps.length} manual step${steps.length === 1 ? "" : "s"} before it runs (listed under each service above).`]),
    ...(said === "" ? [] : [`${said} about behaviour that differs from Compose, to check.`]),
  ];
  return { gains, costs, ruleOfThumb: RULE_OF_THUMB, explanation: "migrate-or-not" };
}

/** "api", "api and db", "api, db and web" */
function list(names: readonly string[]): string {
  const quoted = names.map((name) => `\`${name}\``);
  return quoted.length <= 1 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}

/** The verb agrees with the list: "`api` asks", "`api` and `db` ask". */
function plural(names: string, one = "s", many = ""): string {
  return names.includes(" and ") ? many : one;
}
