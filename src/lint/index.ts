import type { Severity, SourceMap } from "../diagnostics/types.js";
import type { Context } from "../model/context.js";
import type { Project } from "../model/project.js";
import type { Manifest } from "../model/manifest.js";
import { composeTargets } from "./compose-targets.js";
import { baseImageAdvice } from "./checks/base-image.js";
import { objectName, podView } from "./pods.js";
import { LINT_RULES } from "./rules.js";
import type { Finding, LintTarget, PodSpecView } from "./types.js";
import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import { evaluatePodSecurity } from "../policy/pod-security.js";

export type { Finding, LintTarget } from "./types.js";

/**
 * The hook for the Pod Security Standards evaluation (issue 12 §4): given a pod spec, the level it
 * meets and, for each control that keeps it from `restricted`, why. lint reports it per workload
 * once an evaluator is passed; without one the rule pod-security-level does not run.
 */
export type PodSecurityEvaluator = (spec: PodSpecView) => { level: "privileged" | "baseline" | "restricted"; reasons: string[] };

export interface LintOptions {
  podSecurity?: PodSecurityEvaluator;
  /** false for converted Compose: its init containers are the waits kubepose adds, not the team's code. Default true. */
  initContainers?: boolean;
}

/** The Pod Security Standards evaluation of src/policy, as lint's hook: the level and each finding's problem. */
export const policyPodSecurity: PodSecurityEvaluator = (spec) => {
  const { level, findings } = evaluatePodSecurity(spec as IPodSpec);
  return { level, reasons: findings.map((finding) => `${finding.control}: ${finding.problem}`) };
};

const ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** Every pod rule over every workload of the targets, in the targets' order, then by rule. */
export function lintTargets(targets: readonly LintTarget[], options: LintOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const target of targets) {
    const pod = podView(target, options.initContainers ?? true);
    if (pod === undefined) continue;
    for (const rule of LINT_RULES) {
      if (rule.runs !== "pod") continue;
      for (const hit of rule.check(pod, targets)) findings.push(located(target, rule.id, rule.severity, hit.field, hit.message));
    }
    if (options.podSecurity !== undefined) {
      const { level, reasons } = options.podSecurity(pod.spec);
      const message = `the pod meets the Pod Security Standards level ${level}${reasons.length > 0 ? `; in the way of the next: ${reasons.join("; ")}` : ""}.`;
      findings.push(located(target, "pod-security-level", "note", pod.specPath, message));
    }
  }
  return findings;
}

function located(target: LintTarget, rule: string, severity: Severity, field: Finding["field"], message: string): Finding {
  const finding: Finding = { rule, severity, message: `${objectName(target)}: ${message}`, object: objectName(target), field };
  const location = target.locate(field);
  if (location !== undefined) finding.location = location;
  return finding;
}

/**
 * A converted Compose project: the pod rules over its manifests (init containers left out: they are
 * the waits kubepose adds), each finding at its Compose line (located through `sources`, the
 * pipeline's SourceMap), then base-image over its Dockerfiles.
 */
export function lintProject(project: Project, manifests: readonly Manifest[], context: Pick<Context, "readFile">, options: LintOptions & { sources?: SourceMap } = {}): Finding[] {
  const { sources, ...lintOptions } = options;
  return sortFindings([...lintTargets(composeTargets(manifests, sources), { ...lintOptions, initContainers: false }), ...lintDockerfiles(project, context)]);
}

/** The rule base-image over each service built from a local Dockerfile the Context can read. */
export function lintDockerfiles(project: Project, context: Pick<Context, "readFile">): Finding[] {
  const findings: Finding[] = [];
  for (const service of project.services) {
    const build = service.build;
    if (build === undefined || !build.context.startsWith("/")) continue;
    const written = build.dockerfile ?? "Dockerfile";
    const file = written.startsWith("/") ? written : `${build.context.replace(/\/+$/, "")}/${written}`;
    const text = context.readFile(file);
    const advice = text === undefined ? undefined : baseImageAdvice(text);
    if (advice === undefined) continue;
    findings.push({
      rule: "base-image",
      severity: "note",
      message: `service '${service.name}': the final stage of ${written} starts FROM ${advice.image}, a full image; the container carries every package of it. Expected a smaller variant: ${advice.suggestion}.`,
      object: `service/${service.name}`,
      field: build.path,
      location: { file, line: advice.line, column: advice.column },
    });
  }
  return findings;
}

/** Errors first, then by file and line; findings without a place last. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) =>
    ORDER[a.severity] - ORDER[b.severity] || (a.location?.file ?? "\uffff").localeCompare(b.location?.file ?? "\uffff") || (a.location?.line ?? 0) - (b.location?.line ?? 0) || a.rule.localeCompare(b.rule),
  );
}
