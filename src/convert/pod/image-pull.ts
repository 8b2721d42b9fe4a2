import type { IContainer } from "kubernetes-models/v1/Container";
import { diagnostic } from "../../diagnostics/codes.js";
import { CONTAINER, POD_SPEC } from "../shared/collector.js";
import { komposeLabel } from "../kompose-labels.js";
import type { PodContext, PodDraft } from "../shared/pod-context.js";

type PullPolicy = "Always" | "IfNotPresent" | "Never";

const PERIODIC = "Kubernetes cannot pull on a schedule; Always asks the registry each time a container starts and downloads only changed layers.";

/** pull_policy → imagePullPolicy; a reason when the meaning changes (the note says it). */
const pullPolicies = {
  always: { policy: "Always" },
  never: { policy: "Never" },
  missing: { policy: "IfNotPresent" },
  if_not_present: { policy: "IfNotPresent" },
  build: { policy: "IfNotPresent", reason: "kubepose does not build, so the image must be pushed to a registry the nodes can pull from." },
  refresh: { policy: "Always", reason: PERIODIC },
  daily: { policy: "Always", reason: PERIODIC },
  weekly: { policy: "Always", reason: PERIODIC },
} as const satisfies Record<string, { policy: PullPolicy; reason?: string }>;

/** "every_12h", "every_1d30m" pull again after a while, like daily. */
const EVERY = /^every_([0-9]+[wdhms])+$/;

function fromPullPolicy(context: PodContext): PullPolicy | undefined {
  const { service, collector } = context;
  const value = service.pullPolicy;
  if (value === undefined) return undefined;
  const key = value.toLowerCase();
  const row: { policy: PullPolicy; reason?: string } | undefined = Object.hasOwn(pullPolicies, key)
    ? pullPolicies[key as keyof typeof pullPolicies]
    : EVERY.test(key) ? { policy: "Always", reason: PERIODIC } : undefined;
  // The schema allows nothing else; a value that slipped through keeps the Kubernetes default.
  if (row === undefined) return undefined;
  if (row.reason !== undefined) {
    collector.report(diagnostic("pull-policy-approximated", [...service.path, "pull_policy"], { value, policy: row.policy, reason: row.reason }));
    collector.note([...CONTAINER, "imagePullPolicy"], `Compose pull_policy: ${value}`);
  }
  return row.policy;
}

/**
 * pull_policy and kompose.image-pull-policy → imagePullPolicy (the label wins, as it names the
 * Kubernetes value), kompose.image-pull-secret → imagePullSecrets, kompose.serviceaccount-name →
 * serviceAccountName.
 */
export function convertImagePull(context: PodContext, { spec, app }: PodDraft): void {
  const { service, collector } = context;
  const fromKey = fromPullPolicy(context);
  const fromLabel = komposeLabel(service.labels, "kompose.image-pull-policy");
  if (fromKey !== undefined && fromLabel !== undefined) {
    collector.report(diagnostic("pull-policy-both", [...service.path, "labels", "kompose.image-pull-policy"], { label: service.labels["kompose.image-pull-policy"] ?? fromLabel, policy: fromLabel }));
  }
  // An image built here under docker compose build's bare name ("shop-api", no registry, so :latest) is
  // only on the nodes it was loaded into; Kubernetes' default for :latest (Always) would pull and fail.
  const builtHere = service.build !== undefined && service.image === undefined && context.options.imageRegistry === undefined;
  const policy = fromLabel ?? fromKey ?? (builtHere ? "IfNotPresent" : undefined);
  if (policy !== undefined) {
    app.imagePullPolicy = policy;
    if (fromLabel === undefined && fromKey === undefined) collector.defaulted([...CONTAINER, "imagePullPolicy"], "built without a registry name: use the copy loaded into the node (kind load docker-image) instead of pulling :latest");
    else collector.trace([...CONTAINER, "imagePullPolicy"], fromLabel !== undefined ? [...service.path, "labels", "kompose.image-pull-policy"] : [...service.path, "pull_policy"]);
    collector.explain("image-pull-policy");
    if (policy === "Never") {
      const from = fromLabel !== undefined ? [...service.path, "labels", "kompose.image-pull-policy"] : [...service.path, "pull_policy"];
      collector.report(diagnostic("pull-policy-never", from, { service: service.name, image: app.image ?? service.name }));
    }
  }
  const secret = komposeLabel(service.labels, "kompose.image-pull-secret");
  if (secret !== undefined) {
    spec.imagePullSecrets = [{ name: secret }];
    collector.trace([...POD_SPEC, "imagePullSecrets"], [...service.path, "labels", "kompose.image-pull-secret"]);
    collector.explain("image-pull-policy");
  }
  const account = komposeLabel(service.labels, "kompose.serviceaccount-name");
  if (account !== undefined) {
    spec.serviceAccountName = account;
    collector.trace([...POD_SPEC, "serviceAccountName"], [...service.path, "labels", "kompose.serviceaccount-name"]);
    collector.explain("service-account");
  }
}
