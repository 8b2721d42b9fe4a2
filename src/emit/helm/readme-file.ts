import { origin, type DocumentedValue } from "./values-file.js";

/** README.md of the chart: what it is, how to install and upgrade it, and a table of every value. */
export function readmeFile(name: string, project: string, values: readonly DocumentedValue[], hasSecrets: boolean): string {
  const rows = values.map(({ key, value, slot }) =>
    `| \`${key.join(".")}\` | ${typeOf(value)} | \`${cell(JSON.stringify(value))}\` | ${cell(slot.description)} | ${cell(origin(slot.from))} | \`kubepose explain ${slot.topic}\` |`,
  );
  return [
    `# ${name}`,
    "",
    `A Helm chart for the \`${project}\` Compose project, written by kubepose. With its default values,`,
    "`helm template` renders the same objects as `kubepose convert` (plus Helm's standard labels);",
    "`values.yaml` holds what usually differs between installs. Run `kubepose explain helm` for the story.",
    "",
    "```sh",
    `helm install ${name} . --namespace ${name}-dev --create-namespace      # one release per namespace`,
    `helm upgrade ${name} . --namespace ${name}-dev -f values-dev.yaml      # change values, keep the release`,
    `helm uninstall ${name} --namespace ${name}-dev                         # PersistentVolumeClaims go too`,
    "```",
    "",
    "Object names are those of `kubepose convert`, not prefixed with the release name: install the chart",
    "once per namespace (dev, staging, prod), as namespaces isolate environments.",
    ...(hasSecrets
      ? [
          "",
          "**Secrets**: `values.yaml` holds empty placeholders, never the values from the Compose project. Set",
          "them at install time (`--set secrets.NAME.values.KEY=…`, or a values file kept out of version",
          "control), or point `secrets.NAME.existingSecret` at a Secret that already exists in the namespace.",
        ]
      : []),
    "",
    "## Values",
    "",
    "| Key | Type | Default | Description | Where it came from | Explained |",
    "|-----|------|---------|-------------|----------------|-----------|",
    ...rows,
    "",
    "## What is not a value",
    "",
    "Commands, probes, volumes, mounts, security settings and start-up order are written into the",
    "templates as converted: they describe how the application runs, which stays the same in every",
    "environment. Change them in the Compose file and convert again.",
    "",
  ].join("\n");
}

const typeOf = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "list" : typeof value === "number" ? "int" : typeof value === "object" ? "object" : typeof value;

/** Table cells hold no "|" and no line break. */
const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
