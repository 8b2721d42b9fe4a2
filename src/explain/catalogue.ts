import type { ExplanationId } from "../model/explanation-ids.generated.js";
import { catalogue } from "./catalogue.generated.js";
import type { Explanation } from "./entry.js";

export type { ExplanationId };

/** Every explanation, sorted by id. */
export const explanations: readonly Explanation[] = Object.values(catalogue);

export function isExplanationId(id: string): id is ExplanationId {
  return Object.hasOwn(catalogue, id);
}

/** The explanation with this id, or undefined; ids come from templates/explanations/<id>.yaml. */
export function findExplanation(id: string): Explanation | undefined {
  return isExplanationId(id) ? catalogue[id] : undefined;
}
