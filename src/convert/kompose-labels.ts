import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/types.js";
import type { Service } from "../model/project.js";
import { closestKey } from "../model/suggest.js";
import type { Fate } from "./fates.js";
import {
  commandLine,
  containerLabel,
  cronSchedule,
  exposedHosts,
  flag,
  integer,
  objectName,
  oneOf,
  percentage,
  quantity,
  subPath,
  type ExposedHost,
} from "./kompose-label-values.js";

/**
 * Every label of Kompose's user guide (https://kompose.io/user-guide/#labels), so files written for
 * Kompose keep working: how its value is read, what was expected when it does not parse, and its fate.
 * A label that is read configures the conversion and is NOT copied as an annotation (it means nothing
 * to the cluster); an unknown `kompose.*` label warns with the nearest known one. Rows marked
 * `owner: "pod-container"` belong to the POD & CONTAINER part of issue 4.
 * A test fails when a row has no test of its behaviour (tests/convert/kompose-labels.test.ts).
 */
export interface KomposeLabel<T> {
  owner: "workloads-traffic" | "pod-container";
  /** The value as it is written: undefined when it does not parse. */
  parse: (text: string) => T | undefined;
  /** What was expected, with an example, for the message of a value that does not parse. */
  expected: string;
  fate: Fate;
}

const row = <T>(owner: KomposeLabel<T>["owner"], parse: (text: string) => T | undefined, expected: string, fate: Fate): KomposeLabel<T> => ({ owner, parse, expected, fate });
const text = (value: string): string | undefined => (value.trim() === "" ? undefined : value.trim());
const mapped = (to: string): Fate => ({ fate: "mapped", to });
const notConverted = (advice: string): Fate => ({ fate: "not-converted", advice });
const W = "workloads-traffic";
const P = "pod-container";

export type ServiceKind = "ClusterIP" | "NodePort" | "LoadBalancer" | "Headless";
export type ControllerKind = "deployment" | "daemonset" | "statefulset" | "replicationcontroller";
export type VolumeKind = "persistentVolumeClaim" | "emptyDir" | "hostPath" | "configMap";

const useHealthcheck = notConverted("Write the probe as a Compose healthcheck (test, interval, timeout, retries, start_period), which becomes a readinessProbe.");

