import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { projectDirectories } from "../helpers/render-project.js";
import { nodeContext } from "../../src/cli/node-context.js";
import type { Location, Path, SourceMap } from "../../src/diagnostics/types.js";
import type { FieldTrace, Manifest } from "../../src/model/manifest.js";
import { runPipeline, type PipelineOptions } from "../../src/pipeline.js";

const repository = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const projects = [
  ...projectDirectories(join(repository, "examples")).map((name) => join(repository, "examples", name)),
  ...projectDirectories(join(repository, "tests", "fixtures")).map((name) => join(repository, "tests", "fixtures", name)),
];

/** Fields no converter traces: what every object has, whose origin is the object itself. */
const ALLOWED: readonly Path[] = [["apiVersion"], ["kind"], ["metadata", "name"]];

/** The option sets each project is converted with, so option-only objects and fields are traced too. */
const OPTION_SETS: Record<string, Partial<PipelineOptions>> = {
  defaults: {},
  "network policies, namespace, replicas": { networkPolicies: true, namespace: "demo", replicas: 2 },
  "statefulsets, emptyDir volumes": { controller: "statefulset", volumes: "emptyDir" },
  "daemonsets, hostPath volumes": { controller: "daemonset", volumes: "hostPath" },
};

/** The manifests and the source map that locates their traces (the pipeline leaves traces unlocated). */
function convertProject(directory: string, options: Partial<PipelineOptions> = {}): { manifests: Manifest[]; sources: SourceMap } | undefined {
  const context = { ...nodeContext(), env: {}, cwd: directory };
  const { manifests, sources } = runPipeline({ files: [], envFiles: [], ...options }, context);
  return manifests === undefined || sources === undefined ? undefined : { manifests, sources };
}

/** A trace's Compose line, as the views and lint find it. */
const locationOf = (trace: FieldTrace | undefined, sources: SourceMap): Location | undefined =>
  trace !== undefined && "source" in trace ? (trace.location ?? sources.locate(trace.source)) : undefined;

const isPrefix = (prefix: Path, path: Path): boolean => prefix.length <= path.length && prefix.every((part, index) => part === path[index]);

/** Every leaf of a JSON value: scalars, and empty objects or arrays. */
function leaves(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return value.length === 0 ? [at] : value.flatMap((item: unknown, index) => leaves(item, [...at, index]));
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    return entries.length === 0 ? [at] : entries.flatMap(([key, item]) => leaves(item, [...at, key]));
  }
  return [at];
}

function hasField(value: unknown, field: Path): boolean {
  let current = value;
  for (const part of field) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, part)) return false;
    current = (current as Record<string | number, unknown>)[part];
  }
  return true;
}

const label = (manifest: Manifest): string => `${manifest.object.kind}/${manifest.object.metadata.name}`;
const fieldText = (field: Path): string => field.join(".");

describe.each(Object.entries(OPTION_SETS))("traces with %s", (_name, options) => {
  const converted = projects
    .map((directory) => ({ directory, converted: convertProject(directory, options) }))
    .flatMap(({ directory, converted }) => (converted === undefined ? [] : [{ directory, ...converted }]));

  it("converts projects", () => {
    expect(converted.length).toBeGreaterThan(10);
  });

  it.each(converted.map((project) => [project.directory.slice(repository.length + 1), project.manifests] as const))(
    "%s: every leaf field is traced more specifically than its object",
    (_project, manifests) => {
      const untraced = manifests.flatMap((manifest) => {
        const traces = manifest.traces ?? [];
        return leaves(manifest.object)
          .filter((leaf) => !ALLOWED.some((allowed) => isPrefix(allowed, leaf)))
          .filter((leaf) => !traces.some((trace) => trace.field.length > 0 && isPrefix(trace.field, leaf)))
          .map((leaf) => `${label(manifest)} ${fieldText(leaf)}`);
      });
      expect(untraced).toEqual([]);
    },
  );

  it.each(converted.map((project) => [project.directory.slice(repository.length + 1), project.manifests, project.sources] as const))(
    "%s: every trace names a field the object has, and every Compose trace a line",
    (_project, manifests, sources) => {
      const wrong = manifests.flatMap((manifest) =>
        (manifest.traces ?? []).flatMap((trace) => {
          if (!hasField(manifest.object, trace.field)) return [`${label(manifest)} ${fieldText(trace.field)}: no such field`];
          if ("source" in trace && locationOf(trace, sources) === undefined) return [`${label(manifest)} ${fieldText(trace.field)}: ${fieldText(trace.source)} not located`];
          return [];
        }),
      );
      expect(wrong).toEqual([]);
    },
  );

  // The YAML writer prints a note beside its field and has nowhere to put one whose field does not exist.
  it.each(converted.map((project) => [project.directory.slice(repository.length + 1), project.manifests] as const))(
    "%s: every field note names a field the object has",
    (_project, manifests) => {
      const lost = manifests.flatMap((manifest) =>
        manifest.fieldNotes.filter((note) => !hasField(manifest.object, note.field)).map((note) => `${label(manifest)} ${fieldText(note.field)}: ${note.text}`),
      );
      expect(lost).toEqual([]);
    },
  );
});

