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
} satisfies MessageRows;