export const komposeLabels = {
  "kompose.controller.type": row(W, oneOf<ControllerKind>({ deployment: "deployment", daemonset: "daemonset", statefulset: "statefulset", replicationcontroller: "replicationcontroller" }),
    "deployment, daemonset, statefulset or replicationcontroller, for example kompose.controller.type: statefulset", mapped("the workload kind: Deployment, DaemonSet or StatefulSet (replicationcontroller → Deployment)")),
  "kompose.controller.port.expose": row(W, flag, "true or false", notConverted("A hostPort ties each pod to a node port; expose the port with kompose.service.type: nodeport instead.")),
  "kompose.cronjob.schedule": row(W, cronSchedule, "five cron fields or a macro, for example \"*/5 * * * *\" or @daily", mapped("a CronJob's spec.schedule")),
  "kompose.cronjob.concurrency_policy": row(W, oneOf<"Allow" | "Forbid" | "Replace">({ allow: "Allow", forbid: "Forbid", replace: "Replace" }), "Allow, Forbid or Replace, for example Forbid", mapped("CronJob spec.concurrencyPolicy")),
  "kompose.cronjob.backoff_limit": row(W, integer(0), "a whole number of retries, 0 or more, for example 3", mapped("CronJob spec.jobTemplate.spec.backoffLimit")),
  "kompose.hpa.cpu": row(W, percentage, "a percentage of the CPU request, for example 80 or 80%", mapped("HorizontalPodAutoscaler cpu Utilization target")),
  "kompose.hpa.memory": row(W, (value) => (/%\s*$/.test(value) ? percentage(value) : quantity(value)), "a quantity per pod such as 512Mi, or a percentage of the memory request such as 80%", mapped("HorizontalPodAutoscaler memory AverageValue (or Utilization) target")),
  "kompose.hpa.replicas.min": row(W, integer(1), "a whole number of pods, 1 or more, for example 2", mapped("HorizontalPodAutoscaler spec.minReplicas")),
  "kompose.hpa.replicas.max": row(W, integer(1), "a whole number of pods, 1 or more, for example 10", mapped("HorizontalPodAutoscaler spec.maxReplicas")),
  "kompose.service.type": row(W, oneOf<ServiceKind>({ clusterip: "ClusterIP", nodeport: "NodePort", loadbalancer: "LoadBalancer", headless: "Headless" }),
    "clusterip, nodeport, loadbalancer or headless, for example kompose.service.type: nodeport", mapped("Service spec.type (headless: clusterIP: None)")),
  "kompose.service.nodeport.port": row(W, integer(1, 65535), "a port number, normally in the cluster's NodePort range 30000-32767, for example 30080", mapped("Service spec.ports[].nodePort")),
  "kompose.service.external-traffic-policy": row(W, oneOf<"Cluster" | "Local">({ cluster: "Cluster", local: "Local" }), "cluster or local", mapped("Service spec.externalTrafficPolicy")),
  "kompose.service.expose": row(W, exposedHosts, "true, or hosts separated by commas with optional paths, for example shop.example.com,api.example.com/v1", mapped("an Ingress with one rule per host")),
  "kompose.service.expose.tls-secret": row(W, objectName, "the name of a TLS Secret, for example shop-tls", mapped("Ingress spec.tls[].secretName")),
  "kompose.service.expose.ingress-class-name": row(W, objectName, "the name of an IngressClass, for example nginx", mapped("Ingress spec.ingressClassName")),
  "kompose.service.group": row(W, text, "a group name", mapped("one pod for every service with the same group name: each service a container of it")),
  "kompose.service.healthcheck.liveness.http_get_path": row(W, text, "a path such as /health", useHealthcheck),
  "kompose.service.healthcheck.liveness.http_get_port": row(W, integer(1, 65535), "a port number", useHealthcheck),
  "kompose.service.healthcheck.liveness.tcp_port": row(W, integer(1, 65535), "a port number", useHealthcheck),
  "kompose.service.healthcheck.readiness.disable": row(W, flag, "true or false", useHealthcheck),
  "kompose.service.healthcheck.readiness.http_get_path": row(W, text, "a path such as /ready", useHealthcheck),
  "kompose.service.healthcheck.readiness.http_get_port": row(W, integer(1, 65535), "a port number", useHealthcheck),
  "kompose.service.healthcheck.readiness.interval": row(W, text, "a duration such as 10s", useHealthcheck),
  "kompose.service.healthcheck.readiness.retries": row(W, integer(1), "a whole number", useHealthcheck),
  "kompose.service.healthcheck.readiness.start_period": row(W, text, "a duration such as 30s", useHealthcheck),
  "kompose.service.healthcheck.readiness.tcp_port": row(W, integer(1, 65535), "a port number", useHealthcheck),
  "kompose.service.healthcheck.readiness.test": row(W, text, "a command", useHealthcheck),
  "kompose.service.healthcheck.readiness.timeout": row(W, text, "a duration such as 5s", useHealthcheck),
  "kompose.volume.size": row(W, quantity, "a Kubernetes quantity, for example 10Gi", mapped("PersistentVolumeClaim spec.resources.requests.storage")),
  "kompose.volume.storage-class-name": row(W, objectName, "the name of a StorageClass, for example fast-ssd", mapped("PersistentVolumeClaim spec.storageClassName")),
  "kompose.volume.type": row(W, oneOf<VolumeKind>({ persistentvolumeclaim: "persistentVolumeClaim", emptydir: "emptyDir", hostpath: "hostPath", configmap: "configMap" }),
    "persistentVolumeClaim, emptyDir, hostPath or configMap", mapped("the pod volume of each mount: claim, emptyDir, hostPath or ConfigMap")),
  // The user guide spells it sub-path; Kompose's code reads subpath. Both work.
  "kompose.volume.sub-path": row(W, subPath, "a relative path inside the volume, for example pg-data", mapped("volumeMounts[].subPath")),
  "kompose.volume.subpath": row(W, subPath, "a relative path inside the volume, for example pg-data", mapped("volumeMounts[].subPath")),
  // POD & CONTAINER rows: image pulls and the service account (image-pull.ts), fsGroup (pod-security.ts), the init container (kompose-init-container.ts).
  "kompose.image-pull-policy": row(P, oneOf<"Always" | "IfNotPresent" | "Never">({ always: "Always", ifnotpresent: "IfNotPresent", never: "Never" }), "Always, IfNotPresent or Never", mapped("containers[].imagePullPolicy (wins over pull_policy)")),
  "kompose.image-pull-secret": row(P, objectName, "the name of a docker-registry Secret, for example regcred", mapped("spec.template.spec.imagePullSecrets")),
  "kompose.serviceaccount-name": row(P, objectName, "the name of a ServiceAccount, for example backend", mapped("spec.template.spec.serviceAccountName")),
  "kompose.security-context.fsgroup": row(P, integer(0), "a numeric group id, for example 1001", mapped("spec.template.spec.securityContext.fsGroup")),
  "kompose.init.containers.name": row(P, containerLabel, "a container name (lowercase letters, digits and '-'), for example init-db", mapped("spec.template.spec.initContainers[].name")),
  "kompose.init.containers.image": row(P, text, "an image, for example busybox:1.36", mapped("spec.template.spec.initContainers[].image")),
  "kompose.init.containers.command": row(P, commandLine, "a JSON list or a command line, for example [\"sh\", \"-c\", \"echo ready\"]", mapped("spec.template.spec.initContainers[].command")),
} as const satisfies Record<string, KomposeLabel<unknown>>;