/** The trace that decides a field: its own or its nearest traced ancestor's (a later one of the same field wins). */
function traceOf(manifest: Manifest, field: Path): FieldTrace | undefined {
  let best: FieldTrace | undefined;
  for (const trace of manifest.traces ?? []) {
    if (isPrefix(trace.field, field) && (best === undefined || trace.field.length >= best.field.length)) best = trace;
  }
  return best;
}

function manifestOf(manifests: readonly Manifest[], kind: string, name: string): Manifest {
  const found = manifests.find((manifest) => manifest.object.kind === kind && manifest.object.metadata.name === name);
  if (found === undefined) throw new Error(`no ${kind}/${name}`);
  return found;
}

type Row = [project: string, object: string, field: Path, expected: Path | { default: RegExp }, line?: number];

const rows: Row[] = [
  ["examples/voting-app", "Service/vote", ["spec", "ports", 0], ["services", "vote", "ports", 0]],
  ["examples/voting-app", "Service/vote", ["spec", "type"], { default: /ClusterIP/ }],
  ["examples/voting-app", "Service/vote", ["spec", "selector", "app.kubernetes.io/name"], { default: /selects/ }],
  ["examples/voting-app", "ConfigMap/vote-env", ["data", "OPTION_A"], ["services", "vote", "environment", "OPTION_A"]],
  ["examples/voting-app", "Deployment/vote", ["spec", "template", "spec", "containers", 0, "image"], ["services", "vote", "image"]],
  ["examples/voting-app", "Deployment/vote", ["spec", "template", "spec", "containers", 0, "ports", 0, "containerPort"], ["services", "vote", "ports", 0]],
  ["examples/voting-app", "Deployment/worker", ["spec", "replicas"], ["services", "worker", "deploy", "replicas"]],
  ["examples/voting-app", "Deployment/vote", ["spec", "selector"], { default: /app\.kubernetes\.io\/name/ }],
  ["examples/voting-app", "Deployment/vote", ["metadata", "labels", "app.kubernetes.io/part-of"], { default: /project/ }],
  ["tests/fixtures/healthchecks", "Deployment/exec-form", ["spec", "template", "spec", "containers", 0, "readinessProbe", "periodSeconds"], ["services", "exec-form", "healthcheck", "interval"]],
  ["tests/fixtures/healthchecks", "Deployment/exec-form", ["spec", "template", "spec", "containers", 0, "readinessProbe", "exec", "command", 0], ["services", "exec-form", "healthcheck", "test"]],
  ["tests/fixtures/healthchecks", "Deployment/shell-form", ["spec", "template", "spec", "containers", 0, "readinessProbe", "periodSeconds"], { default: /Compose default 30s/ }],
  ["tests/fixtures/storage", "PersistentVolumeClaim/shared", ["spec", "resources", "requests", "storage"], { default: /no size/ }],
  ["tests/fixtures/storage", "PersistentVolumeClaim/shared", ["spec", "accessModes", 0], { default: /ReadWriteOnce/ }],
  ["tests/fixtures/storage", "Deployment/app", ["spec", "template", "spec", "volumes", 0], ["services", "app", "volumes", 0]],
  ["tests/fixtures/storage", "Deployment/app", ["spec", "template", "spec", "containers", 0, "volumeMounts", 2, "mountPath"], ["services", "app", "volumes", 2]],
  ["tests/fixtures/storage", "Deployment/app", ["spec", "template", "spec", "containers", 0, "resources", "limits", "memory"], ["services", "app", "mem_limit"]],
  ["tests/fixtures/storage", "Deployment/app", ["spec", "template", "spec", "containers", 0, "securityContext", "capabilities", "drop"], ["services", "app", "cap_drop"]],
  ["tests/fixtures/storage", "Deployment/app", ["spec", "template", "spec", "containers", 0, "securityContext", "runAsUser"], ["services", "app", "user"]],
  ["tests/fixtures/storage", "ConfigMap/config-inline-config", ["data", "inline_config"], ["configs", "inline_config"]],
];

describe("specific fields trace to their Compose path", () => {
  const cache = new Map<string, { manifests: Manifest[]; sources: SourceMap } | undefined>();
  const convertedOf = (project: string): { manifests: Manifest[]; sources: SourceMap } => {
    if (!cache.has(project)) cache.set(project, convertProject(join(repository, project)));
    const converted = cache.get(project);
    if (converted === undefined) throw new Error(`${project} does not convert`);
    return converted;
  };

  it.each(rows)("%s %s %j", (project, object, field, expected) => {
    const [kind = "", name = ""] = object.split("/");
    const { manifests, sources } = convertedOf(project);
    const trace = traceOf(manifestOf(manifests, kind, name), field);
    if (Array.isArray(expected)) {
      expect(trace !== undefined && "source" in trace ? trace.source : trace).toEqual(expected);
      // The source map finds the line it was written on, inside the project's compose.yaml.
      expect(locationOf(trace, sources)?.file).toMatch(/compose\.yaml$/);
      expect(locationOf(trace, sources)?.line).toBeGreaterThan(0);
    } else {
      expect(trace !== undefined && "default" in trace ? trace.default : trace).toMatch(expected.default);
    }
  });
});
