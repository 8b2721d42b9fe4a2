import type { MessageRows } from "./table.js";

export const cliMessages = {
  "output-write": {
    severity: "error",
    text: (p: { target: string; reason: string }) =>
      `cannot write ${p.target}: ${p.reason}. Expected a writable file or directory, for example -o k8s/ or -o all.yaml.`,
  },
  "output-same-path": {
    severity: "error",
    text: (p: { path: string }) =>
      `two outputs of this run would be written to ${p.path}, and the second would replace the first. Expected different paths, for example -o k8s.yaml --report migration.md.`,
  },
  "output-not-empty": {
    severity: "error",
    text: (p: { target: string }) =>
      `${p.target} exists and is not a kubepose output directory. Expected a new or empty directory, for example -o k8s/.`,
  },
  "output-removed": {
    severity: "note",
    text: (p: { file: string }) =>
      `removed ${p.file}: kubepose wrote it last time, and this run has no such object any more, so kubectl apply would still create it. Expected nothing to do; restore it from version control if it was still wanted.`,
  },
  "output-kept-changed": {
    severity: "warning",
    text: (p: { file: string }) =>
      `kept ${p.file}: kubepose wrote it last time and this run no longer does, but it was changed since, so it is not removed. Expected it gone or renamed, for example rm ${p.file} if its object is no longer wanted.`,
  },
  "output-needs-directory": {
    severity: "error",
    text: (p: { flag: string }) =>
      `${p.flag} writes a folder of files, not one stream. Expected a directory with -o, for example kubepose convert ${p.flag} -o ${p.flag === "--chart" ? "chart/" : "deploy/"}.`,
  },
  "output-folder-json": {
    severity: "error",
    text: (p: { flag: string }) =>
      `${p.flag} writes YAML: Helm templates and kustomizations are YAML files, and JSON could not carry their comments. Expected no --format json or -j, for example kubepose convert ${p.flag} -o out/.`,
  },
  "output-environments-without-kustomize": {
    severity: "error",
    text: (_p: Record<string, never>) => "--environments names the Kustomize overlays, but no --kustomize was given. Expected both, for example kubepose convert --kustomize --environments dev,prod -o deploy/.",
  },
} satisfies MessageRows;
