import type { ExplanationId } from "../model/explanation-ids.generated.js";

/**
 * The fate of every key of a Compose service ($defs.service.properties of the Compose schema): mapped to
 * a Kubernetes field, approximated (a field that behaves differently, with the explanation that says
 * how), or not converted (a warning names the key and gives this advice). A test compares this table with
 * the schema both ways, so a new Compose key cannot go unnoticed.
 */
export type Fate =
  | { fate: "mapped"; to: string; explanation?: ExplanationId }
  | { fate: "approximated"; to: string; explanation: ExplanationId }
  | { fate: "not-converted"; advice: string };

const mapped = (to: string, explanation?: ExplanationId): Fate => (explanation === undefined ? { fate: "mapped", to } : { fate: "mapped", to, explanation });
const approximated = (to: string, explanation: ExplanationId): Fate => ({ fate: "approximated", to, explanation });
const notConverted = (advice: string): Fate => ({ fate: "not-converted", advice });

const useLimits = notConverted("Use deploy.resources.limits.cpus, which becomes resources.limits.cpu.");

export const serviceKeyFates = {
  develop: notConverted("Watch and sync are for local development; use a tool such as Skaffold or Tilt against a cluster."),
  deploy: approximated("replicas, resources and restart policy; each other deploy key is named by deployKeyFates", "replicas"),
  annotations: notConverted("Add them to metadata.annotations of the pod template by hand, or with kustomize commonAnnotations."),
  attach: notConverted("Read the output with kubectl logs -f, or kubectl attach."),
  build: approximated("not built: the container runs `image` (or PROJECT-SERVICE, docker compose build's name, under --image-registry), which must be pushed", "build-and-image"),
  blkio_config: notConverted("Kubernetes has no per-container block I/O weights; use a StorageClass with the IOPS you need."),
  cap_add: mapped("securityContext.capabilities.add", "capabilities"),
  cap_drop: mapped("securityContext.capabilities.drop", "capabilities"),
  cgroup: notConverted("Kubernetes manages cgroups itself; remove the key."),
  cgroup_parent: notConverted("Kubernetes manages cgroups itself; remove the key."),
  command: mapped("containers[].args", "command-and-entrypoint"),
  configs: mapped("ConfigMap volume mounted with subPath", "configs-to-configmap"),
  container_name: mapped("containers[].name, and a Service of that name so peers still reach it", "container-name"),
  cpu_count: useLimits,
  cpu_percent: useLimits,
  cpu_shares: notConverted("Use deploy.resources.reservations.cpus, which becomes resources.requests.cpu (the relative weight)."),
  cpu_quota: useLimits,
  cpu_period: useLimits,
  cpu_rt_period: notConverted("Real-time scheduling is not available to pods; remove the key."),
  cpu_rt_runtime: notConverted("Real-time scheduling is not available to pods; remove the key."),
  cpus: mapped("resources.limits.cpu", "resources"),
  cpuset: notConverted("Pinning CPUs needs the kubelet's static CPU manager policy and a Guaranteed pod; remove the key."),
  credential_spec: notConverted("Windows gMSA needs spec.securityContext.windowsOptions.gmsaCredentialSpecName; set it by hand."),
  depends_on: approximated("initContainers that wait for each dependency's Service on the container port peers use, or for its Job to complete (read through the API with a Role that may get only that Job); a service others wait to complete becomes a Job", "depends-on"),
  device_cgroup_rules: notConverted("Devices reach pods through device plugins; remove the key."),
  devices: notConverted("Devices reach pods through a device plugin and resources.limits (for example nvidia.com/gpu: 1)."),
  dns: approximated("spec.dnsConfig.nameservers, after the cluster DNS", "dns-config"),
  dns_opt: mapped("spec.dnsConfig.options", "dns-config"),
  dns_search: mapped("spec.dnsConfig.searches", "dns-config"),
  domainname: approximated("spec.subdomain, with a headless Service of that name", "domainname-to-subdomain"),
  entrypoint: mapped("containers[].command", "command-and-entrypoint"),
  env_file: mapped("ConfigMap/Secret through envFrom (values merged into environment)", "env-file"),
  label_file: approximated("annotations (merged into labels)", "labels-to-annotations"),
  environment: mapped("ConfigMap/Secret through envFrom", "environment-to-configmap"),
  expose: mapped("Service ports and containerPorts; peers' ports are added (connection graph)", "expose-to-service"),
  extends: mapped("resolved while loading the Compose files"),
  provider: notConverted("Provider services are run by an external tool; create the resource it manages by hand."),
  external_links: notConverted("Reach containers outside the project through a Service of type ExternalName."),
  extra_hosts: mapped("spec.hostAliases", "extra-hosts-to-host-aliases"),
  gpus: approximated("resources.limits nvidia.com/gpu", "gpus"),
  group_add: mapped("spec.securityContext.supplementalGroups (numeric ids)", "supplemental-groups"),
  healthcheck: approximated("readinessProbe", "healthcheck-to-probes"),
  hostname: mapped("spec.hostname", "hostname"),
  image: mapped("containers[].image", "build-and-image"),
  init: notConverted("Use an image with an init process (tini), or spec.shareProcessNamespace: true so the pause process reaps zombies."),
  ipc: approximated("spec.hostIPC for host; sharing with another service warns", "host-namespaces"),
  isolation: notConverted("Isolation is chosen by the cluster's runtime (RuntimeClass); remove the key."),
  labels: approximated("annotations on the workload and pod template", "labels-to-annotations"),
  links: approximated("an edge of the connection graph; a link alias becomes a Service of that name", "service-discovery"),
  logging: notConverted("Logs go to the node's log files; configure log collection in the cluster (for example Fluent Bit)."),
  mac_address: notConverted("Pods get addresses from the cluster network; remove the key."),
  mem_limit: mapped("resources.limits.memory", "resources"),
  mem_reservation: mapped("resources.requests.memory", "resources"),
  mem_swappiness: notConverted("Swap is configured per node by the kubelet; remove the key."),
  memswap_limit: notConverted("Swap is configured per node by the kubelet; remove the key."),
  network_mode: approximated("spec.hostNetwork for host; service:x puts both services in one pod (containers sharing its network namespace); none and container:x warn", "host-namespaces"),
  models: notConverted("Run the model as its own service with an image that serves it."),
  networks: approximated("nothing: one flat network", "networks"),
  oom_kill_disable: notConverted("Kubernetes always kills on memory limits; raise resources.limits.memory instead."),
  oom_score_adj: notConverted("The kubelet sets OOM scores from the pod's QoS class; set requests equal to limits to protect it."),
  pid: approximated("spec.hostPID for host; sharing with another service warns", "host-namespaces"),
  pids_limit: notConverted("A cluster administrator can set podPidsLimit on the kubelet."),
  platform: mapped("spec.nodeSelector kubernetes.io/os and kubernetes.io/arch", "platform-to-node-selector"),
  ports: mapped("Service ports on the container port peers use, plus the published port where it differs; containerPorts", "ports-to-service"),
  pre_start: approximated("spec.initContainers, run in every pod", "lifecycle-hooks"),
  post_start: approximated("containers[].lifecycle.postStart", "lifecycle-hooks"),
  pre_stop: approximated("containers[].lifecycle.preStop", "lifecycle-hooks"),
  privileged: mapped("securityContext.privileged", "capabilities"),
  profiles: mapped("applied while loading: only the selected services are converted"),
  pull_policy: approximated("containers[].imagePullPolicy", "image-pull-policy"),
  pull_refresh_after: notConverted("Use imagePullPolicy: Always, or pin images by digest."),
  read_only: mapped("securityContext.readOnlyRootFilesystem"),
  restart: mapped("Deployment, or a Job with restartPolicy Never/OnFailure", "restart-policy"),
  runtime: notConverted("Create a RuntimeClass and set spec.runtimeClassName by hand."),
  scale: mapped("replicas", "replicas"),
  security_opt: notConverted("seccomp:unconfined is kept as seccompProfile Unconfined; for other options use securityContext.seccompProfile (Localhost), appArmorProfile or seLinuxOptions by hand."),
  shm_size: mapped("emptyDir with medium: Memory and a sizeLimit at /dev/shm", "shm-size"),
  secrets: mapped("Secret volume mounted with subPath", "secrets-to-secret"),
  sysctls: mapped("spec.securityContext.sysctls", "sysctls"),
  stdin_open: mapped("containers[].stdin", "stdin-tty"),
  stop_grace_period: mapped("spec.terminationGracePeriodSeconds", "stop-grace-period"),
  stop_signal: notConverted("Set STOPSIGNAL in the image's Dockerfile; Kubernetes sends the image's stop signal."),
  storage_opt: notConverted("Limit disk with resources.limits.ephemeral-storage."),
  tmpfs: mapped("emptyDir with medium: Memory", "tmpfs-to-emptydir"),
  tty: mapped("containers[].tty", "stdin-tty"),
  ulimits: notConverted("Limits are set by the node's container runtime; remove the key or configure the runtime."),
  use_api_socket: notConverted("Pods cannot reach a Docker engine; use a ServiceAccount and the Kubernetes API instead."),
  user: mapped("securityContext.runAsUser/runAsGroup", "user-to-security-context"),
  uts: notConverted("Set spec.hostNetwork (which shares the UTS namespace) by hand, if you really need it."),
  userns_mode: notConverted("Set spec.hostUsers: false for a user namespace by hand."),
  volumes: mapped("PersistentVolumeClaims, ConfigMaps and emptyDirs", "named-volume-to-pvc"),
  volumes_from: notConverted("Mount the same named volume in both services instead."),
  working_dir: mapped("containers[].workingDir"),
} as const satisfies Record<string, Fate>;

