import { parseImage } from "./image-reference.js";

/** Chart names are lowercase letters, digits and "-"; a Compose project name may also hold "_". */
export const chartNameOf = (project: string): string => project.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "app";

/**
 * appVersion: the tag most of the images carry, when at least two carry it and no other tag is as
 * common ("1.4.2" for vote:1.4.2, result:1.4.2, redis:7.2, postgres:16). Untagged and "latest" images
 * say nothing about a version. Without such a tag Chart.yaml has no appVersion (it is optional).
 */
export function appVersionOf(images: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const image of new Set(images)) {
    const { tag } = parseImage(image);
    if (tag !== "" && tag !== "latest") counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first !== undefined && first[1] >= 2 && (second === undefined || second[1] < first[1]) ? first[0] : undefined;
}

export function chartYaml(name: string, appVersion: string | undefined, project: string): string {
  return [
    "# A Helm chart: the Kubernetes objects of one application as templates, installed and upgraded as one",
    "# release. Written by kubepose from the Compose project; values.yaml holds what differs between installs.",
    "# More: kubepose explain helm",
    "apiVersion: v2",
    `name: ${name}`,
    `description: ${JSON.stringify(`The ${project} Compose project, converted by kubepose`)}`,
    "type: application",
    "# The chart's own version: raise it when the templates or defaults change.",
    "version: 0.1.0",
    ...(appVersion === undefined ? [] : ["# The tag most of the project's images carry.", `appVersion: ${JSON.stringify(appVersion)}`]),
    "",
  ].join("\n");
}

export function helpersFile(name: string): string {
  return `{{/*
Labels every object of the chart carries besides kubepose's own. Selectors keep only kubepose's
labels: a selector cannot change after install, and these labels name the release and chart version.
*/}}
{{- define "${name}.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service | quote }}
app.kubernetes.io/instance: {{ .Release.Name | quote }}
{{- end }}

{{/*
An image reference from its values: repository, then ":tag" and "@digest" when they are set.
*/}}
{{- define "${name}.image" -}}
{{- .repository -}}
{{- with .tag }}:{{ . }}{{ end -}}
{{- with .digest }}@{{ . }}{{ end -}}
{{- end }}
`;
}
