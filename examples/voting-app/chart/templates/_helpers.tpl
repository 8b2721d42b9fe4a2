{{/*
Labels every object of the chart carries besides kubepose's own. Selectors keep only kubepose's
labels: a selector cannot change after install, and these labels name the release and chart version.
*/}}
{{- define "voting-app.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service | quote }}
app.kubernetes.io/instance: {{ .Release.Name | quote }}
{{- end }}

{{/*
An image reference from its values: repository, then ":tag" and "@digest" when they are set.
*/}}
{{- define "voting-app.image" -}}
{{- .repository -}}
{{- with .tag }}:{{ . }}{{ end -}}
{{- with .digest }}@{{ . }}{{ end -}}
{{- end }}
