import type { Diagnostic } from "../../diagnostics/types.js";
import type { Manifest } from "../../model/manifest.js";
import { fileNames } from "../file-names.js";
import { appVersionOf, chartNameOf, chartYaml, helpersFile } from "./chart-files.js";
import { claimFields, environmentFields, secretCondition, secretFields, secretReferenceFields } from "./data-values.js";
import { ingressFields, serviceFields } from "./network-values.js";
import { notesFile } from "./notes-file.js";
import { optionalCondition } from "./optional-objects.js";
import { PathMap } from "./path-map.js";
import { separated, type SeenValue } from "./separated.js";
import { valueSourceList } from "./value-sources.js";
import { readmeFile } from "./readme-file.js";
import type { FieldTemplate, ObjectTemplate, ValueSlot } from "./slots.js";
import { templateFile } from "./template-file.js";
import { documentedValues, valuesFile } from "./values-file.js";
import { workloadFields } from "./workload-values.js";

export interface ChartOptions {
  project: string;
  comments: boolean;
  baseDir?: string;
}

/**
 * The objects as a Helm chart (`kubepose convert -c -o chart/`): file name inside the chart → content.
 * The templates are the converted objects themselves with the fields that differ between installs read
 * from values.yaml, so `helm template` with the default values renders what `kubepose convert` writes.
 * A Namespace is left out: `helm install --namespace` chooses it.
 */
export function helmChart(manifests: readonly Manifest[], options: ChartOptions): Map<string, string> {
  const name = chartNameOf(options.project);
  const templates = objectTemplates(manifests);
  const values = documentedValues(slotsOf(templates));
  const hasSecrets = templates.some((template) => template.manifest.object.kind === "Secret");
  const files = new Map<string, string>();
  const images = templates.flatMap((template) => template.fields.filter((field) => field.render.kind === "image").map((field) => imageOf(template, field)));
  files.set("Chart.yaml", chartYaml(name, appVersionOf(images), options.project));
  files.set("values.yaml", valuesFile(values, valuesHeader(name, hasSecrets)));
  files.set("README.md", readmeFile(name, options.project, values, hasSecrets));
  files.set(".helmignore", "# Left out of the packaged chart: kubepose's list of the files it wrote here.\n.kubepose-files\n");
  files.set("templates/_helpers.tpl", helpersFile(name));
  files.set("templates/NOTES.txt", notesFile(templates, name));
  const names = fileNames(templates.map((template) => template.manifest.object), "yaml");
  templates.forEach((template, index) => files.set(`templates/${names[index]!}`, templateFile(template, name, options)));
  return files;
}

/**
 * What the chart makes of each object, Namespaces left out; values of one key that would differ are split by object name.
 * `references: false` leaves out the fields that name a Secret (a walk over every object): each of them is
 * its Secret's `existingSecret` slot, whose source is a default, so the value sources never list them.
 */
export function objectTemplates(manifests: readonly Manifest[], options: { references?: boolean } = {}): ObjectTemplate[] {
  const templates: ObjectTemplate[] = [];
  eachObjectTemplate(manifests, options, (template) => templates.push(template));
  return templates;
}

/**
 * objectTemplates one object at a time: the report's value sources keep a few strings of each template,
 * and holding every template (~60,000 objects for 1000 services) until the end had the young-generation
 * collector copy them all to the old one.
 */
function eachObjectTemplate(manifests: readonly Manifest[], options: { references?: boolean }, visit: (template: ObjectTemplate) => void): void {
  const kept = manifests.filter((manifest) => manifest.object.kind !== "Namespace");
  const secrets = new Set(options.references === false ? [] : kept.filter((m) => m.object.kind === "Secret").map((m) => m.object.metadata.name));
  const seen = new PathMap<SeenValue>();
  for (let index = 0; index < kept.length; index++) {
    const manifest = kept[index]!;
    // One concat of the kinds' fields (most are empty for a given object), not seven spreads.
    const fields: FieldTemplate[] = workloadFields(manifest).concat(
      serviceFields(manifest),
      ingressFields(manifest),
      environmentFields(manifest),
      claimFields(manifest),
      secretFields(manifest),
      secretReferenceFields(manifest, secrets),
    );
    const condition = secretCondition(manifest) ?? optionalCondition(manifest);
    const template: ObjectTemplate = { manifest, fields };
    if (condition) template.condition = condition;
    visit(separated(template, seen));
  }
}

function imageOf(template: ObjectTemplate, field: FieldTemplate): string {
  let current: unknown = template.manifest.object;
  for (const part of field.field) current = (current as Record<string | number, unknown>)[part];
  return String(current);
}

function valuesHeader(name: string, hasSecrets: boolean): string[] {
  return [
    `Values of the ${name} chart: what usually differs between installs (dev, staging, prod).`,
    "With these defaults the chart renders the same objects as `kubepose convert`.",
    "Set them with -f my-values.yaml or --set key=value; every value says where it came from in Compose.",
    ...(hasSecrets ? ["Secrets hold empty placeholders: set them at install time or name an existing Secret."] : []),
    "More: kubepose explain helm",
  ];
}

/**
 * Where each Compose key goes in the chart: the values.yaml path of every value and the Compose path
 * (formatted, "services.web.deploy.replicas") it came from; values kubepose chose have no Compose path.
 */
export function chartValueSources(manifests: readonly Manifest[]): { value: string; from: string }[] {
  const sources = valueSourceList();
  eachObjectTemplate(manifests, { references: false }, sources.add);
  return sources.list;
}

/** The value sources of the chart's templates (chartValueSources; the tests hold it to the templates `helmChart` writes from). */
export function valueSources(templates: readonly ObjectTemplate[]): { value: string; from: string }[] {
  const sources = valueSourceList();
  for (const template of templates) sources.add(template);
  return sources.list;
}

/** Every slot of the templates in order: each object's condition, then its fields. */
function slotsOf(templates: readonly ObjectTemplate[]): ValueSlot[] {
  const slots: ValueSlot[] = [];
  for (const template of templates) {
    if (template.condition) slots.push(template.condition.slot);
    for (const field of template.fields) slots.push(field.slot);
  }
  return slots;
}

/** Warnings of a chart: each Secret's values are left out of values.yaml and must be given at install time. */
export function chartNotices(manifests: readonly Manifest[], notice: (manifest: Manifest) => Diagnostic): Diagnostic[] {
  return manifests.filter((manifest) => manifest.object.kind === "Secret").map(notice);
}
