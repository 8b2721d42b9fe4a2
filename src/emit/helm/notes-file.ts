import type { ObjectTemplate } from "./slots.js";
import { valueExpression } from "./slots.js";

/** A Service made from Compose `ports:` (published on the host), with its type's and ports' value paths. */
interface Published {
  name: string;
  typePath?: (string | number)[];
  ports: { path: (string | number)[] }[];
}

/**
 * templates/NOTES.txt, printed by `helm install` and `helm status`: how to reach each published service
 * for the Service type it was installed with, the Ingress hosts, and which Secrets hold placeholders.
 */
export function notesFile(templates: readonly ObjectTemplate[], chartName: string): string {
  const lines = [
    `{{ .Chart.Name }} is installed as release {{ .Release.Name }} in namespace {{ .Release.Namespace }}.`,
    "Every object of the release: kubectl get all,configmap,secret,pvc -n {{ .Release.Namespace }} -l app.kubernetes.io/instance={{ .Release.Name }}",
  ];
  const published = templates.flatMap(publishedService);
  if (published.length > 0) lines.push("", "Published services (Compose ports:):");
  for (const service of published) lines.push(...reach(service));
  for (const template of templates.filter((t) => t.manifest.object.kind === "Ingress")) {
    const condition = template.condition;
    const hosts = template.fields.filter((field) => field.field[field.field.length - 1] === "host");
    if (condition === undefined || hosts.length === 0) continue;
    lines.push(`{{- if ${valueExpression(condition.slot.valuePath)} }}`);
    for (const host of hosts) lines.push(`  http://{{ ${valueExpression(host.slot.valuePath)} }}/  (Ingress ${template.manifest.object.metadata.name})`);
    lines.push("{{- end }}");
  }
  const secrets = templates.filter((t) => t.manifest.object.kind === "Secret");
  if (secrets.length > 0) {
    lines.push("", "Secrets: values.yaml holds empty placeholders, never the Compose project's values.");
    for (const secret of secrets) lines.push(...secretNote(secret));
  }
  lines.push("", `Values in use: helm get values {{ .Release.Name }} --all -n {{ .Release.Namespace }}; more: kubepose explain helm (${chartName})`);
  return `${lines.join("\n")}\n`;
}

function publishedService(template: ObjectTemplate): Published[] {
  const { object, source } = template.manifest;
  if (object.kind !== "Service" || source[2] !== "ports") return [];
  const typeField = template.fields.find((field) => field.field.join(".") === "spec.type");
  const ports = template.fields.filter((field) => field.field[field.field.length - 1] === "port").map((field) => ({ path: field.slot.valuePath }));
  return [{ name: object.metadata.name, ...(typeField ? { typePath: typeField.slot.valuePath } : {}), ports }];
}

function reach(service: Published): string[] {
  const namespace = "-n {{ .Release.Namespace }}";
  const forwards = service.ports.map((port) => `{{ ${valueExpression(port.path)} }}:{{ ${valueExpression(port.path)} }}`).join(" ");
  const forward = `    kubectl port-forward service/${service.name} ${forwards} ${namespace}   # then http://localhost:<port>`;
  if (service.typePath === undefined) return [`  ${service.name}:`, forward];
  const type = valueExpression(service.typePath);
  return [
    `  ${service.name} ({{ ${type} }}):`,
    `{{- if eq ${type} "LoadBalancer" }}`,
    `    kubectl get service ${service.name} ${namespace}   # its EXTERNAL-IP, on the Service's ports`,
    `{{- else if eq ${type} "NodePort" }}`,
    `    kubectl get service ${service.name} ${namespace} -o jsonpath='{.spec.ports[*].nodePort}'   # on any node's IP`,
    "{{- else }}",
    forward,
    "{{- end }}",
  ];
}

function secretNote(template: ObjectTemplate): string[] {
  const name = template.manifest.object.metadata.name;
  const keys = template.fields.filter((field) => field.slot.valuePath[0] === "secrets").map((field) => String(field.slot.valuePath[3]));
  const existing = valueExpression(["secrets", name, "existingSecret"]);
  return [
    `{{- if ${existing} }}`,
    `  ${name}: not created; the pods use the existing Secret {{ ${existing} }}.`,
    "{{- else }}",
    `  ${name}: created with the values given at install time; empty unless set, for example`,
    ...(keys.length === 0 ? [] : [`    --set ${keys.map((key) => `secrets.${name}.values.${key.replace(/\./g, "\\.")}=…`).join(" --set ")}`]),
    `    or --set secrets.${name}.existingSecret=<a Secret you created>`,
    "{{- end }}",
  ];
}
