import type { MessageRows } from "./table.js";

/** What the file gate (load/file-access.ts) refuses, and the limits on what is read. See SECURITY.md. */
export const fileMessages = {
  "outside-project": {
    severity: "error",
    text: (p: { file: string; key: string; root: string; realPath?: string; allow: string; example: string }) =>
      `${p.file}${p.realPath ? ` (a symbolic link to ${p.realPath})` : ""}, named by ${p.key}, is outside the project folder ${p.root}, and kubepose reads nothing outside the project unless told to. Expected a file inside the project, for example ${p.example}; if you trust it, run again with --allow-outside ${p.allow}.`,
  },
  "not-a-regular-file": {
    severity: "error",
    text: (p: { file: string; key: string }) =>
      `${p.file}, named by ${p.key}, is not a regular file (a named pipe, socket, device, or a file of /proc, /sys or /dev), and kubepose reads only regular files. Expected an ordinary file, for example ./config/app.conf.`,
  },
  "file-read-too-large": {
    severity: "error",
    text: (p: { file: string; key: string; limit: number }) =>
      `${p.file}, named by ${p.key}, is larger than ${p.limit} bytes, the most kubepose reads from one file. Expected a configuration file of ordinary size; a large data set belongs in a volume, for example "data:/var/lib/app".`,
  },
  "invalid-utf8": {
    severity: "error",
    text: (p: { byte: string }) =>
      `the byte ${p.byte} here is not UTF-8, and Compose files and env files are UTF-8 text. Expected UTF-8; convert the file, for example iconv -f LATIN1 -t UTF-8 compose.yaml.`,
  },
  "is-a-directory": {
    severity: "error",
    text: (p: { file: string; key: string }) =>
      `${p.file}, named by ${p.key}, is a directory. Expected a file, for example ${p.file === "." ? "" : `${p.file.replace(/\/$/, "")}/`}compose.yaml.`,
  },
  "empty-compose-file": {
    severity: "error",
    text: (_p: Record<string, never>) =>
      `this Compose file is empty, as docker compose says ("empty compose file"). Expected at least one service, for example "services:\\n  web:\\n    image: nginx".`,
  },
  "variable-too-long": {
    severity: "error",
    text: (p: { variable: string; limit: number }) =>
      `${p.variable}, defined here, expands to more than ${p.limit} characters, and no value that long fits a cluster (a ConfigMap or Secret holds at most 1 MiB). Expected a shorter value; check for a variable that repeats itself, such as B=\${A}\${A}.`,
  },
  "bind-walk-limit": {
    severity: "warning",
    text: (p: { source: string; reason: string }) =>
      `the bind-mounted folder ${p.source} is not read: ${p.reason}. Expected a small folder of configuration files; mount a smaller one, or use a named volume, for example "data:/var/lib/app".`,
  },
} satisfies MessageRows;
