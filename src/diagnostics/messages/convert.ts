import type { MessageRows } from "./table.js";
import { convertPodMessages } from "./convert-pod.js";

/** Diagnostics of the convert stage (Project → Kubernetes objects). Secret values never appear in these texts. */
export const convertMessages = {
  ...convertPodMessages,
  "name-collision": {
    severity: "error",
    text: (p: { kind: string; name: string; first: string; second: string }) =>
      `${p.first} and ${p.second} would both become the ${p.kind} '${p.name}'. Kubernetes names allow only lowercase letters, digits and '-', so names that differ only in case, '_' or '.' collide; rename one, for example '${p.name}-2'.`,
  },
  "namespace-invalid": {
    severity: "error",
    text: (p: { namespace: string }) =>
      `namespace '${p.namespace}' is not a valid Kubernetes namespace (lowercase letters, digits and '-', starting with a letter, at most 63 characters). Expected for example -n shop-staging.`,
  },
  renamed: {
    severity: "note",
    text: (p: { compose: string; name: string }) =>
      `'${p.compose}' is not a valid Kubernetes name, so its objects are named '${p.name}'; other pods reach it at the DNS name '${p.name}', not '${p.compose}'. Rename it in Compose (lowercase letters, digits and '-') to keep one name.`,
  },
  "port-conflict": {
    severity: "error",
    text: (p: { port: number; protocol: string; first: number; second: number }) =>
      `port ${p.port}/${p.protocol} is published twice, to container ports ${p.first} and ${p.second}; a Service port can forward to only one. Expected each published port once, for example "${p.port}:${p.first}" and "${p.port + 1}:${p.second}".`,
  },
  "host-ip": {
    severity: "note",
    text: (p: { hostIp: string; port: number }) =>
      `the host address ${p.hostIp} of port ${p.port} cannot be expressed: a Service listens on its cluster IP, not on one address of a node. It is dropped; use a NetworkPolicy or an Ingress to limit who can reach the port.`,
  },
  "build-without-image": {
    severity: "warning",
    text: (p: { service: string; image: string; context: string; push: "push" | "push-local" }) =>
      p.push === "push"
        ? `service '${p.service}' has 'build' but no 'image'; kubepose does not build, so its pods run '${p.image}', the name docker compose build gives it under your registry. Build and push it before applying: docker build -t ${p.image} ${p.context} && docker push ${p.image} (or docker compose build ${p.service}, then docker tag and push it under that name).`
        : `service '${p.service}' has 'build' but no 'image'; kubepose does not build, so its pods run '${p.image}', the name docker compose build ${p.service} gives it. Nodes pull images from a registry: build it (docker compose build ${p.service}, or docker build -t ${p.image} ${p.context}) and either load it into a local cluster (kind load docker-image ${p.image}; its imagePullPolicy is IfNotPresent, so the loaded copy is used) or convert with --image-registry REGISTRY and push it, for example docker tag ${p.image} registry.example.com/${p.image} && docker push registry.example.com/${p.image}.`,
  },
  "build-ignored": {
    severity: "warning",
    text: (p: { service: string; image: string }) =>
      `service '${p.service}' has 'build'; kubepose does not build images, the pods run '${p.image}' as pulled from its registry. Build and push it first, for example docker compose build ${p.service} && docker compose push ${p.service}.`,
  },
  "missing-image": {
    severity: "error",
    text: (p: { service: string }) =>
      `service '${p.service}' has no 'image'; every Kubernetes container needs one. Expected for example image: nginx:1.27.`,
  },
  "empty-image": {
    severity: "error",
    text: (p: { service: string }) =>
      `the image of service '${p.service}' is empty, which names no image (docker compose refuses it as an invalid reference). Expected an image reference, for example image: nginx:1.27, or no image and a build: section.`,
  },
  "shared-volume": {
    severity: "warning",
    text: (p: { volume: string; claim: string; services: string }) =>
      `volume '${p.volume}' is mounted by ${p.services}; its PersistentVolumeClaim '${p.claim}' is ReadWriteOnce, so all those pods must run on the same node (or stay Pending). Give each service its own volume, or use a storage class that supports ReadWriteMany and change accessModes.`,
  },
  "external-volume": {
    severity: "note",
    text: (p: { volume: string; claim: string }) =>
      `volume '${p.volume}' is external: no PersistentVolumeClaim is written, the pods use the existing claim '${p.claim}'. Create it in the namespace before applying, for example with kubectl apply -f ${p.claim}-pvc.yaml.`,
  },
  "volume-driver": {
    severity: "note",
    text: (p: { volume: string; driver: string }) =>
      `volume '${p.volume}' uses driver '${p.driver}' and its options; a claim gets storage from the cluster's default StorageClass instead. Set spec.storageClassName to choose another.`,
  },
  "unused-resource": {
    severity: "note",
    text: (p: { kind: string; name: string }) =>
      `${p.kind} '${p.name}' is declared but no service uses it, so no object is written for it, as Compose creates none either.`,
  },
  "anonymous-volume": {
    severity: "note",
    text: (p: { target: string }) =>
      `the anonymous volume at ${p.target} becomes an emptyDir: it survives container restarts but not the pod, so its data is lost when the pod is deleted or rescheduled. Use a named volume to keep the data, for example data:${p.target}.`,
  },
  "bind-mount-copied": {
    severity: "note",
    text: (p: { source: string; target: string; kind: string }) =>
      `the files of ${p.source} are copied into a ${p.kind} mounted at ${p.target}; the pod sees them as they were when kubepose ran, not later edits on your machine. Run kubepose again after changing them.`,
  },
  "host-bind-mount": {
    severity: "warning",
    text: (p: { source: string; target: string }) =>
      `the bind mount ${p.source}:${p.target} reads the host's filesystem, which a pod on another machine does not have; an empty emptyDir is mounted at ${p.target} instead so the pod still starts. Put the data in a named volume (PersistentVolumeClaim), in a config (ConfigMap), or, if you really need the node's own files, edit the volume into a hostPath.`,
  },
  "bind-too-large": {
    severity: "warning",
    text: (p: { source: string; bytes: number; fallback: string }) =>
      `the files of ${p.source} hold ${p.bytes} bytes, more than a ConfigMap or Secret can store (1 MiB); ${p.fallback}. Bake the files into the image or copy them into a PersistentVolumeClaim.`,
  },
  "unsupported-mount": {
    severity: "warning",
    text: (p: { type: string; target: string }) =>
      `a mount of type '${p.type}' at ${p.target} has no Kubernetes equivalent; an empty emptyDir is mounted there instead. Use a named volume (PersistentVolumeClaim) for data, for example data:${p.target}.`,
  },
  "external-config": {
    severity: "warning",
    text: (p: { config: string; name: string; key: string }) =>
      `the content of config '${p.config}' is not available (external or unreadable), so the ConfigMap '${p.name}' is referenced but not written. Create it before applying, for example kubectl create configmap ${p.name} --from-file=${p.key}=./${p.key}.`,
  },
  "external-secret": {
    severity: "warning",
    text: (p: { secret: string; name: string; key: string }) =>
      `the content of secret '${p.secret}' is not available (external or unreadable), so the Secret '${p.name}' is referenced but not written. Create it before applying, for example kubectl create secret generic ${p.name} --from-file=${p.key}=./${p.key}.`,
  },
  "file-owner": {
    severity: "note",
    text: (p: { source: string }) =>
      `uid and gid of '${p.source}' cannot be set per file in Kubernetes; the file belongs to root, or to the pod's fsGroup if you set spec.securityContext.fsGroup.`,
  },
  "healthcheck-without-test": {
    severity: "warning",
    text: (p: { service: string }) =>
      `the healthcheck of service '${p.service}' sets timings but no test, relying on the image's HEALTHCHECK, which Kubernetes ignores; no probe is written. Add a test, for example test: ["CMD", "curl", "-f", "http://localhost/"].`,
  },
  "user-name": {
    severity: "warning",
    text: (p: { user: string }) =>
      `user '${p.user}' is a name; Kubernetes accepts only numeric ids (runAsUser, runAsGroup), so it is not set and the image's USER applies. Use the numeric id, for example user: "1000:1000".`,
  },
  "unsupported-key": {
    severity: "warning",
    text: (p: { service: string; key: string; advice: string }) =>
      `'${p.key}' of service '${p.service}' has no Kubernetes equivalent in kubepose's output and is not converted. ${p.advice}`,
  },
  "networks-flat": {
    severity: "note",
    text: (p: { service: string; networks: string }) =>
      `service '${p.service}' joins ${p.networks}: Kubernetes has one flat network where every pod reaches every other, so no object is written and the isolation between networks is lost. Add NetworkPolicies to restrict traffic.`,
  },
  "network-addressing": {
    severity: "warning",
    text: (p: { service: string; network: string }) =>
      `the fixed IP addresses of service '${p.service}' on network '${p.network}' cannot be expressed: pods get addresses from the cluster and are reached by their Service name. Call '${p.service}' by name instead of by address, for example http://${p.service}:8080.`,
  },
  "hostname-invalid": {
    severity: "warning",
    text: (p: { hostname: string }) =>
      `hostname '${p.hostname}' is not a valid pod hostname (lowercase letters, digits and '-', at most 63 characters), so it is not set. Expected for example hostname: db-primary.`,
  },
  "host-gateway": {
    severity: "warning",
    text: (p: { hostname: string }) =>
      `extra host '${p.hostname}' points to host-gateway, the Docker host, which has no address inside a cluster; it is dropped. Point it at a Service or a fixed IP, for example ${p.hostname}=10.0.0.5.`,
  },
  "environment-name": {
    severity: "warning",
    text: (p: { name: string }) =>
      `environment variable '${p.name}' is not a name Kubernetes accepts (letters, digits, '_', '-' and '.', not starting with a digit), so it is not set. Rename it, for example MY_VARIABLE.`,
  },
  "label-key": {
    severity: "warning",
    text: (p: { key: string }) =>
      `label '${p.key}' is not a valid Kubernetes annotation key (an optional DNS prefix and '/', then at most 63 letters, digits, '-', '_' or '.'), so it is dropped. Expected for example com.example.team.`,
  },
  "extra-host-ip": {
    severity: "error",
    text: (p: { hostname: string; ip: string }) =>
      `extra host ${p.hostname} points at "${p.ip}", which is not an IP address (Docker refuses it when it creates the container, and the API server refuses the pod). Expected HOSTNAME=IP with an IPv4 or IPv6 address, for example "${p.hostname}=10.0.0.5".`,
  },
  "extra-host-name": {
    severity: "warning",
    text: (p: { hostname: string; ip: string }) =>
      `extra host name "${p.hostname}" is not a lowercase DNS name, which hostAliases require (letters, digits, '-' and '.'), so the entry ${p.hostname}=${p.ip} is dropped. Rename it, for example "${p.hostname.toLowerCase().replace(/[^a-z0-9.-]+/g, "-").replace(/^-+|-+$/g, "") || "legacy-db"}=${p.ip}", and use that name in the app.`,
  },
  "nodeport-range": {
    severity: "warning",
    text: (p: { service: string; port: number; min: number; max: number }) =>
      `${p.service}: nodePort ${p.port} is outside ${p.min}-${p.max}, the node port range of a cluster with default settings; the API server refuses the Service unless its --service-node-port-range includes ${p.port}. Expected for example kompose.service.nodeport.port: "30080".`,
  },
  "label-credential": {
    severity: "warning",
    text: (p: { key: string }) =>
      `label '${p.key}' is named like a credential, so it is not copied to the object's annotations, which anyone who may read the object can read. Put the value in a Secret and give it to the container that needs it, for example with environment: or secrets:.`,
  },
  "request-above-limit": {
    severity: "warning",
    text: (p: { resource: string; request: string; limit: string }) =>
      `the ${p.resource} reservation ${p.request} is above the limit ${p.limit}, which Kubernetes rejects; the request is lowered to the limit. Expected reservations at most the limits, for example cpus: "0.25" under reservations and "0.5" under limits.`,
  },
} satisfies MessageRows;
