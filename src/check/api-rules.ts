import type { KubernetesObject } from "../model/manifest.js";
import { checkDataKeys } from "./data-rules.js";
import { checkLabelsAndAnnotations, checkName, checkSelectorMatchesTemplate, podTemplatePaths } from "./metadata-rules.js";
import { arrayAt, recordAtPath, stringAt, type Report } from "./object-access.js";
import { checkPodSpec } from "./pod-rules.js";
import { checkServicePorts } from "./service-rules.js";
import { checkServiceType } from "./service-type-rules.js";

/**
 * Rules the API server enforces and the OpenAPI schema does not. Each row names the kinds it applies to
 * ("*" for all) and reports what it finds; adding a rule is one row here and one text in
 * src/diagnostics/messages/check.ts.
 */
export interface ApiRule {
  kinds: readonly string[] | "*";
  check: (object: KubernetesObject, report: Report) => void;
}

const workloads = Object.keys(podTemplatePaths);

/** Jobs run to completion, so their pods may not restart Always; long-running workloads only restart Always. */
const allowedRestartPolicies: Readonly<Record<string, { allowed: readonly string[]; problem: "job-restart-policy" | "always-restart-policy" }>> = {
  Job: { allowed: ["Never", "OnFailure"], problem: "job-restart-policy" },
  CronJob: { allowed: ["Never", "OnFailure"], problem: "job-restart-policy" },
  Deployment: { allowed: ["Always"], problem: "always-restart-policy" },
  StatefulSet: { allowed: ["Always"], problem: "always-restart-policy" },
  DaemonSet: { allowed: ["Always"], problem: "always-restart-policy" },
};

/** Where each workload keeps its pod spec, built once. */
const podSpecPaths: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(podTemplatePaths).map(([kind, template]) => [kind, [...template, "spec"]]),
);

function checkPodTemplate(object: KubernetesObject, report: Report): void {
  const at = podSpecPaths[object.kind];
  const podSpec = at ? recordAtPath(object, at) : undefined;
  if (!at || !podSpec) return;
  checkPodSpec(podSpec, at, arrayAt(object.spec, "volumeClaimTemplates"), report);
  const policy = stringAt(podSpec, "restartPolicy");
  const rule = allowedRestartPolicies[object.kind];
  // An unset policy defaults to Always, which a Job rejects too.
  const effective = policy ?? "Always";
  if (rule && !rule.allowed.includes(effective)) report([...at, "restartPolicy"], rule.problem, effective);
}

export const apiRules = {
  name: { kinds: "*", check: checkName },
  labelsAndAnnotations: { kinds: "*", check: checkLabelsAndAnnotations },
  selectorMatchesTemplate: { kinds: ["Deployment", "StatefulSet", "DaemonSet", "Job"], check: checkSelectorMatchesTemplate },
  podTemplate: { kinds: workloads, check: checkPodTemplate },
  servicePorts: { kinds: ["Service"], check: checkServicePorts },
  serviceType: { kinds: ["Service"], check: checkServiceType },
  dataKeys: { kinds: ["ConfigMap", "Secret"], check: checkDataKeys },
} satisfies Record<string, ApiRule>;

/** The rules that apply to a kind; the caller keeps the list per kind: thousands of objects share a handful of kinds. */
export function apiRulesFor(kind: unknown): ApiRule[] {
  return (Object.values(apiRules) as ApiRule[]).filter((rule) => rule.kinds === "*" || rule.kinds.includes(kind as string));
}

/** Runs the rules found for the object's kind. */
export function checkApiRules(object: KubernetesObject, rules: readonly ApiRule[], report: Report): void {
  // By index, like the other loops run once per object: a for-of allocates per step until optimized.
  for (let index = 0; index < rules.length; index++) rules[index]!.check(object, report);
}
