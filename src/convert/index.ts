import { diagnostic } from "../diagnostics/codes.js";
import { strictNetworkPolicies } from "./networking/strict-policies.js";
import { podSecurityShortfalls } from "./pod-security-report.js";
import type { Diagnostic, StageResult } from "../diagnostics/types.js";
import type { Project, Service } from "../model/project.js";
import { Collector } from "./shared/collector.js";
import type { ExplanationId } from "../model/explanation-ids.generated.js";
import { deployFateOf, fateOf } from "./fates.js";
import { convertAutoscaler } from "./workloads/autoscaler.js";
import { chooseController, completionWaiters, usesClaims, workloadExplanation } from "./workloads/controller-choice.js";
import { convertFileObjects } from "./configuration/file-objects.js";
import { convertIngress } from "./networking/ingress.js";
import { namespaceManifest } from "./namespace.js";
import { convertNetworkPolicies, networkLabels, traceNetworkLabels } from "./networking/network-policies.js";
import { podTemplateField, settled } from "./shared/traces.js";
import { mountOptionsOf } from "./storage/volume-labels.js";
import { checkKomposeLabels, plainLabels } from "./kompose-labels.js";
import { labelsToAnnotations, substitutedCredentials } from "./shared/labels.js";
import type { ConvertOptions, Manifest } from "../model/manifest.js";
import { dnsLabel, isDnsLabel } from "./shared/names.js";
import { hasKeys, type Scope } from "./shared/object-meta.js";
import { convertPodSpec } from "./pod/pod-spec.js";
import { explainRelations } from "./networking/relations.js";
import { convertVolumeClaims } from "./storage/volume-claim.js";
import { convertWorkload } from "./workloads/controllers.js";
import { mountedByOnePod, podGroups, type PodGroup } from "./workloads/pod-groups.js";
import { mergeMember, retargetServices, type PodPart } from "./workloads/pod-merge.js";
import { workloadConflicts } from "./workloads/pod-group-conflicts.js";
import { convertBindClaims } from "./storage/bind-claims.js";
import { checkBindOverrides } from "./storage/bind-override.js";
import type { ConnectionGraph } from "../model/connections.js";
import { buildConnections } from "../connect/index.js";

/** Service name → workload name, reporting renames and two services that end up with one name. */
function workloadNames(services: readonly Service[], diagnostics: Diagnostic[]): Map<Service, string> {
  const names = new Map<Service, string>();
  const owners = new Map<string, Service>();
  for (const service of services) {
    const name = dnsLabel(service.name);
    const owner = owners.get(name);
    if (owner !== undefined) {
      diagnostics.push(diagnostic("name-collision", service.path, { kind: "workload", name, first: `services '${owner.name}'`, second: `'${service.name}'` }));
    }
    if (name !== service.name) diagnostics.push(diagnostic("renamed", service.path, { compose: service.name, name }));
    owners.set(name, service);
    names.set(service, name);
  }
  return names;
}

/** Keys the service sets that have no Kubernetes equivalent (x- extensions are ours to ignore). */
function unsupportedKeys(service: Service, collector: Collector): void {
  // By index: a for-of allocates a result object per key until this is optimized.
  const keys = service.keys;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    const fate = fateOf(key);
    if (fate?.fate === "not-converted") {
      collector.report(diagnostic("unsupported-key", [...service.path, key], { service: service.name, key, advice: fate.advice }));
    }
  }
  const deployKeys = service.deployKeys;
  for (let index = 0; index < deployKeys.length; index++) {
    const key = deployKeys[index]!;
    const fate = deployFateOf(key);
    if (fate?.fate === "not-converted") {
      const path = [...service.path, "deploy", ...key.split(".")];
      collector.report(diagnostic("unsupported-key", path, { service: service.name, key: `deploy.${key}`, advice: fate.advice }));
    }
  }
}

