import type { MessageRows } from "./table.js";

/** Diagnostics of the convert stage about Kompose labels, controllers and traffic (issue 4, WORKLOADS & TRAFFIC). */
export const convertWorkloadMessages = {
  "kompose-label-unknown": {
    severity: "warning",
    text: (p: { label: string; suggestion: string }) =>
      `label '${p.label}' looks like a Kompose label but Kompose documents no such label, so it changes nothing.${p.suggestion === "" ? "" : ` Did you mean '${p.suggestion}'?`} The labels are listed at https://kompose.io/user-guide/#labels, for example kompose.service.type: nodeport.`,
  },
  "kompose-label-value": {
    severity: "warning",
    text: (p: { label: string; value: string; expected: string }) =>
      `label '${p.label}' has the value '${p.value}', which kubepose cannot read, so the label is ignored. Expected ${p.expected}.`,
  },
  "kompose-label-unsupported": {
    severity: "warning",
    text: (p: { label: string; advice: string }) =>
      `the Kompose label '${p.label}' is not converted by kubepose. ${p.advice}`,
  },
  "update-config-partial": {
    severity: "warning",
    text: (p: { service: string; keys: string }) =>
      `deploy.update_config of service '${p.service}': ${p.keys} cannot be expressed by a Kubernetes rolling update and is not converted. Kubernetes replaces pods as soon as the new ones are ready; to pause between pods set spec.minReadySeconds, and undo a bad rollout with kubectl rollout undo.`,
  },
  "update-config-recreate": {
    severity: "warning",
    text: (p: { service: string }) =>
      `deploy.update_config of service '${p.service}' is not used: the pod mounts a ReadWriteOnce claim, so it is replaced with the Recreate strategy (the old pod stops before the new one starts). Use a StatefulSet (kompose.controller.type: statefulset) to roll out pods with their own storage.`,
  },
  "deploy-label-invalid": {
    severity: "warning",
    text: (p: { key: string; value: string }) =>
      `deploy label '${p.key}=${p.value}' is not a valid Kubernetes label (key: optional DNS prefix and '/', then at most 63 letters, digits, '-', '_' or '.'; value: at most 63 such characters), so it is dropped. Expected for example tier: frontend.`,
  },
  "run-once-restart": {
    severity: "warning",
    text: (p: { service: string; policy: string; waiter: string }) =>
      `service '${p.service}' has restart: ${p.policy}, but '${p.waiter}' waits for it to complete successfully, so it is a task: it becomes a Job that runs until it succeeds once, and is not restarted after that. Remove restart, or set restart: on-failure to retry a failed run.`,
  },
  "run-once-controller": {
    severity: "warning",
    text: (p: { service: string; controller: string; waiter: string }) =>
      `service '${p.service}' asks for a ${p.controller} (kompose.controller.type), but '${p.waiter}' waits for it to complete successfully, which only a Job does, so it becomes a Job. Remove the label, or make '${p.waiter}' wait with condition: service_started.`,
  },
  "pod-group-conflict": {
    severity: "warning",
    text: (p: { service: string; owner: string; field: string }) =>
      `'${p.service}' shares a pod with '${p.owner}' and sets the pod's ${p.field} differently; a pod has one ${p.field}, so '${p.owner}''s is kept and this one is not converted. Set it the same way in both services, or keep them in separate pods.`,
  },
  "pod-group-workload": {
    severity: "warning",
    text: (p: { service: string; owner: string; setting: string; wanted: string; kept: string }) =>
      `'${p.service}' shares a pod with '${p.owner}' and asks for ${p.setting} ${p.wanted}, but the services of one pod are one workload, so the pod keeps the ${p.setting} of '${p.owner}': ${p.kept}. Write the same in both services, or keep them in separate pods.`,
  },
  "global-job": {
    severity: "warning",
    text: (p: { service: string }) =>
      `service '${p.service}' is a global-job, which Swarm runs once on every node; a Kubernetes Job runs its pods wherever there is room, so it becomes a Job that runs once. To run on every node, set parallelism and completions to the number of nodes and add a pod anti-affinity on kubernetes.io/hostname.`,
  },
  "daemonset-replicas": {
    severity: "warning",
    text: (p: { service: string; replicas: number }) =>
      `service '${p.service}' runs as a DaemonSet, one pod per node, so its replicas (${p.replicas}) are ignored. Limit the nodes with a nodeSelector, or use a Deployment to choose a count.`,
  },
  "nodeport-port-ignored": {
    severity: "warning",
    text: (p: { service: string; ports: number; kind: string }) =>
      `kompose.service.nodeport.port of service '${p.service}' is ignored: it applies to a NodePort or LoadBalancer Service with exactly one port, and this one is ${p.kind} with ${p.ports} port(s). Expected for example kompose.service.type: nodeport with ports: ["8080:80"].`,
  },
  "traffic-policy-ignored": {
    severity: "warning",
    text: (p: { service: string; kind: string }) =>
      `kompose.service.external-traffic-policy of service '${p.service}' is ignored: only NodePort and LoadBalancer Services receive outside traffic, and this one is ${p.kind}. Add kompose.service.type: loadbalancer (or nodeport).`,
  },
  "expose-label-alone": {
    severity: "warning",
    text: (p: { label: string }) =>
      `'${p.label}' configures the Ingress of kompose.service.expose, which is not set (or false), so it changes nothing. Add for example kompose.service.expose: shop.example.com.`,
  },
  "expose-without-port": {
    severity: "warning",
    text: (p: { service: string }) =>
      `service '${p.service}' sets kompose.service.expose but has no ports, so there is no Service for an Ingress to route to and none is written. Add the port it listens on, for example expose: ["8080"].`,
  },
  "hpa-target": {
    severity: "warning",
    text: (p: { service: string; kind: string }) =>
      `the kompose.hpa.* labels of service '${p.service}' are ignored: a ${p.kind} cannot be autoscaled by a HorizontalPodAutoscaler. Remove them, or run the service as a Deployment or StatefulSet.`,
  },
  "hpa-replicas": {
    severity: "warning",
    text: (p: { service: string; min: number; max: string }) =>
      `no HorizontalPodAutoscaler is written for service '${p.service}': it needs kompose.hpa.replicas.max at least the minimum (${p.min}), and max is ${p.max}. Expected for example kompose.hpa.replicas.min: "2" and kompose.hpa.replicas.max: "10".`,
  },
  "hpa-needs-requests": {
    severity: "warning",
    text: (p: { service: string; resource: string; example: string }) =>
      `the autoscaler of service '${p.service}' targets a percentage of the ${p.resource} request, but the container requests no ${p.resource}, so the autoscaler cannot compute it. Add deploy.resources.reservations, for example ${p.example}.`,
  },
} satisfies MessageRows;
