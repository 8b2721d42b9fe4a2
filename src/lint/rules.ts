import type { Severity } from "../diagnostics/types.js";
import { imageLatest, privileged, probesMissing, resourcesMissing, runAsRoot, writableRootFilesystem } from "./checks/containers.js";
import { hostNamespaces, hostPaths } from "./checks/pods.js";
import { noAntiAffinity, noPodDisruptionBudget, singleReplica } from "./checks/availability.js";
import type { Hit, LintTarget, PodView } from "./types.js";

/**
 * The rules of `kubepose lint`, one row each: its id (also its topic, `kubepose explain lint/<id>`),
 * its severity, what it checks, the checks of kube-score, kube-linter and Polaris it follows, and
 * how it runs:
 * - "pod": over each workload's pod spec, so it works on converted Compose and on hand-written YAML;
 * - "dockerfile": over the Dockerfile of a Compose build (Compose input only);
 * - "hook": computed by another part of kubepose and handed to lint (the Pod Security Standards
 *   level, issue 12 §4); until that evaluator is passed in LintOptions.podSecurity it does not run.
 */
export type LintRule =
  | (RuleRow & { runs: "pod"; check: (pod: PodView, all: readonly LintTarget[]) => Hit[] })
  | (RuleRow & { runs: "dockerfile" | "hook" });

interface RuleRow {
  id: string;
  severity: Severity;
  checks: string;
  sources: readonly string[];
}

const KUBE_SCORE = "https://github.com/zegl/kube-score/blob/master/README_CHECKS.md";
const KUBE_LINTER = "https://docs.kubelinter.io/#/generated/checks";
const POLARIS = "https://polaris.docs.fairwinds.com/checks/";

export const LINT_RULES: readonly LintRule[] = [
  { id: "image-latest", severity: "warning", runs: "pod", check: imageLatest, checks: "an image with the tag latest, or no tag and no digest", sources: [`kube-score container-image-tag (${KUBE_SCORE})`, `kube-linter latest-tag (${KUBE_LINTER})`, `Polaris tagNotSpecified (${POLARIS}efficiency)`] },
  { id: "base-image", severity: "note", runs: "dockerfile", checks: "a Dockerfile whose final stage starts FROM a full debian, ubuntu, node, python, ruby or golang image where smaller variants exist", sources: ["Docker Official Images' variant tags (hub.docker.com/_/node, /_/python, /_/debian, /_/ruby)", "GoogleContainerTools/distroless"] },
  { id: "probes-missing", severity: "warning", runs: "pod", check: probesMissing, checks: "a long-running container without a readiness or liveness probe", sources: [`kube-score pod-probes (${KUBE_SCORE})`, `kube-linter no-readiness-probe, no-liveness-probe (${KUBE_LINTER})`, `Polaris readinessProbeMissing, livenessProbeMissing (${POLARIS}reliability)`] },
  { id: "resources-missing", severity: "warning", runs: "pod", check: resourcesMissing, checks: "a container without CPU and memory requests and limits", sources: [`kube-score container-resources (${KUBE_SCORE})`, `kube-linter unset-cpu-requirements, unset-memory-requirements (${KUBE_LINTER})`, `Polaris cpuRequestsMissing, cpuLimitsMissing, memoryRequestsMissing, memoryLimitsMissing (${POLARIS}efficiency)`] },
  { id: "run-as-root", severity: "warning", runs: "pod", check: runAsRoot, checks: "a container that runs as user 0, or may (no runAsNonRoot, no non-zero runAsUser)", sources: [`kube-score container-security-context-user-group-id (${KUBE_SCORE})`, `kube-linter run-as-non-root (${KUBE_LINTER})`, `Polaris runAsRootAllowed (${POLARIS}security)`] },
  { id: "privileged", severity: "error", runs: "pod", check: privileged, checks: "a privileged container", sources: [`kube-score container-security-context-privileged (${KUBE_SCORE})`, `kube-linter privileged-container (${KUBE_LINTER})`, `Polaris runAsPrivileged (${POLARIS}security)`] },
  { id: "host-namespaces", severity: "error", runs: "pod", check: hostNamespaces, checks: "a pod that shares the node's network, PID or IPC namespace", sources: [`kube-linter host-network, host-pid, host-ipc (${KUBE_LINTER})`, `Polaris hostNetworkSet, hostPIDSet, hostIPCSet (${POLARIS}security)`] },
  { id: "host-path", severity: "warning", runs: "pod", check: hostPaths, checks: "a hostPath volume", sources: [`kube-linter sensitive-host-mounts (${KUBE_LINTER})`, "Pod Security Standards baseline: HostPath Volumes (https://kubernetes.io/docs/concepts/security/pod-security-standards/)"] },
  { id: "writable-root-filesystem", severity: "warning", runs: "pod", check: writableRootFilesystem, checks: "a container whose root filesystem is not read-only", sources: [`kube-score container-security-context-readonlyrootfilesystem (${KUBE_SCORE})`, `kube-linter no-read-only-root-fs (${KUBE_LINTER})`, `Polaris notReadOnlyRootFilesystem (${POLARIS}security)`] },
  { id: "single-replica", severity: "note", runs: "pod", check: singleReplica, checks: "a Deployment or StatefulSet with one replica", sources: [`Polaris multipleReplicasForDeployment (${POLARIS}reliability)`] },
  { id: "no-pod-disruption-budget", severity: "warning", runs: "pod", check: noPodDisruptionBudget, checks: "a replicated Deployment or StatefulSet that no PodDisruptionBudget selects", sources: [`kube-score deployment-has-poddisruptionbudget, statefulset-has-poddisruptionbudget (${KUBE_SCORE})`, `Polaris missingPodDisruptionBudget (${POLARIS}reliability)`] },
  { id: "no-anti-affinity", severity: "warning", runs: "pod", check: noAntiAffinity, checks: "a replicated workload with neither podAntiAffinity nor topologySpreadConstraints", sources: [`kube-score deployment-has-host-podantiaffinity (${KUBE_SCORE})`, `kube-linter no-anti-affinity (${KUBE_LINTER})`] },
  { id: "pod-security-level", severity: "note", runs: "hook", checks: "the Pod Security Standards level each pod meets (privileged, baseline, restricted), and what stands in the way of the next", sources: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/"] },
];

export const lintRule = (id: string): LintRule | undefined => LINT_RULES.find((rule) => rule.id === id);

/** `kubepose explain lint/<id>` finds the rule's template, templates/explanations/lint-<id>.yaml (src/explain/topics.ts). */
export const lintTopic = (id: string): string => `lint/${id}`;
