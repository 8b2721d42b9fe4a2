import type { IContainer } from "kubernetes-models/v1/Container";
import type { Path } from "../../diagnostics/types.js";
import { POD_SPEC } from "../shared/collector.js";
import { komposeLabel } from "../kompose-labels.js";
import { dnsLabel } from "../shared/names.js";
import type { PodContext, PodDraft } from "../shared/pod-context.js";

/**
 * Kompose's kompose.init.containers.name, .image and .command labels → one init container, as
 * Kompose writes it: the name defaults to "<workload>-init", the image to the service's own. It runs
 * after the waits for dependencies and before the pre_start hooks. Invalid values were reported by
 * checkKomposeLabels and are left out here.
 */
export function komposeInitContainers(context: PodContext, pod: PodDraft): void {
  const { app } = pod;
  const index = pod.initContainers.length;
  const { service, workload, collector } = context;
  const labels = service.labels;
  // Three look-ups, not a list and a closure per pod (the concerns run for every pod).
  const written = labels["kompose.init.containers.name"] !== undefined || labels["kompose.init.containers.image"] !== undefined || labels["kompose.init.containers.command"] !== undefined;
  if (!written) return;
  const container: IContainer = {
    name: komposeLabel(labels, "kompose.init.containers.name") ?? dnsLabel(`${workload}-init`),
    image: komposeLabel(labels, "kompose.init.containers.image") ?? app.image ?? service.name,
  };
  const command = komposeLabel(labels, "kompose.init.containers.command");
  if (command !== undefined) container.command = command;
  const at = [...POD_SPEC, "initContainers", index];
  const label = (key: string): Path => [...service.path, "labels", key];
  for (const [field, key, fallback] of [
    ["name", "kompose.init.containers.name", "<workload>-init, as Kompose names it"],
    ["image", "kompose.init.containers.image", "the service's own image, as in Kompose"],
    ["command", "kompose.init.containers.command", undefined],
  ] as const) {
    if (labels[key] !== undefined) collector.trace([...at, field], label(key));
    else if (fallback !== undefined) collector.defaulted([...at, field], fallback);
  }
  collector.explain("lifecycle-hooks");
  pod.initContainers.push(container);
}
