import { SMALLER_BASES } from "./checks/base-image.js";
import { LINT_RULES, lintTopic } from "./rules.js";

/** docs/lint-rules.md: every lint rule with its severity, what it checks and its sources, from the rule table. */
export function renderLintRulesDoc(): string {
  const cell = (text: string) => text.replaceAll("|", "\\|");
  const lines = [
    "# kubepose lint rules",
    "",
    "Generated from `src/lint/rules.ts` by `npm run docs`; do not edit by hand. Each rule is explained by",
    "`kubepose explain lint/<id>`. \"pod\" rules run on converted Compose and on hand-written manifests",
    "(`kubepose lint k8s/`); \"dockerfile\" rules on Compose builds only; \"hook\" rules run once the part of",
    "kubepose that computes them is passed in (the Pod Security Standards level, issue 12 §4).",
    "",
    "| id | severity | runs on | finds | follows |",
    "|---|---|---|---|---|",
    ...LINT_RULES.map((rule) => `| \`${rule.id}\` | ${rule.severity} | ${rule.runs} | ${cell(rule.checks)} | ${cell(rule.sources.join("; "))} |`),
    "",
    "## Smaller base images (`base-image`)",
    "",
    "| official image | suggested instead | source |",
    "|---|---|---|",
    ...Object.entries(SMALLER_BASES).map(([name, variants]) => `| \`${name}\` | ${cell(variants.suggest("VERSION"))} | ${cell(variants.source)} |`),
    "",
    `Topics: ${LINT_RULES.map((rule) => `\`${lintTopic(rule.id)}\``).join(", ")}.`,
    "",
  ];
  return lines.join("\n");
}
