import type { ICronJob } from "kubernetes-models/batch/v1/CronJob";
import type { IJob } from "kubernetes-models/batch/v1/Job";
import type { IJobSpec } from "kubernetes-models/batch/v1/JobSpec";
import { diagnostic } from "../../diagnostics/codes.js";
import type { Path } from "../../diagnostics/types.js";
import type { Service } from "../../model/project.js";
import { komposeLabel } from "../kompose-labels.js";
import { POD_SPEC } from "../shared/collector.js";
import { replicasOf, workloadExplanation } from "./controller-choice.js";
import { runOnceConflicts } from "./run-once.js";
import { podTemplate, traceReplicas, workloadMeta, type WorkloadInput } from "./workload.js";

/**
 * A Job's spec: `restart: "no"` runs once (restartPolicy Never, backoffLimit 0); `on-failure:N` restarts
 * the container up to N times (OnFailure, backoffLimit N). Without N Compose retries forever; Kubernetes
 * has no "forever", so backoffLimit keeps its default (6) and a field note says so. Replicas become
 * parallelism and completions: Compose runs that many containers at once, each to completion.
 */
export function jobSpec(input: WorkloadInput, policy: "Never" | "OnFailure", backoffLimit: JobBackoff | undefined, notePath: (string | number)[], base: Path = ["spec"]): IJobSpec {
  const { service, collector } = input;
  const replicas = replicasOf(service, input.options);
  if (backoffLimit === undefined) collector.note(notePath, "Compose retries without end; a Job gives up after backoffLimit (default 6)");
  if (replicas !== undefined) traceReplicas(input, [[...base, "parallelism"], [...base, "completions"]]);
  if (backoffLimit !== undefined) collector.trace([...base, "backoffLimit"], backoffLimit.source);
  const restartPolicy = [...POD_SPEC, "restartPolicy"];
  if (service.restart !== undefined) collector.trace(restartPolicy, service.restart.path);
  else if (service.deployMode !== undefined) collector.trace(restartPolicy, service.deployMode.path);
  else if (input.choice.kind === "Job" && input.choice.awaited === true) collector.trace(restartPolicy, input.choice.source);
  else collector.defaulted(restartPolicy, "OnFailure: a run that fails is retried, as Swarm does for jobs");
  return {
    ...(replicas !== undefined ? { parallelism: replicas, completions: replicas } : {}),
    ...(backoffLimit !== undefined ? { backoffLimit: backoffLimit.value } : {}),
    template: podTemplate(input, { ...input.spec, restartPolicy: policy }),
  };
}

/** A Job's backoffLimit and the Compose path it comes from. */
export interface JobBackoff {
  value: number;
  source: Path;
}

/** restart: "no" → 0, on-failure:N → N; both from `restart`. */
export function restartBackoff(service: Service, policy: "Never" | "OnFailure"): JobBackoff | undefined {
  const restart = service.restart;
  if (restart === undefined) return policy === "Never" ? { value: 0, source: service.path } : undefined;
  const value = policy === "Never" ? 0 : restart.maxRetries;
  return value === undefined ? undefined : { value, source: restart.path };
}

export function job(input: WorkloadInput, policy: "Never" | "OnFailure", globalJob: boolean): IJob {
  const backoffLimit = restartBackoff(input.service, policy);
  if (globalJob) input.collector.report(diagnostic("global-job", input.service.deployMode?.path ?? input.service.path, { service: input.service.name }));
  input.collector.report(...runOnceConflicts(input.service, input.choice));
  input.collector.explain(workloadExplanation(input.choice));
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: workloadMeta(input),
    spec: jobSpec(input, policy, backoffLimit, ["spec", "template", "spec", "restartPolicy"]),
  };
}

/**
 * `kompose.cronjob.schedule`: a Job started on a schedule. `kompose.cronjob.concurrency_policy` says
 * what happens when a run is still going at the next start, `kompose.cronjob.backoff_limit` how often a
 * failed run is retried (else as for a Job: 0 for restart "no").
 */
export function cronJob(input: WorkloadInput, policy: "Never" | "OnFailure"): ICronJob {
  const { labels } = input.service;
  const label = (key: string): Path => [...input.service.path, "labels", key];
  const schedule = komposeLabel(labels, "kompose.cronjob.schedule") ?? "@daily";
  const concurrencyPolicy = komposeLabel(labels, "kompose.cronjob.concurrency_policy");
  const labelledBackoff = komposeLabel(labels, "kompose.cronjob.backoff_limit");
  const backoffLimit = labelledBackoff !== undefined ? { value: labelledBackoff, source: label("kompose.cronjob.backoff_limit") } : restartBackoff(input.service, policy);
  input.collector.trace(["spec", "schedule"], label("kompose.cronjob.schedule"));
  if (concurrencyPolicy !== undefined) input.collector.trace(["spec", "concurrencyPolicy"], label("kompose.cronjob.concurrency_policy"));
  if (input.service.restart === undefined || input.service.restart.policy === "always" || input.service.restart.policy === "unless-stopped") {
    input.collector.note(["spec", "jobTemplate", "spec", "template", "spec", "restartPolicy"], "each run retries on failure; Compose's always-restart has no meaning for a scheduled run");
  }
  input.collector.explain("cronjob");
  return {
    apiVersion: "batch/v1",
    kind: "CronJob",
    metadata: workloadMeta(input),
    spec: {
      schedule,
      ...(concurrencyPolicy === undefined ? {} : { concurrencyPolicy }),
      jobTemplate: { spec: jobSpec(input, policy, backoffLimit, ["spec", "jobTemplate", "spec", "template", "spec", "restartPolicy"], ["spec", "jobTemplate", "spec"]) },
    },
  };
}