export type ServiceKey = keyof typeof serviceKeyFates;

export const fateOf = (key: string): Fate | undefined =>
  Object.hasOwn(serviceKeyFates, key) ? serviceKeyFates[key as ServiceKey] : undefined;

/**
 * The fate of each key under `deploy` ($defs.deployment of the schema), with `resources` spelled out to
 * its leaves as normalize lists them in Service.deployKeys. A test compares it with the schema too.
 */
export const deployKeyFates = {
  mode: approximated("replicated → Deployment, global → DaemonSet, replicated-job → Job; global-job → a Job that runs once, not once per node", "deploy-jobs"),
  endpoint_mode: mapped("vip → ClusterIP Service; dnsrr → headless Service (clusterIP: None)", "service-type"),
  replicas: mapped("spec.replicas", "replicas"),
  labels: mapped("metadata.labels of the workload (not its selector or pods)", "deploy-labels"),
  rollback_config: notConverted("Use kubectl rollout undo; Deployments keep their revision history."),
  update_config: approximated("parallelism and order → rolling update maxSurge/maxUnavailable; delay, failure_action, monitor, max_failure_ratio named in a warning", "rollout-strategy"),
  restart_policy: approximated("Deployment or Job, like `restart`", "restart-policy"),
  placement: approximated("nodeAffinity, topologySpreadConstraints and podAntiAffinity", "placement-to-affinity"),
  "resources.limits.cpus": mapped("resources.limits.cpu", "resources"),
  "resources.limits.memory": mapped("resources.limits.memory", "resources"),
  "resources.limits.pids": notConverted("A cluster administrator can set podPidsLimit on the kubelet."),
  "resources.reservations.cpus": mapped("resources.requests.cpu", "resources"),
  "resources.reservations.memory": mapped("resources.requests.memory", "resources"),
  "resources.reservations.devices": approximated("resources.limits nvidia.com/gpu for GPU reservations", "gpus"),
  "resources.reservations.generic_resources": notConverted("Request them as extended resources in resources.limits."),
} as const satisfies Record<string, Fate>;

export const deployFateOf = (key: string): Fate | undefined =>
  Object.hasOwn(deployKeyFates, key) ? deployKeyFates[key as keyof typeof deployKeyFates] : undefined;
