import type { MessageRows } from "./table.js";

/** Appends "; for example:\n  <snippet>" when an example is known. */
const withExample = (example: string | undefined) => (example ? `; for example:\n    ${example.replaceAll("\n", "\n    ")}` : "");

export const validateMessages = {
  "unknown-key": {
    severity: "error",
    // `allowedOnly` is set where the spec allows no "x-" keys (blkio_config, long env_file, extends, include).
    text: (p: { key: string; where: string; suggestion?: string; allowedOnly?: string }) =>
      `unknown key "${p.key}" in ${p.where}` +
      (p.suggestion
        ? `; did you mean "${p.suggestion}"?`
        : p.allowedOnly
          ? `; this mapping takes no "x-" extension keys, only ${p.allowedOnly}`
          : "; it is not part of the Compose Specification (prefix it with \"x-\" to keep it as an extension)"),
  },
  "invalid-type": {
    severity: "error",
    text: (p: { where: string; found: string; expected: string; example?: string }) =>
      `${p.where} must be ${p.expected}, found ${p.found}${withExample(p.example)}`,
  },
  "missing-key": {
    severity: "error",
    text: (p: { key: string; where: string; example?: string }) => `${p.where} is missing the required key "${p.key}"${withExample(p.example)}`,
  },
  "invalid-value": {
    severity: "error",
    text: (p: { where: string; value: string; expected: string }) => `${p.where} cannot be ${p.value}: expected ${p.expected}`,
  },
  "invalid-name": {
    severity: "error",
    text: (p: { kind: string; name: string }) =>
      `"${p.name}" is not a valid ${p.kind} name: use only letters, digits, ".", "_" and "-" (for example "web-1")`,
  },
  "duplicate-item": {
    severity: "error",
    text: (p: { where: string; value: string }) => `${p.value} appears more than once in ${p.where}; list each item only once`,
  },
  "undefined-reference": {
    severity: "error",
    // `suggestion`: a declared name close enough to be a typo ("dbb" → "db"), which is then the likelier fix.
    text: (p: { kind: string; name: string; section: string; example: string; suggestion?: string }) =>
      p.suggestion !== undefined
        ? `${p.kind} "${p.name}" is not defined in the top-level "${p.section}" section; did you mean "${p.suggestion}"? Otherwise declare it, for example:\n    ${p.example.replaceAll("\n", "\n    ")}`
        : `${p.kind} "${p.name}" is not defined in the top-level "${p.section}" section; declare it, for example:\n    ${p.example.replaceAll("\n", "\n    ")}`,
  },
  "misplaced-key": {
    severity: "error",
    // `place`: "at the top level" or "inside a service (services.NAME.KEY)"; `found`: where it sits now.
    text: (p: { key: string; found: string; place: string; example: string }) =>
      `"${p.key}" is a Compose key, but it sits ${p.found}; did you mean to put \`${p.key}\` ${p.place}? For example:\n    ${p.example.replaceAll("\n", "\n    ")}`,
  },
  "dependency-cycle": {
    severity: "error",
    text: (p: { cycle: string; service: string; relation: string; target: string }) =>
      `services depend on each other in a cycle: ${p.cycle}, so none of them could start first (docker compose orders services by depends_on, links, volumes_from and network_mode). ` +
      `Expected dependencies that lead nowhere back, for example remove "${p.target}" from the ${p.relation} of "${p.service}".`,
  },
} satisfies MessageRows;
