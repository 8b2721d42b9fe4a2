import type { KubernetesObject, Manifest } from "../../src/model/manifest.js";

/** A realistic, valid set of objects for one web service with a database; each test mutates a copy. */
const labels = { "app.kubernetes.io/name": "web", "app.kubernetes.io/part-of": "shop" };

const podSpec = {
  restartPolicy: "Always",
  containers: [
    {
      name: "web",
      image: "nginx:1.25-alpine",
      ports: [{ name: "http", containerPort: 80, protocol: "TCP" }],
      env: [{ name: "LOG_LEVEL", value: "info" }, { name: "DB_PASSWORD", valueFrom: { secretKeyRef: { name: "web-secrets", key: "db-password" } } }],
      envFrom: [{ configMapRef: { name: "web-env" } }],
      resources: { limits: { memory: "512Mi", cpu: "500m" } },
      readinessProbe: { httpGet: { path: "/healthz", port: "http" }, periodSeconds: 10 },
      volumeMounts: [
        { name: "data", mountPath: "/var/lib/web" },
        { name: "config", mountPath: "/etc/nginx/conf.d/default.conf", subPath: "default.conf", readOnly: true },
      ],
    },
  ],
  volumes: [
    { name: "data", persistentVolumeClaim: { claimName: "web-data" } },
    { name: "config", configMap: { name: "web-env" } },
  ],
};

export const cleanObjects: Record<string, KubernetesObject> = {
  deployment: {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "web", labels: { ...labels }, annotations: { "kubepose.io/source": "compose.yaml" } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { "app.kubernetes.io/name": "web" } },
      strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: "25%", maxUnavailable: 0 } },
      template: { metadata: { labels: { ...labels } }, spec: podSpec },
    },
  },
  service: {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: "web", labels: { ...labels } },
    spec: {
      selector: { "app.kubernetes.io/name": "web" },
      ports: [
        { name: "http", port: 80, targetPort: "http", protocol: "TCP" },
        { name: "metrics", port: 9090, targetPort: 9090 },
      ],
    },
  },
  configMap: { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "web-env" }, data: { LOG_LEVEL: "info", "default.conf": "server {}\n" } },
  secret: { apiVersion: "v1", kind: "Secret", metadata: { name: "web-secrets" }, type: "Opaque", stringData: { "db-password": "s3cret" } },
  pvc: {
    apiVersion: "v1",
    kind: "PersistentVolumeClaim",
    metadata: { name: "web-data" },
    spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } },
  },
  job: {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: { name: "migrate" },
    spec: { backoffLimit: 2, template: { metadata: { labels: { app: "migrate" } }, spec: { restartPolicy: "Never", containers: [{ name: "migrate", image: "app:1" }] } } },
  },
  cronJob: {
    apiVersion: "batch/v1",
    kind: "CronJob",
    metadata: { name: "backup" },
    spec: {
      schedule: "0 3 * * *",
      jobTemplate: { spec: { template: { spec: { restartPolicy: "OnFailure", containers: [{ name: "backup", image: "app:1", args: ["backup"] }] } } } },
    },
  },
  statefulSet: {
    apiVersion: "apps/v1",
    kind: "StatefulSet",
    metadata: { name: "db" },
    spec: {
      serviceName: "db",
      selector: { matchLabels: { app: "db" } },
      template: { metadata: { labels: { app: "db" } }, spec: { containers: [{ name: "db", image: "postgres:16", volumeMounts: [{ name: "pgdata", mountPath: "/var/lib/postgresql/data" }] }] } },
      volumeClaimTemplates: [{ metadata: { name: "pgdata" }, spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "5Gi" } } } }],
    },
  },
  daemonSet: {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: { name: "agent" },
    spec: { selector: { matchLabels: { app: "agent" } }, template: { metadata: { labels: { app: "agent" } }, spec: { containers: [{ name: "agent", image: "agent:1" }] } } },
  },
  namespace: { apiVersion: "v1", kind: "Namespace", metadata: { name: "shop" } },
  ingress: {
    apiVersion: "networking.k8s.io/v1",
    kind: "Ingress",
    metadata: { name: "web" },
    spec: { rules: [{ host: "shop.example.com", http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: "web", port: { name: "http" } } } }] } }] },
  },
  networkPolicy: {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name: "db" },
    spec: { podSelector: { matchLabels: { app: "db" } }, ingress: [{ from: [{ podSelector: { matchLabels: { app: "web" } } }] }] },
  },
  hpa: {
    apiVersion: "autoscaling/v2",
    kind: "HorizontalPodAutoscaler",
    metadata: { name: "web" },
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" },
      minReplicas: 1,
      maxReplicas: 5,
      metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 80 } } }],
    },
  },
};

export type FixtureName = keyof typeof cleanObjects;

export function manifestOf(object: KubernetesObject): Manifest {
  return { object, source: ["services", object.metadata.name], explanations: [], fieldNotes: [] };
}

/** One change to a copy: set the value at the path (creating objects on the way), or delete it when undefined. */
export type Change = [path: (string | number)[], value: unknown];

/** A deep copy of a clean object with some fields changed. */
export function changed(name: FixtureName, ...changes: Change[]): KubernetesObject {
  const copy = structuredClone(cleanObjects[name]!);
  for (const [path, value] of changes) {
    let node: unknown = copy;
    for (const part of path.slice(0, -1)) {
      const container = node as Record<string | number, unknown>;
      container[part] ??= typeof part === "number" ? [] : {};
      node = container[part];
    }
    const container = node as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (value === undefined) delete container[last];
    else container[last] = value;
  }
  return copy;
}
