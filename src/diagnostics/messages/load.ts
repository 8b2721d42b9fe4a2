import type { MessageRows } from "./table.js";

export const loadMessages = {
  "no-compose-file": {
    severity: "error",
    text: (p: { dir: string; names: readonly string[] }) =>
      `no Compose file found in ${p.dir}. Expected one of ${p.names.join(", ")}, or name one with -f FILE, for example -f compose.yaml.`,
  },
  "file-not-found": {
    severity: "error",
    text: (p: { file: string }) =>
      `${p.file} does not exist. Expected a readable file, for example -f compose.yaml or --env-file .env.`,
  },
  "file-too-large": {
    severity: "error",
    text: (p: { size: number; limit: number }) =>
      `this file is ${p.size} bytes, more than the ${p.limit} bytes a Compose file may have. Expected a smaller file; split it with several -f files or include:.`,
  },
  "yaml-syntax": {
    severity: "error",
    text: (p: { reason: string }) =>
      `invalid YAML: ${p.reason}. Expected well-formed YAML, for example:\n    services:\n      web:\n        image: nginx`,
  },
  "yaml-duplicate-key": {
    severity: "error",
    text: (p: { key: string }) =>
      `the key "${p.key}" appears twice in the same mapping. Expected each key once; merge the two entries into one.`,
  },
  "yaml-alias-bomb": {
    severity: "error",
    text: (_p: Record<string, never>) =>
      `this file expands its YAML aliases (*name) into far too many nodes, as a "billion laughs" attack does. Expected each anchor to be reused a reasonable number of times, for example "<<: *defaults" once per service.`,
  },
  "yaml-too-deep": {
    severity: "error",
    text: (p: { limit: number }) =>
      `this file nests mappings or sequences more than ${p.limit} levels deep. Expected a Compose file of ordinary depth, for example "services: { web: { ports: [80] } }".`,
  },
  "not-a-mapping": {
    severity: "error",
    text: (p: { found: string }) =>
      `this file holds a ${p.found} at the top level. Expected a mapping of Compose keys, for example "services:\\n  web:\\n    image: nginx".`,
  },
  "interpolation-syntax": {
    severity: "error",
    text: (p: { template: string }) =>
      `invalid variable reference in "${p.template}". Expected $VAR, \${VAR}, \${VAR:-default}, \${VAR-default}, \${VAR:?message}, \${VAR?message}, \${VAR:+alternative} or $$ for a literal dollar sign.`,
  },
  "interpolation-required": {
    severity: "error",
    text: (p: { variable: string; message: string }) =>
      `required variable ${p.variable} is missing a value: ${p.message}. Expected it set in the environment or in .env, for example ${p.variable}=value.`,
  },
  "interpolation-unset": {
    severity: "warning",
    text: (p: { variable: string }) =>
      `The "${p.variable}" variable is not set. Defaulting to a blank string. Set it in the environment or .env, or give a default: \${${p.variable}:-value}.`,
  },
  "env-file-syntax": {
    severity: "error",
    text: (p: { reason: string }) =>
      `invalid env file line: ${p.reason}. Expected KEY=VALUE, for example DATABASE_URL="postgres://db/app".`,
  },
  "project-name-invalid": {
    severity: "error",
    text: (p: { name: string; source: string }) =>
      `the project name "${p.name}" (from ${p.source}) is not valid. Expected only lowercase letters, digits, "-" and "_", starting with a letter or digit, for example my-app.`,
  },
  "project-name-empty": {
    severity: "error",
    text: (p: { dir: string }) =>
      `no project name can be made from the directory ${p.dir}: it has no letter or digit. Expected a name set with -p, COMPOSE_PROJECT_NAME or a top-level name:, for example name: my-app.`,
  },
  "obsolete-version": {
    severity: "note",
    text: (p: { version: string }) =>
      `the top-level version ("${p.version}") is obsolete and ignored: the Compose Specification has no versions. Remove the line; every current Compose key is accepted without it.`,
  },
  "merge-type-mismatch": {
    severity: "error",
    text: (p: { key: string; before: string; after: string }) =>
      `${p.key} is a ${p.after} here but a ${p.before} in an earlier file, so the two cannot be merged. Expected the same shape in both files, or "!override" to replace the earlier value, for example ports: !override ["8080:80"].`,
  },
  "extends-syntax": {
    severity: "error",
    text: (_p: Record<string, never>) =>
      `invalid extends. Expected the name of a service, or a mapping with a service and an optional file, for example "extends: base" or "extends: { file: common.yaml, service: base }".`,
  },
  "extends-file-missing": {
    severity: "error",
    text: (p: { file: string }) =>
      `extends names the file ${p.file}, which does not exist. Expected a Compose file, relative to the file that names it, for example "extends: { file: common.yaml, service: base }".`,
  },
  "extends-service-missing": {
    severity: "error",
    text: (p: { service: string; base: string; file: string }) =>
      `the service "${p.service}" extends "${p.base}", but ${p.file} defines no service "${p.base}". Expected the name of a service defined there, for example "extends: { service: ${p.base}-defaults }" with "${p.base}-defaults:" under services.`,
  },
  "extends-cycle": {
    severity: "error",
    text: (p: { chain: string }) =>
      `these services extend each other in a circle: ${p.chain}. Expected a chain that ends in a service without extends; move the shared keys into one base service.`,
  },
  "include-syntax": {
    severity: "error",
    text: (_p: Record<string, never>) =>
      `invalid include entry. Expected a path, or a mapping with path (a string or a list) and optional project_directory and env_file, for example "include:\\n  - ../commons/compose.yaml" or "- path: db/compose.yaml\\n    env_file: db/.env".`,
  },
  "include-file-missing": {
    severity: "error",
    text: (p: { file: string }) =>
      `include names the file ${p.file}, which does not exist. Expected a file relative to the directory of the project that includes it, for example "include:\\n  - ../commons/compose.yaml".`,
  },
  "include-cycle": {
    severity: "error",
    text: (p: { chain: string }) =>
      `these files include each other in a circle: ${p.chain}. Expected each file at most once along a chain of includes; move what both need into a third file.`,
  },
  "include-conflict": {
    severity: "error",
    text: (p: { resource: string; first: string; second: string }) =>
      `${p.resource} is defined at ${p.first} and differently at ${p.second}, brought in by include. Compose does not merge included definitions; expected one definition, so rename one or remove it from one file.`,
  },
} satisfies MessageRows;
