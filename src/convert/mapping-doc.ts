import { deployKeyFates, serviceKeyFates, type Fate } from "./fates.js";
import { komposeLabels } from "./kompose-labels.js";
import { kubeposeLabels } from "./storage/bind-override.js";

/**
 * docs/mapping.md, generated from the fate tables and the Kompose label table, so the page can never
 * disagree with what the converter does. `npm run docs` (run by `npm run examples`) writes it; a test
 * fails when the committed page drifts.
 */
const FATE_WORDS = { mapped: "mapped", approximated: "approximated", "not-converted": "**not converted**" } as const satisfies Record<Fate["fate"], string>;

/** A table cell: pipes would end the cell, newlines the row. */
const cell = (text: string): string => text.replaceAll("|", "\\|").replaceAll("\n", " ");

function fateCells(fate: Fate): [string, string, string] {
  if (fate.fate === "not-converted") return [FATE_WORDS[fate.fate], "—", cell(fate.advice)];
  const topic = fate.explanation === undefined ? "" : `\`kubepose explain ${fate.explanation}\``;
  return [FATE_WORDS[fate.fate], cell(fate.to), topic];
}

function table(header: string, rows: [string, Fate][]): string[] {
  return [
    `| ${header} | Fate | Kubernetes | Explanation or advice |`,
    "|---|---|---|---|",
    ...rows.map(([key, fate]) => `| \`${key}\` | ${fateCells(fate).join(" | ")} |`),
  ];
}

const byKey = <T>(entries: [string, T][]): [string, T][] => entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

export function renderMappingDoc(): string {
  const lines = [
    "<!-- Generated from src/convert/fates.ts and src/convert/kompose-labels.ts by `npm run docs`; do not edit. -->",
    "# How kubepose maps Compose to Kubernetes",
    "",
    "Every key of a Compose service has exactly one fate: **mapped** to a Kubernetes field, **approximated** (a field",
    "that behaves differently; the explanation says how), or **not converted** (a warning names the key and gives the",
    "advice below). `kubepose explain TOPIC` tells the longer story of each topic.",
    "",
    "## Service keys",
    "",
    ...table("Key", byKey(Object.entries(serviceKeyFates))),
    "",
    "## `deploy` keys",
    "",
    ...table("Key", byKey(Object.entries(deployKeyFates)).map(([key, fate]) => [`deploy.${key}`, fate])),
    "",
    "## Kompose labels",
    "",
    "The `kompose.*` labels of [Kompose's user guide](https://kompose.io/user-guide/#labels) keep working. A label that",
    "is read configures the conversion and is not copied as an annotation; an unknown `kompose.*` label, or a value",
    "that cannot be read, is named in a warning.",
    "",
    "| Label | Fate | Kubernetes | Expected value or advice |",
    "|---|---|---|---|",
    ...byKey(Object.entries(komposeLabels)).map(([key, label]) => {
      const [word, to, advice] = fateCells(label.fate);
      return `| \`${key}\` | ${word} | ${to} | ${label.fate.fate === "not-converted" ? advice : cell(label.expected)} |`;
    }),
    "",
    "## kubepose labels",
    "",
    "Labels in the style of Kompose's that configure what only kubepose decides. Like the `kompose.*` labels they are",
    "not copied as annotations, and a value or target that cannot be read is named in a warning.",
    "",
    "| Label | Configures | Expected value | Explanation |",
    "|---|---|---|---|",
    ...kubeposeLabels.map((row) => `| \`${row.label}\` | ${cell(row.to)} | ${cell(row.expected)} | \`kubepose explain ${row.explanation}\` |`),
    "",
  ];
  return lines.join("\n");
}
