import type { IPersistentVolumeClaim } from "kubernetes-models/v1/PersistentVolumeClaim";
import { diagnostic } from "../../diagnostics/codes.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import type { Project, Service, VolumeDefinition } from "../../model/project.js";
import { plainLabels } from "../kompose-labels.js";
import { labelsToAnnotations, substitutedCredentials } from "../shared/labels.js";
import type { ConvertOptions, Manifest } from "../../model/manifest.js";
import { dnsLabel } from "../shared/names.js";
import { objectMeta, widen, type Scope } from "../shared/object-meta.js";
import { claimSettings, DEFAULT_VOLUME_SIZE, servicesByVolume, type ClaimSettings } from "./volume-labels.js";
import type { Path } from "../../diagnostics/types.js";
import { defaultedTo, tracedTo, noteOn } from "../shared/collector.js";
import type { FieldNote, FieldTrace } from "../../model/manifest.js";
import type { ExplanationId } from "../../model/explanation-ids.generated.js";
import { annotationTraces } from "../shared/traces.js";
import { SPEC_ACCESS_MODES, SPEC_STORAGE_REQUEST } from "../shared/object-fields.js";

/** The claim a named volume maps to: its Compose key, or for an external volume the name it already has. */
export function claimName(key: string, definition: VolumeDefinition | undefined): string {
  return dnsLabel(definition?.external === true ? definition.name : key);
}

/**
 * The traces of a claim's spec at `at` (a PVC's root, or a StatefulSet's claim template): access mode
 * and size are kubepose's choices unless a kompose.volume.* label set them.
 */
export function claimSpecTraces(at: Path, settings: ClaimSettings): FieldTrace[] {
  // A claim's own root (at []) uses the shared fields; a claim template's are under it.
  const storage = at.length === 0 ? SPEC_STORAGE_REQUEST : [...at, "spec", "resources", "requests", "storage"];
  return [
    defaultedTo(at.length === 0 ? SPEC_ACCESS_MODES : [...at, "spec", "accessModes"], "ReadWriteOnce: every cluster's storage offers it"),
    settings.sizeSource === undefined
      ? defaultedTo(storage, `Compose volumes have no size: --pvc-request-size, else ${DEFAULT_VOLUME_SIZE}`)
      : tracedTo(storage, settings.sizeSource),
    ...(settings.storageClassSource === undefined ? [] : [tracedTo([...at, "spec", "storageClassName"], settings.storageClassSource)]),
  ];
}

/** shared-volume when the users' pods (services × replicas) are more than one: ReadWriteOnce ties them to one node. */
export function sharedClaimWarning(users: readonly Service[], path: Path, volume: string, claim: string): Diagnostic[] {
  const pods = users.reduce((sum, service) => sum + (service.replicas ?? 1), 0);
  if (pods <= 1) return [];
  const services = users.map((service) => `'${service.name}'${(service.replicas ?? 1) > 1 ? ` (${service.replicas} replicas)` : ""}`).join(", ");
  return [diagnostic("shared-volume", path, { volume, claim, services })];
}

/** What a PersistentVolumeClaim is made of; named volumes and project directories both build theirs here. */
export interface ClaimInput {
  name: string;
  scope: Scope;
  /** The Compose path the claim comes from: the volume's definition, or the first mount of a directory. */
  source: Path;
  settings: ClaimSettings;
  annotations?: Record<string, string>;
  explanations: ExplanationId[];
  traces: FieldTrace[];
  notes: FieldNote[];
}

/** One ReadWriteOnce claim, with the spec traces and the notes every claim carries. */
export function claimManifest(input: ClaimInput): Manifest {
  const { size, storageClassName } = input.settings;
  const claim: IPersistentVolumeClaim = {
    apiVersion: "v1",
    kind: "PersistentVolumeClaim",
    metadata: objectMeta(input.name, input.scope, undefined, input.annotations ?? {}),
    spec: { accessModes: ["ReadWriteOnce"], ...(storageClassName === undefined ? {} : { storageClassName }), resources: { requests: { storage: size } } },
  };
  return {
    object: widen(claim),
    source: input.source,
    traces: [...input.traces, ...claimSpecTraces([], input.settings)],
    explanations: input.explanations,
    fieldNotes: [
      noteOn(SPEC_ACCESS_MODES, "one node at a time; Compose volumes have no such limit"),
      noteOn(SPEC_STORAGE_REQUEST, "Compose volumes have no size: adjust to your data"),
      ...input.notes,
    ],
  };
}

/**
 * One ReadWriteOnce PersistentVolumeClaim per named volume that a service mounts, in the order of the
 * volume names. A claim mounted by several pods (several services, or replicas) warns: ReadWriteOnce
 * ties them to one node. `usesClaims` says which services mount claims (not a StatefulSet's own claim
 * templates, not emptyDir or hostPath chosen by kompose.volume.type or --volumes), given all the services
 * that mount the volume; a volume none of them mounts gets no claim. Size and StorageClass come from
 * kompose.volume.* labels or --pvc-request-size.
 */
export function convertVolumeClaims(project: Project, scope: Scope, options: ConvertOptions, usesClaims: (service: Service, users: readonly Service[]) => boolean = () => true): { manifests: Manifest[]; diagnostics: Diagnostic[] } {
  const manifests: Manifest[] = [];
  const diagnostics: Diagnostic[] = [];
  const usersByVolume = servicesByVolume(project);
  for (const key of Object.keys(project.volumes).sort()) {
    const definition = project.volumes[key];
    if (definition === undefined) continue;
    const users = usersByVolume.get(key) ?? [];
    const name = claimName(key, definition);
    if (users.length === 0) {
      diagnostics.push(diagnostic("unused-resource", definition.path, { kind: "volume", name: key }));
      continue;
    }
    const claimUsers = users.filter((service) => usesClaims(service, users));
    if (claimUsers.length === 0) continue;
    diagnostics.push(...sharedClaimWarning(claimUsers, definition.path, key, name));
    if (definition.external) {
      diagnostics.push(diagnostic("external-volume", definition.path, { volume: key, claim: name }));
      continue;
    }
    const hasDriverOptions = Object.keys(definition.driverOpts).length > 0;
    if ((definition.driver !== undefined && definition.driver !== "local") || hasDriverOptions) {
      diagnostics.push(diagnostic("volume-driver", definition.path, { volume: key, driver: definition.driver ?? "local" }));
    }
    const { annotations, diagnostics: labelDiagnostics } = labelsToAnnotations(plainLabels(definition.labels), [...definition.path, "labels"], substitutedCredentials(project.interpolatedSecrets));
    diagnostics.push(...labelDiagnostics);
    manifests.push(claimManifest({
      name,
      scope,
      source: definition.path,
      settings: claimSettings(project, key, definition, options),
      annotations,
      explanations: Object.keys(annotations).length > 0 ? ["named-volume-to-pvc", "labels-to-annotations"] : ["named-volume-to-pvc"],
      traces: annotationTraces(annotations, [...definition.path, "labels"]),
      notes: [],
    }));
  }
  return { manifests, diagnostics };
}
