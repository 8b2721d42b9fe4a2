import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import type { IVolume } from "kubernetes-models/v1/Volume";
import { diagnostic } from "../../diagnostics/codes.js";
import type { Path } from "../../diagnostics/types.js";
import type { Service } from "../../model/project.js";
import { POD_SPEC, type Collector } from "../shared/collector.js";
import { selectorLabels } from "../shared/labels.js";
import { dnsLabel } from "../shared/names.js";
import { isUnder } from "../shared/traces.js";

/** One service's share of a pod: its spec (one container), and what its concerns collected. */
export interface PodPart {
  service: Service;
  spec: IPodSpec;
  collector: Collector;
  annotations: Record<string, string>;
}

/** The Services of a service select the pod it shares: app.kubernetes.io/name of the group's workload. */
export function retargetServices(collector: Collector, workload: string): void {
  for (const manifest of collector.manifests) {
    const spec = manifest.object.spec as { selector?: Record<string, string> } | undefined;
    if (manifest.object.kind === "Service" && spec?.selector !== undefined) spec.selector = selectorLabels(workload);
  }
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The member's volumes in the owner's pod: one identical volume is shared, a name taken by another is renamed. */
function mergeVolumes(owner: IPodSpec, member: PodPart): Map<number, number | undefined> {
  const moved = new Map<number, number | undefined>();
  const renamed = new Map<string, string>();
  (member.spec.volumes ?? []).forEach((volume, index) => {
    const volumes = (owner.volumes ??= []);
    const existing = volumes.findIndex((candidate) => candidate.name === volume.name);
    if (existing !== -1 && same(volumes[existing], volume)) return void moved.set(index, undefined);
    let name = volume.name;
    for (let n = 2; volumes.some((candidate) => candidate.name === name); n++) name = dnsLabel(`${volume.name}-${n}`);
    if (name !== volume.name) renamed.set(volume.name, name);
    moved.set(index, volumes.length);
    volumes.push({ ...volume, name } satisfies IVolume);
  });
  for (const container of [...member.spec.containers, ...(member.spec.initContainers ?? [])]) {
    for (const mount of container.volumeMounts ?? []) mount.name = renamed.get(mount.name) ?? mount.name;
  }
  return moved;
}

const POD_LIST_FIELDS = new Set(["containers", "initContainers", "volumes"]);

/** Where the member's collector traced a pod field: the Compose key to point at when it conflicts. */
function sourceOf(member: PodPart, field: string): Path {
  const trace = [...member.collector.traces].reverse().find((candidate) => isUnder([...POD_SPEC, field], candidate.field) && "source" in candidate);
  return trace !== undefined && "source" in trace ? trace.source : member.service.path;
}

/**
 * Adds one member's container, init containers, volumes and pod-level settings to the owner's pod. A pod
 * setting only the member has is taken; one both set differently keeps the owner's, and a warning
 * points at the member's key. Traces and notes move with the fields; the member's objects (its Service,
 * ConfigMaps, Secrets) join the owner's, their Services selecting the shared pod.
 */
export function mergeMember(owner: PodPart, member: PodPart, workload: string): void {
  const index = owner.spec.containers.length;
  const initOffset = owner.spec.initContainers?.length ?? 0;
  owner.spec.containers.push(...member.spec.containers);
  if (member.spec.initContainers !== undefined) owner.spec.initContainers = [...(owner.spec.initContainers ?? []), ...member.spec.initContainers];
  const volumes = mergeVolumes(owner.spec, member);
  const adopted = new Set<string>();
  const fields = owner.spec as unknown as Record<string, unknown>;
  for (const [field, value] of Object.entries(member.spec)) {
    if (POD_LIST_FIELDS.has(field) || value === undefined) continue;
    const ownValue = fields[field];
    if (ownValue === undefined) {
      fields[field] = value;
      adopted.add(field);
    } else if (!same(ownValue, value)) {
      owner.collector.report(diagnostic("pod-group-conflict", sourceOf(member, field), { service: member.service.name, owner: owner.service.name, field }));
    }
  }
  const move = (field: Path): Path | undefined => {
    if (!isUnder(POD_SPEC, field) || field.length === POD_SPEC.length) return undefined;
    const [key, position, ...rest] = field.slice(POD_SPEC.length);
    const at = (list: string, n: number | undefined): Path | undefined => (n === undefined ? undefined : [...POD_SPEC, list, n, ...rest]);
    if (key === "containers") return typeof position === "number" ? at("containers", index + position) : undefined;
    if (key === "initContainers") return typeof position === "number" ? at("initContainers", initOffset + position) : undefined;
    if (key === "volumes") return typeof position === "number" ? at("volumes", volumes.get(position)) : undefined;
    return typeof key === "string" && adopted.has(key) ? field : undefined;
  };
  member.collector.remapTraces(move);
  owner.collector.traces.push({ field: [...POD_SPEC, "containers", index], source: member.service.path }, ...member.collector.traces);
  for (const note of member.collector.fieldNotes) {
    const field = move(note.field);
    if (field !== undefined) owner.collector.note(field, note.text);
  }
  retargetServices(member.collector, workload);
  for (const manifest of member.collector.manifests) owner.collector.add(manifest);
  owner.collector.report(...member.collector.diagnostics);
  for (const id of member.collector.explanations) owner.collector.explain(id);
  for (const [key, value] of Object.entries(member.annotations)) {
    if (owner.annotations[key] === undefined) owner.annotations[key] = value;
    else if (owner.annotations[key] !== value) owner.collector.report(diagnostic("pod-group-conflict", [...member.service.path, "labels", key], { service: member.service.name, owner: owner.service.name, field: `annotation ${key}` }));
  }
}

