import type { IStatefulSet } from "kubernetes-models/apps/v1/StatefulSet";
import type { IStatefulSetSpec } from "kubernetes-models/apps/v1/StatefulSetSpec";
import type { IService } from "kubernetes-models/v1/Service";
import type { Path } from "../../diagnostics/types.js";
import { defaultedTo, POD_SPEC } from "../shared/collector.js";
import { selectorLabels } from "../shared/labels.js";
import { dnsLabel } from "../shared/names.js";
import { objectMeta, widen } from "../shared/object-meta.js";
import { isUnder } from "../shared/traces.js";
import { claimSpecTraces } from "../storage/volume-claim.js";
import { ownClaim } from "../storage/own-claims.js";
import { replicasOf } from "./controller-choice.js";
import { statefulSetStrategy } from "./rollout.js";
import { podTemplate, traceReplicas, traceSelector, workloadMeta, type WorkloadInput } from "./workload.js";

type ClaimTemplate = NonNullable<IStatefulSetSpec["volumeClaimTemplates"]>[number];

/**
 * The own claims of a StatefulSet (storage/own-claims) become volumeClaimTemplates: each pod gets its
 * own claim (data-db-0, data-db-1…) instead of all pods sharing one. The pod volume is removed; its
 * mounts refer to the template by the same name. External volumes, and volumes or project directories
 * other services mount too, stay shared claims.
 */
function claimTemplates(input: WorkloadInput): { spec: WorkloadInput["spec"]; templates: ClaimTemplate[] } {
  const { project, service, spec, collector } = input;
  const templates: ClaimTemplate[] = [];
  const volumes = [];
  // Where each pod volume ends up: its new index among the volumes, or a claim template.
  const moved = new Map<number, Path>();
  for (const [index, volume] of (spec.volumes ?? []).entries()) {
    const claim = volume.persistentVolumeClaim?.claimName;
    const own = claim === undefined ? undefined : ownClaim(project, service, claim, input.options);
    if (own === undefined) {
      moved.set(index, [...POD_SPEC, "volumes", volumes.length]);
      volumes.push(volume);
      continue;
    }
    const { settings } = own;
    const { size, storageClassName } = settings;
    const at: Path = ["spec", "volumeClaimTemplates", templates.length];
    moved.set(index, at);
    collector.trace(at, own.from);
    collector.trace([...at, "metadata", "name"], own.from);
    collector.traces.push(...claimSpecTraces(at, settings));
    templates.push({
      metadata: { name: volume.name },
      spec: { accessModes: ["ReadWriteOnce"], ...(storageClassName === undefined ? {} : { storageClassName }), resources: { requests: { storage: size } } },
    });
  }
  const volumesAt = [...POD_SPEC, "volumes"];
  collector.remapTraces((field) => {
    if (!isUnder(volumesAt, field) || field.length === volumesAt.length) return field;
    const target = moved.get(Number(field[volumesAt.length]));
    return target === undefined ? undefined : [...target, ...field.slice(volumesAt.length + 1)];
  });
  const trimmed = { ...spec };
  if (volumes.length > 0) trimmed.volumes = volumes;
  else delete trimmed.volumes;
  return { spec: trimmed, templates };
}

/**
 * The Service that gives a StatefulSet's pods their stable DNS names (db-0.db-headless): headless, so
 * DNS answers with each pod's address. The service's own Service is reused when it is headless already.
 */
function governingService(input: WorkloadInput): string {
  const own = input.collector.manifests.find((manifest) => manifest.object.kind === "Service" && manifest.object.metadata.name === input.workload);
  if ((own?.object.spec as { clusterIP?: string } | undefined)?.clusterIP === "None") return input.workload;
  const name = dnsLabel(`${input.workload}-headless`);
  const ports = (own?.object.spec as { ports?: unknown[] } | undefined)?.ports;
  const headless: IService = {
    apiVersion: "v1",
    kind: "Service",
    metadata: objectMeta(name, input.scope, input.workload),
    spec: { clusterIP: "None", selector: selectorLabels(input.workload), ...(ports === undefined ? {} : { ports: ports as NonNullable<IService["spec"]>["ports"] }) },
  };
  const ownTraces = own?.traces?.filter((trace) => isUnder(["spec", "ports"], trace.field)) ?? [];
  const traces = [
    defaultedTo(["metadata", "name"], "the StatefulSet's governing Service: <workload>-headless"),
    defaultedTo(["spec"], "headless (clusterIP None): DNS answers with each pod's own address"),
    ...ownTraces,
  ];
  input.collector.add({ object: widen(headless), source: input.service.path, explanations: ["statefulset"], fieldNotes: [{ field: ["spec", "clusterIP"], text: `headless: DNS gives each pod its own name, ${input.workload}-0.${name}` }], traces });
  return name;
}

/** `kompose.controller.type: statefulset` or --controller statefulset: pods with stable names and their own storage. */
export function statefulSet(input: WorkloadInput): IStatefulSet {
  const { spec, templates } = claimTemplates(input);
  const replicas = replicasOf(input.service, input.options);
  statefulSetStrategy(input.service, input.collector);
  input.collector.explain("statefulset");
  input.collector.defaulted(["spec", "serviceName"], "the headless Service that gives each pod a stable DNS name");
  if (replicas !== undefined) traceReplicas(input, [["spec", "replicas"]]);
  traceSelector(input);
  return {
    apiVersion: "apps/v1",
    kind: "StatefulSet",
    metadata: workloadMeta(input),
    spec: {
      serviceName: governingService(input),
      ...(replicas !== undefined ? { replicas } : {}),
      selector: { matchLabels: selectorLabels(input.workload) },
      template: podTemplate(input, spec),
      ...(templates.length > 0 ? { volumeClaimTemplates: templates } : {}),
    },
  };
}
