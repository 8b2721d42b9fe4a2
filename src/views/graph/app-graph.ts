import type { Path } from "../../diagnostics/types.js";
import type { KubernetesObject } from "../../model/manifest.js";
import type { ViewInput } from "../view-input.js";
import { claimTemplates, isJsonObject, jsonChild, podReferences, podTemplate, selects } from "./pod-references.js";

/*
 * The picture of the app: the Compose services and who reaches whom (the connection graph), and the
 * Kubernetes objects that replace them — workload → ReplicaSet → Pods, the Service selecting the pods,
 * the ConfigMaps, Secrets and claims the pods read and mount. `kubepose graph` prints it as Mermaid or
 * Graphviz text, the HTML report and the playground draw it as SVG (graph/svg.ts).
 */

export type GraphSide = "compose" | "kubernetes";

export interface GraphNode {
  /** Unique, stable: "service:web", "Deployment/web", "ReplicaSet/web", "Pod/web". */
  id: string;
  side: GraphSide;
  /** "service" on the Compose side, a Kubernetes kind on the other. */
  kind: string;
  /** What the node is called on screen: "web", "web-<hash>", "web-<hash>-<id> ×2". */
  label: string;
  /** The manifest the node is (or, for ReplicaSets and Pods, that creates it): an index into ViewInput.manifests. */
  manifest?: number;
  /** The Compose definition it comes from. */
  source?: Path;
  /** Made by the cluster, not written in the manifests (ReplicaSets, Pods, a StatefulSet's claims). */
  derived?: boolean;
}

export type EdgeKind = "connects" | "becomes" | "creates" | "selects" | "reads" | "mounts" | "runs as";

export interface GraphEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  /** The port of a connection (":5432"), the label of the relation otherwise. */
  label?: string;
}

export interface AppGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** What each workload kind creates between itself and its pods, and how its pods are named. */
const chains: Record<string, { between: string[]; pods: (name: string, replicas: number) => string }> = {
  Deployment: { between: ["ReplicaSet"], pods: (name) => `${name}-<hash>-<id>` },
  StatefulSet: { between: [], pods: (name, replicas) => (replicas > 1 ? `${name}-0…${name}-${replicas - 1}` : `${name}-0`) },
  DaemonSet: { between: [], pods: (name) => `${name}-<id> (one per node)` },
  Job: { between: [], pods: (name) => `${name}-<id>` },
  CronJob: { between: ["Job"], pods: (name) => `${name}-<time>-<id>` },
};

