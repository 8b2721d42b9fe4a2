import type { IHorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import type { IMetricSpec } from "kubernetes-models/autoscaling/v2/MetricSpec";
import { diagnostic } from "../../diagnostics/codes.js";
import type { Service } from "../../model/project.js";
import { defaultedTo, tracedTo, noteOn, type Collector } from "../shared/collector.js";
import { replicasSource } from "./controller-choice.js";
import { komposeLabel } from "../kompose-labels.js";
import type { ConvertOptions, KubernetesObject } from "../../model/manifest.js";
import { objectMeta, widen, type Scope } from "../shared/object-meta.js";

const HPA_LABELS = ["kompose.hpa.cpu", "kompose.hpa.memory", "kompose.hpa.replicas.min", "kompose.hpa.replicas.max"] as const;
/** The autoscaler's own target when no metric is given (autoscaling/v2 defaults to 80% CPU). */
const DEFAULT_CPU_PERCENT = 80;

/** `kompose.hpa.memory`: "80%" → a utilisation target, "512Mi" → an average value per pod. */
function memoryMetric(value: string | number): IMetricSpec {
  const target = typeof value === "number" ? { type: "Utilization", averageUtilization: value } : { type: "AverageValue", averageValue: value };
  return { type: "Resource", resource: { name: "memory", target } };
}

/**
 * The kompose.hpa.* labels → an autoscaling/v2 HorizontalPodAutoscaler scaling the service's Deployment
 * or StatefulSet (the kinds with a scale subresource among those kubepose writes):
 *   kompose.hpa.cpu: 80, kompose.hpa.replicas.min: 2, kompose.hpa.replicas.max: 10
 *   → minReplicas 2, maxReplicas 10, cpu averageUtilization 80
 */
export function convertAutoscaler(service: Service, target: KubernetesObject, scope: Scope, options: ConvertOptions, collector: Collector): void {
  const written = HPA_LABELS.filter((key) => service.labels[key] !== undefined);
  const [firstLabel] = written;
  if (firstLabel === undefined) return;
  const at = (key: string) => [...service.path, "labels", key];
  if (target.kind !== "Deployment" && target.kind !== "StatefulSet") {
    collector.report(diagnostic("hpa-target", at(firstLabel), { service: service.name, kind: target.kind }));
    return;
  }
  const max = komposeLabel(service.labels, "kompose.hpa.replicas.max");
  const min = komposeLabel(service.labels, "kompose.hpa.replicas.min") ?? service.replicas ?? options.replicas ?? 1;
  if (max === undefined || min > max) {
    collector.report(diagnostic("hpa-replicas", at("kompose.hpa.replicas.max"), { service: service.name, min, max: max === undefined ? "none" : String(max) }));
    return;
  }
  const cpu = komposeLabel(service.labels, "kompose.hpa.cpu");
  const memory = komposeLabel(service.labels, "kompose.hpa.memory");
  const metrics: IMetricSpec[] = [];
  if (cpu !== undefined || memory === undefined) {
    metrics.push({ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: cpu ?? DEFAULT_CPU_PERCENT } } });
    if (service.reservations.cpus === undefined) collector.report(diagnostic("hpa-needs-requests", at(cpu === undefined ? firstLabel : "kompose.hpa.cpu"), { service: service.name, resource: "cpu", example: "cpus: \"0.25\"" }));
  }
  if (memory !== undefined) {
    metrics.push(memoryMetric(memory));
    if (typeof memory === "number" && service.reservations.memoryBytes === undefined) collector.report(diagnostic("hpa-needs-requests", at("kompose.hpa.memory"), { service: service.name, resource: "memory", example: "memory: 256M" }));
  }
  const autoscaler: IHorizontalPodAutoscaler = {
    apiVersion: "autoscaling/v2",
    kind: "HorizontalPodAutoscaler",
    metadata: objectMeta(target.metadata.name, scope, target.metadata.name),
    spec: { scaleTargetRef: { apiVersion: "apps/v1", kind: target.kind, name: target.metadata.name }, minReplicas: min, maxReplicas: max, metrics },
  };
  const fieldNotes = cpu === undefined && memory === undefined ? [noteOn(["spec", "metrics"], "no kompose.hpa.cpu or .memory: the autoscaler's default, 80% CPU")] : [];
  const traces = [
    defaultedTo(["spec", "scaleTargetRef"], "the service's own workload"),
    service.labels["kompose.hpa.replicas.min"] !== undefined ? tracedTo(["spec", "minReplicas"], at("kompose.hpa.replicas.min"))
      : replicasSource(service) !== undefined ? tracedTo(["spec", "minReplicas"], replicasSource(service) ?? service.path)
        : defaultedTo(["spec", "minReplicas"], "--replicas, else 1"),
    tracedTo(["spec", "maxReplicas"], at("kompose.hpa.replicas.max")),
    ...metrics.map((metric, index) => metric.resource?.name === "memory" ? tracedTo(["spec", "metrics", index], at("kompose.hpa.memory"))
      : cpu !== undefined ? tracedTo(["spec", "metrics", index], at("kompose.hpa.cpu")) : defaultedTo(["spec", "metrics", index], `the autoscaler's default, ${DEFAULT_CPU_PERCENT}% CPU`)),
  ];
  collector.add({ object: widen(autoscaler), source: at(firstLabel), explanations: ["autoscaling"], fieldNotes, traces });
}