/** One service's pod part: the checks of its keys and labels, and its pod (one container) with its objects. */
function servicePod(project: Project, service: Service, scope: Scope, options: ConvertOptions, podmates: ReadonlySet<string> | undefined, connections: ConnectionGraph): PodPart {
  const collector = new Collector();
  unsupportedKeys(service, collector);
  explainRelations(service, collector);
  // The three read only the service's labels: a service without labels (most) finds nothing in them,
  // and skips their lists, entries and the labels' path.
  let annotations: Record<string, string> = {};
  if (hasKeys(service.labels)) {
    collector.report(...checkKomposeLabels(service));
    collector.report(...checkBindOverrides(service));
    const converted = labelsToAnnotations(plainLabels(service.labels), [...service.path, "labels"], substitutedCredentials(project.interpolatedSecrets));
    annotations = converted.annotations;
    collector.report(...converted.diagnostics);
  }
  const workload = dnsLabel(service.name);
  // podmates always set (undefined alone): every context has one shape, and no spread copies it.
  const spec = convertPodSpec({ project, service, workload, scope, options, collector, mountOptions: mountOptionsOf(service, options), podmates, connections });
  convertIngress(service, workload, scope, collector);
  return { service, spec, collector, annotations };
}

/** The services of one pod: the owner alone, or the owner and the members of its group. */
interface PodServices {
  owner: Service;
  members: readonly Service[];
}

/** One pod → its workload first, then the Services, ConfigMaps and Secrets its concerns made. */
function convertService(project: Project, pod: PodServices, workload: string, scope: Scope, options: ConvertOptions, connections: ConnectionGraph): { manifests: Manifest[]; diagnostics: Diagnostic[] } {
  const { owner: service, members } = pod;
  const podmates = members.length === 0 ? undefined : new Set([service, ...members].map((member) => member.name));
  const part = servicePod(project, service, scope, options, podmates, connections);
  const { spec, collector, annotations } = part;
  const choice = chooseController(service, options, completionWaiters(project, service));
  if (podmates !== undefined) {
    retargetServices(collector, workload);
    for (const member of members) mergeMember(part, servicePod(project, member, scope, options, podmates, connections), workload);
    const memberChoices = members.map((member) => ({ service: member, choice: chooseController(member, options, completionWaiters(project, member)) }));
    collector.report(...workloadConflicts(service, choice, memberChoices, options));
    collector.explain("pod-group");
  }
  // A pod of one service takes its network labels as they are (a new object each time): no copy into another.
  const podLabels = members.length === 0 ? networkLabels(service, options) : (Object.assign({}, ...[service, ...members].map((member) => networkLabels(member, options))) as Record<string, string>);
  const object = convertWorkload({ project, service, spec, workload, scope, annotations, podLabels, choice, options, collector });
  traceNetworkLabels(service, options, collector);
  const kind = object.kind;
  if (kind === "CronJob") collector.movePodFields((field) => podTemplateField(kind, field));
  convertAutoscaler(service, object, scope, options, collector);

  // Each id once, first place kept (what a Set of the list keeps), without the Set and the spreads.
  const explanations: ExplanationId[] = [workloadExplanation(choice)];
  if (podmates !== undefined) addOnce(explanations, "pod-group");
  if (service.restart !== undefined) addOnce(explanations, "restart-policy");
  if (service.replicas !== undefined) addOnce(explanations, "replicas");
  const concerns = collector.explanations;
  for (let index = 0; index < concerns.length; index++) addOnce(explanations, concerns[index]!);
  if (Object.keys(annotations).length > 0) addOnce(explanations, "labels-to-annotations");
  const manifest: Manifest = { object, source: service.path, explanations, fieldNotes: collector.fieldNotes, traces: collector.traces };
  // The workload first, then the objects its concerns made: the collector's list, not a spread copy.
  collector.manifests.unshift(manifest);
  return { manifests: collector.manifests, diagnostics: collector.diagnostics };
}

function addOnce(ids: ExplanationId[], id: ExplanationId): void {
  if (!ids.includes(id)) ids.push(id);
}

