import type { Explanation } from "../src/explain/entry.js";

export interface ExplanationFile {
  /** File name only: "ports-to-service.yaml". */
  name: string;
  text: string;
}

export function parseExplanation(file: ExplanationFile): { entry: Explanation; problems?: undefined } | { problems: string[]; entry?: undefined };

/** The source of src/explain/catalogue.generated.ts; throws listing every problem found. */
export function renderCatalogue(files: ExplanationFile[]): string;
