import type { MessageRows } from "./table.js";

/**
 * Convert diagnostics of pod and container details: start-up order, lifecycle hooks, scheduling,
 * DNS, kernel settings, host namespaces, GPUs, image pulls. Joined into the convert table.
 */
export const convertPodMessages = {
  "depends-on-no-port": {
    severity: "warning",
    text: (p: { service: string; dependency: string; port: string; image: string }) =>
      `'${p.service}' depends on '${p.dependency}', which publishes or exposes no TCP port, so there is no Service to wait for and the pods start without waiting. Add the port it listens on to '${p.dependency}', ${p.image === "" ? `expose: ["PORT"]` : `expose: ["${p.port}"] (the port ${p.image} declares)`}, or make '${p.service}' retry until '${p.dependency}' is there.`,
  },
  "depends-on-completion": {
    severity: "warning",
    text: (p: { service: string; dependency: string; kind: string }) =>
      `'${p.service}' waits for '${p.dependency}' to complete successfully in Compose, but '${p.dependency}' becomes a ${p.kind}, which has no single run to wait for, so '${p.service}' starts at once. Remove the label that makes it a ${p.kind} so that it becomes a Job the pods wait for, or run the task as an init container of '${p.service}' (pre_start).`,
  },
  "depends-on-same-pod": {
    severity: "note",
    text: (p: { service: string; dependency: string }) =>
      `'${p.service}' depends on '${p.dependency}', and both run in one pod, so there is nothing to wait for: the containers of a pod start together, in the order they are listed. Make '${p.service}' retry until '${p.dependency}' answers on localhost.`,
  },
  "depends-on-optional": {
    severity: "note",
    text: (p: { service: string; dependency: string }) =>
      `'${p.service}' depends on '${p.dependency}' with required: false, so its pods do not wait for it, as Compose carries on when an optional dependency is missing.`,
  },
  "depends-on-restart": {
    severity: "note",
    text: (p: { service: string; dependency: string }) =>
      `depends_on.${p.dependency}.restart has no Kubernetes equivalent: pods of '${p.service}' are not restarted when '${p.dependency}' is updated. Make '${p.service}' reconnect, or restart it with kubectl rollout restart.`,
  },
  "hook-options-dropped": {
    severity: "warning",
    text: (p: { hook: string; options: string }) =>
      `the ${p.hook} hook sets ${p.options}, which a Kubernetes lifecycle hook cannot: it runs in the container with the container's own user, privileges, environment and working directory. Put the settings into the command, for example sh -c "cd /app && MODE=warm ./warm-up.sh".`,
  },
  "pre-start-per-pod": {
    severity: "note",
    text: (p: { service: string }) =>
      `the pre_start hook of '${p.service}' runs once for the whole service in Compose; as an init container it runs in every pod, before each start. Make it safe to repeat, or run it as a Job applied first.`,
  },
  "hook-without-command": {
    severity: "warning",
    text: (p: { hook: string }) =>
      `the ${p.hook} hook has no command, so there is nothing to run; it is left out. Expected for example command: ["./warm-up.sh"].`,
  },
  "kompose-init-command": {
    severity: "warning",
    text: (p: { value: string }) =>
      `kompose.init.containers.command "${p.value}" cannot be read; the init container runs its image's default command. Expected a JSON list or a command line, for example '["sh", "-c", "echo ready"]'.`,
  },
  "placement-unsupported": {
    severity: "warning",
    text: (p: { constraint: string; advice: string }) =>
      `the placement constraint "${p.constraint}" has no Kubernetes equivalent and is not converted. ${p.advice}`,
  },
  "placement-manager": {
    severity: "note",
    text: (p: { constraint: string }) =>
      `"${p.constraint}" becomes a node affinity on the node-role.kubernetes.io/control-plane label, with a toleration for its taint. Many clusters (all managed ones) do not run workloads on control-plane nodes; remove the constraint there.`,
  },
  "max-replicas-per-node": {
    severity: "note",
    text: (p: { value: number }) =>
      `max_replicas_per_node: ${p.value} becomes a topology spread on kubernetes.io/hostname with maxSkew ${p.value}: Kubernetes bounds the difference between nodes, not the count on each, so a node may hold more than ${p.value} pods when other nodes hold some too.`,
  },
  "platform-label": {
    severity: "error",
    text: (p: { platform: string; part: string }) =>
      `platform ${p.platform} cannot select nodes: "${p.part}" is not a value a node label can have (at most 63 letters, digits, '-', '_' or '.'), so no node carries it. Expected OS/ARCH[/VARIANT], for example linux/amd64 or linux/arm64/v8.`,
  },
  "platform-variant": {
    severity: "note",
    text: (p: { platform: string; variant: string }) =>
      `platform ${p.platform}: nodes are chosen by kubernetes.io/os and kubernetes.io/arch only; Kubernetes has no label for the variant ${p.variant}, so the image's manifest list picks it on the node.`,
  },
  "dns-cluster-first": {
    severity: "note",
    text: (p: { nameservers: string }) =>
      `dns ${p.nameservers} is added after the cluster's DNS server, which keeps resolving Service names and answers first; the servers you gave are asked only when it does not answer. To send a domain to them, configure a forward zone in CoreDNS.`,
  },
  "dns-value": {
    severity: "warning",
    text: (p: { key: string; value: string; expected: string }) =>
      `${p.key} "${p.value}" cannot be used and is left out: ${p.expected}`,
  },
  "sysctl-unsafe": {
    severity: "warning",
    text: (p: { names: string }) =>
      `the sysctls ${p.names} are not in Kubernetes' safe set: pods using them are rejected (SysctlForbidden) unless the kubelet of each node allows them with --allowed-unsafe-sysctls, for example --allowed-unsafe-sysctls='net.core.*'.`,
  },
  "sysctl-invalid": {
    severity: "warning",
    text: (p: { name: string; reason: string }) =>
      `the sysctl ${p.name} is left out: ${p.reason}`,
  },
  "namespace-mode": {
    severity: "warning",
    text: (p: { key: string; value: string; advice: string }) =>
      `${p.key}: ${p.value} has no Kubernetes equivalent and is not converted. ${p.advice}`,
  },
  "group-name": {
    severity: "warning",
    text: (p: { group: string }) =>
      `group_add "${p.group}" is a name; Kubernetes accepts only numeric ids in supplementalGroups, so it is left out. Use the numeric id, for example group_add: ["999"].`,
  },
  "shm-already-mounted": {
    severity: "warning",
    text: (p: { service: string }) =>
      `shm_size of service '${p.service}' is not converted because a volume is already mounted at /dev/shm; give that tmpfs the size instead, for example tmpfs: { size: 1g }.`,
  },
  "gpu-driver": {
    severity: "warning",
    text: (p: { driver: string }) =>
      `the device driver '${p.driver}' is not NVIDIA; kubepose requests nvidia.com/gpu only. Use the extended resource of that vendor's device plugin instead, for example amd.com/gpu: 1 or gpu.intel.com/i915: 1.`,
  },
  "gpu-count-all": {
    severity: "warning",
    text: (p: { service: string }) =>
      `service '${p.service}' asks for all GPUs (count: all, gpus: all or no count), which cannot be expressed: a pod asks for a number of GPUs. kubepose requests 1; set resources.limits.nvidia.com/gpu to the number your nodes have.`,
  },
  "gpu-device-ids": {
    severity: "note",
    text: (p: { ids: string }) =>
      `device_ids ${p.ids} cannot be chosen in Kubernetes: the device plugin assigns GPUs. kubepose requests as many GPUs as ids were listed.`,
  },
  "device-not-gpu": {
    severity: "warning",
    text: (p: { capabilities: string }) =>
      `a device reservation with capabilities ${p.capabilities} and no gpu capability has no Kubernetes equivalent and is not converted. Request the device's extended resource from its device plugin in resources.limits.`,
  },
  "container-name-invalid": {
    severity: "note",
    text: (p: { name: string; used: string }) =>
      `container_name '${p.name}' is not a valid Kubernetes container name (lowercase letters, digits and '-'), so the container is named '${p.used}'.`,
  },
  "domainname-invalid": {
    severity: "warning",
    text: (p: { domainname: string }) =>
      `domainname '${p.domainname}' cannot be a pod subdomain, which is a single DNS label inside the cluster domain; it is left out. Expected for example domainname: db, with a headless Service named db.`,
  },
  "domainname-subdomain": {
    severity: "note",
    text: (p: { domainname: string; service: string }) =>
      `domainname '${p.domainname}' becomes the pod's subdomain: the pod gets the name <hostname>.${p.domainname}.<namespace>.svc.cluster.local only while a headless Service named '${p.domainname}' selects it. Add one, for example with the label kompose.service.type: headless on a service named '${p.domainname}' (this one is '${p.service}').`,
  },
  "pull-policy-approximated": {
    severity: "note",
    text: (p: { value: string; policy: string; reason: string }) =>
      `pull_policy ${p.value} becomes imagePullPolicy ${p.policy}: ${p.reason}`,
  },
  "pull-policy-never": {
    severity: "warning",
    text: (p: { service: string; image: string }) =>
      `service '${p.service}' never pulls its image (imagePullPolicy: Never): its pods start only on nodes that already hold '${p.image}', and fail with ErrImageNeverPull on every other node. Put the image on every node first (kind load docker-image ${p.image}, minikube image load ${p.image}), or use pull_policy: missing and push it to a registry the nodes can reach.`,
  },
  "pull-policy-both": {
    severity: "note",
    text: (p: { label: string; policy: string }) =>
      `both pull_policy and the label kompose.image-pull-policy: ${p.label} are set; the label wins, imagePullPolicy is ${p.policy}.`,
  },
} satisfies MessageRows;
