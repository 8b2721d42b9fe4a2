import type { Explanation } from "../src/explain/entry.js";
import type { Claim } from "./catalogue-claims.mjs";

export interface ExplanationFile {
  /** File name only: "ports-to-service.yaml". */
  name: string;
  text: string;
}

export interface GeneratedFile {
  /** From the repository root, with "/": "src/explain/catalogue.generated.ts". */
  path: string;
  source: string;
}

/** The groups `kubepose explain` lists topics under, in order; a template's `group` must be one. */
export const TOPIC_GROUPS: readonly string[];
export const IDS_PATH: string;
export const CATALOGUE_PATH: string;

export function parseExplanation(
  file: ExplanationFile,
): { entry: Explanation; claims: Claim[]; problems?: undefined } | { problems: string[]; entry?: undefined; claims?: undefined };

/** Every explanation sorted by id; throws listing every problem in every file. */
export function parseExplanations(files: ExplanationFile[]): Explanation[];

/** The sources of src/model/explanation-ids.generated.ts and src/explain/catalogue.generated.ts; throws listing every problem found. */
export function renderGenerated(files: ExplanationFile[]): GeneratedFile[];
