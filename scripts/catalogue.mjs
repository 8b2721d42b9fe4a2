// Turns the explanation YAML files into the sources of the generated modules:
//   src/model/explanation-ids.generated.ts  every id and the ExplanationId type (convert and explain import it)
//   src/explain/catalogue.generated.ts      every explanation, and the topic groups
// Pure (no disk access) so that build-catalogue.mjs and the staleness test share it.
import { parse } from "yaml";
import { checkClaims } from "./catalogue-claims.mjs";

const FIELDS = ["id", "title", "group", "compose", "kubernetes", "summary", "detail", "docs", "claims"];
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// The summary is printed above every object, so it must stay short: at most two comment lines.
const SUMMARY_MAX_CHARS = 185;

/** The groups `kubepose explain` lists topics under, in this order; every explanation names one. */
export const TOPIC_GROUPS = ["Workloads", "Networking", "Configuration", "Storage", "Health and lifecycle", "Security and resources", "Deploying to environments", "Lint rules"];

export const IDS_PATH = "src/model/explanation-ids.generated.ts";
export const CATALOGUE_PATH = "src/explain/catalogue.generated.ts";

/**
 * Checks one file and returns its entry and claims, or the list of problems found. The claims
 * (sources for what the text says) are checked here but not compiled: only the docs are shown.
 * @param {{ name: string, text: string }} file  name like "ports-to-service.yaml"
 */
export function parseExplanation(file) {
  const problems = [];
  let data;
  try {
    data = parse(file.text);
  } catch (error) {
    return { problems: [`${file.name}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { problems: [`${file.name}: expected a mapping with the fields ${FIELDS.join(", ")}`] };
  }
  for (const key of Object.keys(data)) {
    if (!FIELDS.includes(key)) problems.push(`${file.name}: unknown field "${key}" (allowed: ${FIELDS.join(", ")})`);
  }
  const text = (field) => {
    const value = data[field];
    if (typeof value !== "string" || value.trim() === "") {
      problems.push(`${file.name}: "${field}" must be a non-empty string`);
      return "";
    }
    return value;
  };
  const list = (field) => {
    const value = data[field];
    if (!Array.isArray(value) || value.length === 0 || !value.every((item) => typeof item === "string" && item.trim() !== "")) {
      problems.push(`${file.name}: "${field}" must be a non-empty list of strings`);
      return [];
    }
    return value.map((item) => item.trim());
  };

  const id = text("id").trim();
  const expectedId = file.name.replace(/\.ya?ml$/, "");
  if (id !== "" && !ID_PATTERN.test(id)) problems.push(`${file.name}: id "${id}" must be kebab-case, e.g. ports-to-service`);
  if (id !== "" && id !== expectedId) problems.push(`${file.name}: id "${id}" must equal the file name "${expectedId}"`);
  const group = text("group").trim();
  if (group !== "" && !TOPIC_GROUPS.includes(group)) {
    problems.push(`${file.name}: group "${group}" is not a topic group (one of: ${TOPIC_GROUPS.join(", ")})`);
  }
  // Folded or literal, the summary becomes one line: the writer wraps it to the output's width.
  const summary = text("summary").trim().replace(/\s+/g, " ");
  if (summary.length > SUMMARY_MAX_CHARS) {
    problems.push(`${file.name}: summary has ${summary.length} characters; keep it to ${SUMMARY_MAX_CHARS} at most (two comment lines)`);
  }
  const docs = list("docs");
  for (const url of docs) {
    if (!/^https:\/\/[^\s]+$/.test(url)) problems.push(`${file.name}: docs entry "${url}" must be an https URL`);
  }
  const { claims, problems: claimProblems } = checkClaims(file.name, data.claims);
  problems.push(...claimProblems);
  // A claim that rests only on a tool's code must be told as such: "Docker Compose does X today".
  if (claims.some((claim) => claim.observed) && !/\b(today|code)\b/i.test(`${data.summary} ${data.detail}`)) {
    problems.push(`${file.name}: a claim is marked observed, so the text must say that it is what the code does today`);
  }
  const entry = {
    id,
    title: text("title").trim(),
    group,
    compose: text("compose").trim(),
    kubernetes: list("kubernetes"),
    summary,
    detail: text("detail").replace(/\s+$/, "").split("\n").map((line) => line.replace(/\s+$/, "")).join("\n"),
    docs,
  };
  return problems.length > 0 ? { problems } : { entry, claims };
}

/**
 * Every explanation, sorted by id with a plain comparison (the output does not depend on the
 * locale), or throws listing every problem in every file.
 * @param {{ name: string, text: string }[]} files
 */
export function parseExplanations(files) {
  const problems = [];
  const entries = [];
  for (const file of files) {
    const result = parseExplanation(file);
    if (result.problems) problems.push(...result.problems);
    else entries.push(result.entry);
  }
  const seen = new Set();
  for (const entry of entries) {
    if (seen.has(entry.id)) problems.push(`duplicate explanation id "${entry.id}"`);
    seen.add(entry.id);
  }
  if (problems.length > 0) throw new Error(`invalid explanations:\n  ${problems.join("\n  ")}`);
  return entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const HEADER = [
  "// Generated by scripts/build-catalogue.mjs from templates/explanations/*.yaml. Do not edit by hand:",
  "// change the YAML and run `node scripts/build-catalogue.mjs` (part of `npm run build`).",
];
const quote = (value) => JSON.stringify(value);
const quoteList = (values) => `[${values.map(quote).join(", ")}]`;

/**
 * The generated files, each with its path from the repository root and its TypeScript source;
 * throws listing every problem found in the templates.
 * @param {{ name: string, text: string }[]} files
 */
export function renderGenerated(files) {
  const entries = parseExplanations(files);
  return [
    { path: IDS_PATH, source: renderIds(entries) },
    { path: CATALOGUE_PATH, source: renderCatalogue(entries) },
  ];
}

function renderIds(entries) {
  return [
    ...HEADER,
    "",
    "/** Every explanation id, one per templates/explanations/<id>.yaml, sorted. */",
    "export const explanationIds = [",
    ...entries.map((entry) => `  ${quote(entry.id)},`),
    "] as const;",
    "",
    "export type ExplanationId = (typeof explanationIds)[number];",
    "",
  ].join("\n");
}

function renderCatalogue(entries) {
  const lines = [
    ...HEADER,
    'import type { ExplanationId } from "../model/explanation-ids.generated.js";',
    'import type { Explanation } from "./entry.js";',
    "",
    "/** The groups `kubepose explain` lists topics under, in this order. */",
    `export const TOPIC_GROUPS = ${quoteList(TOPIC_GROUPS)} as const;`,
    "export type TopicGroup = (typeof TOPIC_GROUPS)[number];",
    "",
    "export const catalogue = {",
  ];
  for (const entry of entries) {
    lines.push(
      `  ${quote(entry.id)}: {`,
      `    id: ${quote(entry.id)},`,
      `    title: ${quote(entry.title)},`,
      `    group: ${quote(entry.group)},`,
      `    compose: ${quote(entry.compose)},`,
      `    kubernetes: ${quoteList(entry.kubernetes)},`,
      `    summary: ${quote(entry.summary)},`,
      `    detail: ${quote(entry.detail)},`,
      `    docs: ${quoteList(entry.docs)},`,
      "  },",
    );
  }
  lines.push("} as const satisfies Record<ExplanationId, Explanation & { readonly group: TopicGroup }>;", "");
  return lines.join("\n");
}
