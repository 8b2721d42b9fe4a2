import type { IContainer } from "kubernetes-models/v1/Container";
import { komposeLabel } from "./kompose-labels.js";
import { dnsLabel } from "./names.js";
import type { PodContext } from "./pod-context.js";

/**
 * Kompose's kompose.init.containers.name, .image and .command labels → one init container, as
 * Kompose writes it: the name defaults to "<workload>-init", the image to the service's own. It runs
 * after the waits for dependencies and before the pre_start hooks. Invalid values were reported by
 * checkKomposeLabels and are left out here.
 */
export function komposeInitContainers(context: PodContext, app: IContainer): IContainer[] {
  const { service, workload, collector } = context;
  const labels = service.labels;
  const written = ["kompose.init.containers.name", "kompose.init.containers.image", "kompose.init.containers.command"].some((key) => labels[key] !== undefined);
  if (!written) return [];
  const container: IContainer = {
    name: komposeLabel(labels, "kompose.init.containers.name") ?? dnsLabel(`${workload}-init`),
    image: komposeLabel(labels, "kompose.init.containers.image") ?? app.image ?? service.name,
  };
  const command = komposeLabel(labels, "kompose.init.containers.command");
  if (command !== undefined) container.command = command;
  collector.explain("lifecycle-hooks");
  return [container];
}
