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
  "pin-digest-failed": {
    severity: "error",
    text: (p: { image: string; reason: string }) =>
      `--pin-digests could not resolve '${p.image}': ${p.reason}. Expected an image its registry serves (check with docker pull ${p.image}), or convert without --pin-digests.`,
  },
  "pin-digest-unparsable": {
    severity: "error",
    text: (p: { image: string }) =>
      `--pin-digests cannot pin '${p.image}': it is not an image reference. Expected [registry/]repository[:tag], for example image: ghcr.io/acme/api:2.4.`,
  },
  "pin-digest-built": {
    severity: "note",
    text: (p: { service: string; image: string }) =>
      `service '${p.service}' builds '${p.image}' itself, so --pin-digests leaves it as a tag: push it first, then pin it with its digest in Compose (image: ${p.image}@sha256:…).`,
  },
  "docker-credential-helper": {
    severity: "note",
    text: (p: { detail: string }) => `${p.detail}. Expected the registry's login in "auths", for example docker login writes it there when no helper is configured.`,
  },
  "lint-path-missing": {
    severity: "error",
    text: (p: { path: string }) => `${p.path} does not exist. Expected a manifest file or a folder of them, for example kubepose lint k8s/.`,
  },
  "lint-manifest-syntax": {
    severity: "error",
    text: (p: { detail: string }) => `this is not valid YAML: ${p.detail}. Expected Kubernetes manifests, documents separated by ---, for example apiVersion: apps/v1 / kind: Deployment.`,
  },
  "lint-not-an-object": {
    severity: "error",
    text: (p: { detail: string }) => `this document is not a Kubernetes object (${p.detail}). Expected for example apiVersion: apps/v1, kind: Deployment and metadata: { name: web }.`,
  },
  "lint-no-manifests": {
    severity: "error",
    text: (p: { paths: string }) => `no manifests in ${p.paths}. Expected .yaml, .yml or .json files of Kubernetes objects, for example kubepose lint k8s/ after kubepose convert -o k8s/.`,
  },
} satisfies MessageRows;