export type KomposeLabelKey = keyof typeof komposeLabels;
type Parsed<K extends KomposeLabelKey> = Exclude<ReturnType<(typeof komposeLabels)[K]["parse"]>, undefined>;

export const isKomposeLabel = (key: string): boolean => key.startsWith("kompose.");
const isKnown = (key: string): key is KomposeLabelKey => Object.hasOwn(komposeLabels, key);

/** The value of one label of a service, parsed; undefined when absent or invalid (checkKomposeLabels reports it). */
export function komposeLabel<K extends KomposeLabelKey>(labels: Readonly<Record<string, string>>, key: K): Parsed<K> | undefined {
  const written = labels[key];
  if (written === undefined) return undefined;
  return komposeLabels[key].parse(written) as Parsed<K> | undefined;
}

/**
 * The diagnostics of a service's kompose.* labels: unknown labels (with the nearest known), values that
 * do not parse, and labels kubepose does not convert (with the advice of their row).
 */
export function checkKomposeLabels(service: Service): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [key, value] of Object.entries(service.labels)) {
    if (!isKomposeLabel(key)) continue;
    const path = [...service.path, "labels", key];
    if (!isKnown(key)) {
      const nearest = closestKey(key, Object.keys(komposeLabels));
      diagnostics.push(diagnostic("kompose-label-unknown", path, { label: key, suggestion: nearest ?? "" }));
      continue;
    }
    const label: KomposeLabel<unknown> = komposeLabels[key];
    if (label.parse(value) === undefined) diagnostics.push(diagnostic("kompose-label-value", path, { label: key, value, expected: label.expected }));
    else if (label.fate.fate === "not-converted") diagnostics.push(diagnostic("kompose-label-unsupported", path, { label: key, advice: label.fate.advice }));
  }
  return diagnostics;
}

/** kubepose's own labels, in the style of Kompose's: kubepose.volume.<target> (storage/bind-override.ts). */
export const isKubeposeLabel = (key: string): boolean => key.startsWith("kubepose.");

/** Compose labels minus the kompose.* and kubepose.* ones, which configure the conversion and are not copied as annotations. */
export const plainLabels = (labels: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(labels).filter(([key]) => !isKomposeLabel(key) && !isKubeposeLabel(key)));

export type { ExposedHost };
