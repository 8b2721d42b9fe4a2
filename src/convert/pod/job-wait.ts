import type { IContainer } from "kubernetes-models/v1/Container";
import { helperImages, pinned } from "../../model/helper-images.js";
import type { ConvertOptions } from "../../model/manifest.js";

/** The image that polls a Job through the API server: curl with TLS, pinned by digest (src/model/helper-images.ts). */
export const DEFAULT_JOB_WAIT_IMAGE = pinned(helperImages.jobWait);

/** Where every pod finds its service account's token and the cluster's CA. */
const ACCOUNT = "/var/run/secrets/kubernetes.io/serviceaccount";

/**
 * The shell script of one Job wait: every 2 s, GET the Job from the API server with the pod's token,
 * checking the server against the cluster CA; done when status.succeeded is 1 or more, failed with a
 * message when the Job has its Failed condition (backoffLimit reached) or after `seconds`. A failed
 * request (the Job not created yet, a missing permission) is logged by curl and retried. No "$(" appears,
 * so Kubernetes' $(VAR) expansion leaves the script alone; the namespace comes from $NAMESPACE.
 */
export function jobWaitScript(job: string, seconds: number): string {
  return [
    `url=https://kubernetes.default.svc/apis/batch/v1/namespaces/$NAMESPACE/jobs/${job}`,
    "end=`date +%s`; end=`expr $end + " + seconds + "`",
    "while [ `date +%s` -lt $end ]; do",
    `  token=\`cat ${ACCOUNT}/token\``,
    `  if job=\`curl -sS --fail --max-time 10 --cacert ${ACCOUNT}/ca.crt -H "Authorization: Bearer $token" $url\`; then`,
    `    if echo "$job" | grep -Eq '"succeeded": *[1-9]'; then echo "Job ${job} completed"; exit 0; fi`,
    `    if echo "$job" | grep -Eq '"type": *"Failed"'; then echo "Job ${job} failed: kubectl describe job/${job}" >&2; exit 1; fi`,
    "  fi",
    `  echo "waiting for Job ${job} to complete"`,
    "  sleep 2",
    "done",
    `echo "Job ${job} did not complete within ${seconds}s" >&2`,
    "exit 1",
  ].join("\n");
}

/** The init container that waits for `job`; the namespace comes from the downward API. */
export function jobWaitContainer(name: string, job: string, seconds: number, options: ConvertOptions): IContainer {
  return {
    name,
    image: options.jobWaitImage ?? DEFAULT_JOB_WAIT_IMAGE,
    command: ["sh", "-c", jobWaitScript(job, seconds)],
    env: [{ name: "NAMESPACE", valueFrom: { fieldRef: { fieldPath: "metadata.namespace" } } }],
  };
}