export function appGraph(input: ViewInput): AppGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  // Looked up by key, not scanned: a project of a thousand services draws in linear time.
  const nodeIds = new Set<string>();
  const edgeKeys = new Set<string>();
  const addNode = (node: GraphNode): void => {
    nodes.push(node);
    nodeIds.add(node.id);
  };
  const addEdge = (edge: GraphEdge): void => {
    const key = `${edge.from}\u0000${edge.to}\u0000${edge.kind}`;
    if (edgeKeys.has(key)) return;
    edgeKeys.add(key);
    edges.push(edge);
  };
  for (const service of input.project?.services ?? []) {
    addNode({ id: `service:${service.name}`, side: "compose", kind: "service", label: service.name, source: ["services", service.name] });
  }
  for (const connection of input.connections?.connections ?? []) {
    const from = `service:${connection.from}`;
    const to = `service:${connection.to}`;
    const label = connection.port ? `:${connection.port.port}` : undefined;
    addEdge({ from, to, kind: "connects", ...(label ? { label } : {}) });
  }

  const objectId = (object: KubernetesObject): string => `${object.kind}/${object.metadata.name}`;
  // Each workload's pod template and the id of its pods, found once for the loops below (6000 objects on
  // 1000 services: this runs once, cold, so every look-up and id string made again is paid in full).
  const templates = new Array<Record<string, unknown> | undefined>(input.manifests.length);
  const podIds = new Array<string | undefined>(input.manifests.length);
  // Each object, and right after a workload the objects the cluster makes from it. Loops by index: a for-of allocates a result object per step until optimized.
  for (let m = 0; m < input.manifests.length; m++) {
    const manifest = input.manifests[m]!;
    const object = manifest.object;
    const source = manifest.source.slice(0, 2);
    const id = objectId(object);
    addNode({ id, side: "kubernetes", kind: object.kind, label: object.metadata.name, manifest: m, source });
    const chain = chains[object.kind];
    const template = chain ? podTemplate(object) : undefined;
    if (!chain || !template) continue;
    templates[m] = template;
    if (source[0] === "services") {
      const service = `service:${String(source[1])}`;
      if (nodeIds.has(service)) addEdge({ from: service, to: id, kind: "becomes" });
    }
    const name = object.metadata.name;
    let previous = id;
    for (let k = 0; k < chain.between.length; k++) {
      const kind = chain.between[k]!;
      const between = `${kind}/${name}`;
      addNode({ id: between, side: "kubernetes", kind, label: `${name}-<hash>`, manifest: m, source, derived: true });
      addEdge({ from: previous, to: between, kind: "creates" });
      previous = between;
    }
    const replicas = replicasOf(object);
    const count = replicas > 1 && object.kind !== "StatefulSet" ? ` ×${replicas}` : "";
    const pods = (podIds[m] = podsOf(object));
    addNode({ id: pods, side: "kubernetes", kind: "Pod", label: chain.pods(name, replicas) + count, manifest: m, source, derived: true });
    addEdge({ from: previous, to: pods, kind: "creates" });
    const claims = claimTemplates(object);
    for (let c = 0; c < claims.length; c++) {
      const claimId = `PersistentVolumeClaim/${claims[c]}-${name}`;
      addNode({ id: claimId, side: "kubernetes", kind: "PersistentVolumeClaim", label: `${claims[c]}-${name}-<ordinal>`, manifest: m, source, derived: true });
      addEdge({ from: pods, to: claimId, kind: "mounts" });
    }
  }

  // What the pods read, mount and run as, when kubepose wrote that object.
  for (let m = 0; m < input.manifests.length; m++) {
    const template = templates[m];
    // A kind that makes pods but whose template is missing reads nothing either (podReferences of {}).
    if (!template) continue;
    const references = podReferences(jsonChild(template, "spec") ?? {});
    for (let r = 0; r < references.length; r++) {
      const reference = references[r]!;
      const id = `${reference.kind}/${reference.name}`;
      if (nodeIds.has(id)) addEdge({ from: podIds[m]!, to: id, kind: reference.relation });
    }
  }

  const workloads = workloadsByLabel(input.manifests.map((manifest) => manifest.object).filter((object) => chains[object.kind] !== undefined));
  for (const manifest of input.manifests) {
    if (manifest.object.kind !== "Service") continue;
    const selector = jsonChild(manifest.object, "spec")?.["selector"];
    for (const workload of workloads(selector)) {
      if (selects(selector, podTemplate(workload))) addEdge({ from: objectId(manifest.object), to: podsOf(workload), kind: "selects" });
    }
  }
  return { nodes, edges };
}

/**
 * The workloads a selector may pick, in manifest order: those whose pod labels hold the selector's first
 * label (every workload when that value is not a string). Scanning every workload for each Service was
 * quadratic: 1000 Services × 5000 objects took 630 ms of `compare --html` (1000 services).
 */
function workloadsByLabel(objects: readonly KubernetesObject[]): (selector: unknown) => readonly KubernetesObject[] {
  const byLabel = new Map<string, KubernetesObject[]>();
  for (const object of objects) {
    const labels = jsonChild(jsonChild(podTemplate(object), "metadata"), "labels") ?? {};
    for (const [key, value] of Object.entries(labels)) {
      if (typeof value !== "string") continue;
      const labelKey = `${key}\u0000${value}`;
      const list = byLabel.get(labelKey);
      if (list) list.push(object);
      else byLabel.set(labelKey, [object]);
    }
  }
  return (selector) => {
    const first = isJsonObject(selector) ? Object.entries(selector)[0] : undefined;
    if (!first) return [];
    return typeof first[1] === "string" ? (byLabel.get(`${first[0]}\u0000${first[1]}`) ?? []) : objects;
  };
}

/** The node of a workload's pods. */
const podsOf = (object: KubernetesObject): string => `Pod/${object.kind}/${object.metadata.name}`;

/** spec.replicas, 1 when unset (the API's default) or not a count. */
function replicasOf(object: KubernetesObject): number {
  const replicas = jsonChild(object, "spec")?.["replicas"];
  return typeof replicas === "number" && Number.isInteger(replicas) && replicas >= 0 ? replicas : 1;
}
