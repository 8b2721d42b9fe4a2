import type { Path } from "../../diagnostics/types.js";
import type { KubernetesObject } from "../../model/manifest.js";
import { yamlDocument } from "../documents.js";
import { valueExpression, type FieldTemplate, type ObjectTemplate, type Render } from "./slots.js";

/**
 * One template of the chart: the converted object written exactly as plain `kubepose convert` writes it,
 * then each templated field's value replaced by its `.Values` expression. A placeholder token stands in
 * for the value while the YAML is written, so the template keeps the object's comments, key order and
 * quoting, and renders, with the default values, to the same object.
 */
export function templateFile(template: ObjectTemplate, chartName: string, options: { comments: boolean; baseDir?: string }): string {
  const fields = uniqueByField(template.fields);
  const object = structuredClone(template.manifest.object) as KubernetesObject;
  delete object.metadata.namespace;
  fields.forEach((field, index) => setAt(object, field.field, token(index)));
  object.metadata.labels = { ...object.metadata.labels, [labelsKey]: labelsToken };
  const notes = template.manifest.fieldNotes.filter((note) => !fields.some((field) => isStrictlyBelow(note.field, field.field)));
  const comments = [...(template.manifest.comments ?? []), ...(object.kind === "Secret" ? [secretComment] : [])];
  const written = yamlDocument({ ...template.manifest, object, fieldNotes: notes, comments }, options);
  const body = written
    // Text that looks like a template action ("{{" in a comment or a value) must stay text.
    .replace(/\{\{/g, '{{ "{{" }}')
    .split("\n")
    .flatMap((line) => replaceLine(line, fields, chartName))
    .join("\n");
  if (template.condition === undefined) return body;
  const test = valueExpression(template.condition.slot.valuePath);
  return `{{- if ${template.condition.negate ? `not ${test}` : test} }}\n${body}{{- end }}\n`;
}

const secretComment =
  "In this chart its values come from values.yaml, where they are empty placeholders: set them at install time, or name an existing Secret (existingSecret) and this one is not created.";
const labelsKey = "kubepose-helm-standard-labels";
const labelsToken = "__kubepose_helm_labels__";
const token = (index: number): string => `__kubepose_value_${index}__`;
const tokenPattern = /^(\s*(?:- )?)(.*?)__kubepose_value_(\d+)__(.*)$/;

function replaceLine(line: string, fields: readonly FieldTemplate[], chartName: string): string[] {
  if (line.includes(labelsToken)) {
    const indent = line.length - line.trimStart().length;
    return [`${" ".repeat(indent)}{{- include "${chartName}.labels" . | nindent ${indent} }}`];
  }
  const match = tokenPattern.exec(line);
  if (match === null) return [line];
  const [, lead = "", keyPart = "", index = "0", rest = ""] = match;
  const field = fields[Number(index)]!;
  const value = expressionOf(field);
  const column = " ".repeat(lead.length);
  const note = rest.trim() === "" ? [] : [`${column}${rest.trim()}`];
  if (field.render.kind === "block") {
    const key = keyPart.replace(/: $/, "");
    if (!field.optional) return [...note, `${lead}${key}: {{- toYaml ${value} | nindent ${lead.length + 2} }}`];
    return [`${column}{{- with ${value} }}`, `${lead}${key}: {{- toYaml . | nindent ${lead.length + 2} }}`, `${column}{{- end }}`];
  }
  if (!field.optional) return [`${lead}${keyPart}{{ ${inline(value, field.render, chartName)} }}${rest}`];
  return [`${column}{{- with ${value} }}`, `${lead}${keyPart}{{ ${inline(".", field.render, chartName)} }}${rest}`, `${column}{{- end }}`];
}

/** The value a field reads: the image's mapping (repository, tag, digest) for an image, else the slot itself. */
const expressionOf = (field: FieldTemplate): string =>
  valueExpression(field.render.kind === "image" ? field.slot.valuePath.slice(0, -1) : field.slot.valuePath);

function inline(value: string, render: Render, chartName: string): string {
  switch (render.kind) {
    case "scalar":
      return value;
    case "string":
      return `${value} | quote`;
    case "image":
      return `include "${chartName}.image" ${value} | quote`;
    case "base64":
      return `${value} | b64enc | quote`;
    case "secret-name":
      return `${value} | default ${JSON.stringify(render.name)} | quote`;
    case "block":
      return `toYaml ${value}`;
  }
}

/** The image has three values on one field; the field is written once. */
function uniqueByField(fields: readonly FieldTemplate[]): FieldTemplate[] {
  const seen = new Set<string>();
  return fields.filter((field) => {
    const key = JSON.stringify(field.field);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function setAt(object: KubernetesObject, field: Path, value: string): void {
  let current = object as unknown as Record<string | number, unknown>;
  field.slice(0, -1).forEach((part) => {
    if (current[part] === null || typeof current[part] !== "object") current[part] = {};
    current = current[part] as Record<string | number, unknown>;
  });
  current[field[field.length - 1]!] = value;
}

const isStrictlyBelow = (field: Path, parent: Path): boolean =>
  field.length > parent.length && parent.every((part, index) => part === field[index]);
