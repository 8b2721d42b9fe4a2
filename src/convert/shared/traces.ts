import type { Path } from "../../diagnostics/types.js";
import { defaultedTo, tracedTo } from "./collector.js";
import type { FieldTrace, Manifest } from "../../model/manifest.js";
import { sharedExplanations } from "./explanation-lists.js";

/** Whether `field` is `prefix` or lies under it. */
export const isUnder = (prefix: Path, field: Path): boolean =>
  prefix.length <= field.length && prefix.every((part, index) => part === field[index]);

/** Compose labels made annotations: metadata.annotations["com.example.team"] ← services.web.labels["com.example.team"]. */
export const annotationTraces = (annotations: Readonly<Record<string, string>>, labels: Path, at: Path = ["metadata", "annotations"]): FieldTrace[] =>
  Object.keys(annotations).map((key) => tracedTo([...at, key], [...labels, key]));

/** Where each workload kind keeps its pod template; converters trace with a Deployment's (spec.template). */
const POD_TEMPLATE = {
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"],
} as const satisfies Record<string, Path>;

const DEPLOYMENT_TEMPLATE: Path = POD_TEMPLATE.Deployment;

/** Moves a trace written for a Deployment's pod template to where `kind` keeps it: spec.template → spec.jobTemplate.spec.template. */
export function podTemplateField(kind: string, field: Path): Path {
  const template: Path | undefined = Object.hasOwn(POD_TEMPLATE, kind) ? POD_TEMPLATE[kind as keyof typeof POD_TEMPLATE] : undefined;
  if (template === undefined || template === DEPLOYMENT_TEMPLATE || !isUnder(DEPLOYMENT_TEMPLATE, field)) return field;
  return [...template, ...field.slice(DEPLOYMENT_TEMPLATE.length)];
}

/**
 * The traces every object shares, put before its own so they can be overridden: kubepose's standard
 * labels and the namespace of -n. (metadata.name is the object's own identity, traced to its source.)
 */
export function withCommonTraces(manifest: Manifest): Manifest {
  const { metadata } = manifest.object;
  const own = manifest.traces ?? [];
  // concat, not spread: no iterator per object (6000 objects of 1000 services).
  if (metadata.namespace !== undefined) manifest.traces = [LABELS, NAMESPACE].concat(own);
  else if (metadata.labels !== undefined) manifest.traces = [LABELS].concat(own);
  return manifest;
}

/**
 * The manifest with its explanations in a shared list and its field notes in a list of their exact
 * length, as convert's last step for it, as soon as it is made. Converters grow lists by push or spread,
 * which leaves room for 16 more items, and they live to the end of emit: every garbage collection until
 * then copies or marks the spare room. Settled right away, the grown lists die young instead of being
 * copied by every scavenge until the last service is converted.
 */
export function settled(manifest: Manifest, keepTraces = true): Manifest {
  manifest.explanations = sharedExplanations(manifest.explanations);
  if (manifest.fieldNotes.length > 0) manifest.fieldNotes = manifest.fieldNotes.slice();
  if (keepTraces) return withCommonTraces(manifest);
  // A run whose readers ask no trace (ConvertOptions.keepTraces): the converters' traces die young.
  manifest.traces = NO_TRACES;
  return manifest;
}

/** The traces of every manifest of a run that keeps none: one frozen list, never written to. */
const NO_TRACES = Object.freeze([]) as unknown as FieldTrace[];

// Shared by every object (traces are never changed once made): one allocation for thousands of objects.
const LABELS = defaultedTo(["metadata", "labels"], "kubepose's labels: app.kubernetes.io/part-of names the project, app.kubernetes.io/name the service");
const NAMESPACE = defaultedTo(["metadata", "namespace"], "the --namespace option");
