import { expect } from "vitest";
import { convert } from "../../src/convert/index.js";
import type { ConvertOptions, KubernetesObject, Manifest } from "../../src/model/manifest.js";
import { isDnsLabel, isPortName } from "../../src/convert/shared/names.js";
import type { Diagnostic } from "../../src/diagnostics/types.js";
import { checkManifests } from "../../src/check/index.js";
import { kindKey, modelClasses } from "../../src/check/kinds.js";
import type { Project, Service } from "../../src/model/project.js";

/** A canonical service with nothing set; tests override what they exercise. */
export function service(name: string, overrides: Partial<Service> = {}): Service {
  return {
    name,
    path: ["services", name],
    keys: ["image", ...Object.keys(overrides).filter((key) => key !== "keys" && key !== "deployKeys")],
    deployKeys: [],
    image: "nginx:1.27",
    ports: [],
    expose: [],
    environment: {},
    environmentPaths: {},
    volumes: [],
    configs: [],
    secrets: [],
    limits: {},
    reservations: {},
    labels: {},
    capAdd: [],
    capDrop: [],
    privileged: false,
    readOnly: false,
    stdinOpen: false,
    tty: false,
    extraHosts: [],
    dependsOn: [],
    links: [],
    volumesFrom: [],
    networks: [],
    profiles: [],
    ...overrides,
  };
}

export function project(services: Service[], overrides: Partial<Project> = {}): Project {
  return { name: "shop", workingDir: "/src/shop", services, volumes: {}, networks: {}, configs: {}, secrets: {}, ...overrides };
}

/** The schema, plus the rules the API server enforces beyond it, for every object a test produces. */
export function checkObject(object: KubernetesObject): void {
  // The same table of kubernetes-models classes the output checker uses, keyed by apiVersion and kind.
  const Model = modelClasses[kindKey(object.apiVersion, object.kind)];
  expect(Model, `no model for ${object.apiVersion} ${object.kind}`).toBeDefined();
  if (Model) new Model(object as never).validate();
  expect(object.metadata.name.length).toBeLessThanOrEqual(object.kind === "Service" || object.kind === "Job" ? 63 : 253);
  if (object.kind === "Service" || object.kind === "Deployment" || object.kind === "Job") expect(isDnsLabel(object.metadata.name)).toBe(true);
  expect(object.metadata.name).toMatch(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/);
  const spec = object.spec as Record<string, unknown> | undefined;
  if (object.kind === "Service") {
    const ports = (spec?.ports ?? []) as { name: string }[];
    for (const port of ports) expect(isPortName(port.name), port.name).toBe(true);
    expect(new Set(ports.map((port) => port.name)).size).toBe(ports.length);
  }
  if (object.kind === "Deployment" || object.kind === "Job" || object.kind === "StatefulSet" || object.kind === "DaemonSet") {
    const claimTemplates = ((spec?.volumeClaimTemplates ?? []) as { metadata: { name: string } }[]).map((claim) => claim.metadata.name);
    const template = spec?.template as { metadata: { labels: Record<string, string> }; spec: { volumes?: { name: string }[]; containers: { volumeMounts?: { name: string }[] }[] } };
    const matchLabels = (spec?.selector as { matchLabels?: Record<string, string> } | undefined)?.matchLabels ?? {};
    for (const [key, value] of Object.entries(matchLabels)) expect(template.metadata.labels[key]).toBe(value);
    const volumes = template.spec.volumes ?? [];
    expect(new Set(volumes.map((volume) => volume.name)).size).toBe(volumes.length);
    for (const volume of volumes) expect(isDnsLabel(volume.name) || /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(volume.name)).toBe(true);
    for (const mount of template.spec.containers[0]?.volumeMounts ?? []) expect([...volumes.map((volume) => volume.name), ...claimTemplates]).toContain(mount.name);
  }
  if (object.kind === "ConfigMap" || object.kind === "Secret") {
    const data = (object.data ?? object.stringData ?? {}) as Record<string, string>;
    for (const key of Object.keys(data)) expect(key).toMatch(/^[-._a-zA-Z0-9]+$/);
  }
}

/** Converts and checks every object produced, so every test also proves its output is valid. */
export function run(input: Project, options: ConvertOptions = {}): { manifests: Manifest[]; diagnostics: Diagnostic[] } {
  const { value, diagnostics } = convert(input, options);
  for (const manifest of value) checkObject(manifest.object);
  // The output checker of the emit stage: schema, unknown fields and API-server rules.
  expect(checkManifests(value).map((d) => d.message)).toEqual([]);
  return { manifests: value, diagnostics };
}

export const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => d.code);

export function find(manifests: readonly Manifest[], kind: string, name: string): Manifest {
  const found = manifests.find((manifest) => manifest.object.kind === kind && manifest.object.metadata.name === name);
  if (found === undefined) throw new Error(`no ${kind} ${name} in ${manifests.map((m) => `${m.object.kind}/${m.object.metadata.name}`).join(", ")}`);
  return found;
}

/** Reads a nested field: get(object, "spec", "template", "spec", "containers", 0). */
export function get(value: unknown, ...path: (string | number)[]): unknown {
  let current: unknown = value;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

/** The one container of a service's workload. */
export const containerOf = (manifests: readonly Manifest[], kind: string, name: string): Record<string, unknown> =>
  get(find(manifests, kind, name).object, "spec", "template", "spec", "containers", 0) as Record<string, unknown>;