/** Two objects of one kind with one name would overwrite each other when applied. */
function duplicateObjects(manifests: readonly Manifest[]): Diagnostic[] {
  // Kind → name → first object: no "kind/name" string built and hashed for each of 6000 objects.
  const seenByKind = new Map<string, Map<string, Manifest>>();
  const diagnostics: Diagnostic[] = [];
  // By index: a for-of allocates a result object per manifest until this is optimized.
  for (let index = 0; index < manifests.length; index++) {
    const manifest = manifests[index]!;
    const { kind, metadata } = manifest.object;
    let seen = seenByKind.get(kind);
    if (seen === undefined) seenByKind.set(kind, (seen = new Map()));
    const earlier = seen.get(metadata.name);
    if (earlier === undefined) seen.set(metadata.name, manifest);
    else {
      diagnostics.push(diagnostic("name-collision", manifest.source, { kind: manifest.object.kind, name: manifest.object.metadata.name, first: earlier.source.join("."), second: manifest.source.join(".") }));
    }
  }
  return diagnostics;
}

/**
 * Project → Kubernetes objects, in a stable order: for each service in Compose order its workload,
 * Service, environment ConfigMap and Secret, and bound-file ConfigMaps/Secrets; then the ConfigMaps of
 * `configs` and Secrets of `secrets` by name; then the PersistentVolumeClaims by volume name.
 */
export function convert(project: Project, options: ConvertOptions, graph?: ConnectionGraph): StageResult<Manifest[]> {
  const diagnostics: Diagnostic[] = [];
  // The pipeline builds the graph once (and reports its findings); library callers without one get it here.
  const built = graph === undefined ? buildConnections(project) : { value: graph, diagnostics: [] };
  diagnostics.push(...built.diagnostics);
  const connections = built.value;
  const scope: Scope = { partOf: dnsLabel(project.name) };
  if (options.namespace !== undefined) {
    if (isDnsLabel(options.namespace)) scope.namespace = options.namespace;
    else diagnostics.push(diagnostic("namespace-invalid", [], { namespace: options.namespace }));
  }
  const names = workloadNames(project.services, diagnostics);
  const groups = podGroups(project, options);
  // Each service's group from one Map, not a scan of every group (and its members) per service.
  const groupOf = new Map<Service, PodGroup>();
  for (const group of groups) for (const member of [group.owner, ...group.members]) if (!groupOf.has(member)) groupOf.set(member, group);
  const manifests: Manifest[] = [];
  // Each manifest is settled as soon as its part is converted, not after the last service: the lists it
  // grew die young instead of surviving (and being copied by) every scavenge of the stage.
  const keep = (made: readonly Manifest[]): void => {
    for (let index = 0; index < made.length; index++) {
      const manifest = made[index]!;
      if (scope.namespace !== undefined) manifest.explanations.push("namespace");
      manifests.push(settled(manifest, options.keepTraces !== false));
    }
  };
  keep(namespaceManifest(scope, options.podSecurity));
  for (const service of project.services) {
    const group = groupOf.get(service);
    if (group !== undefined && group.owner !== service) continue;
    const pod = group === undefined ? { owner: service, members: [] } : group;
    const converted = convertService(project, pod, group?.name ?? names.get(service) ?? dnsLabel(service.name), scope, options, connections);
    keep(converted.manifests);
    diagnostics.push(...converted.diagnostics);
  }
  // Which services mount shared claims depends on their workload kind: a StatefulSet keeps its own.
  const claimUsers = (service: Service, users: readonly Service[]) => usesClaims(service, options, users);
  for (const part of [convertFileObjects(project, scope), convertVolumeClaims(project, scope, options, claimUsers), convertBindClaims(project, scope, options, claimUsers)]) {
    keep(part.manifests);
    // Services that share one pod share its claim too: no warning about pods on several nodes.
    diagnostics.push(...part.diagnostics.filter((d) => d.code !== "shared-volume" || !mountedByOnePod(project, groups, String(d.path[1]))));
  }
  keep(convertNetworkPolicies(project, names, scope, options));
  keep(strictNetworkPolicies(project, names, scope, options, connections));
  // After a workload collision every object of those services collides too; one error is enough.
  if (!diagnostics.some((d) => d.code === "name-collision")) diagnostics.push(...duplicateObjects(manifests));
  diagnostics.push(...podSecurityShortfalls(manifests, options));
  // With --network-policies the networks are not flat any more: the note saying so would be wrong.
  return { value: manifests, diagnostics: options.networkPolicies === true ? diagnostics.filter((d) => d.code !== "networks-flat") : diagnostics };
}
