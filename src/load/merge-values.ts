import type { Path } from "../diagnostics/types.js";
import { MergeTag, isMergeTag } from "./merge-tags.js";
import { put } from "../model/own-keys.js";

/** A plain mapping of parsed YAML (not a sequence, not null, not a `!reset`/`!override` wrapper). */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof MergeTag);
}

/**
 * Where a merged value was written: all of it at `origin` (a file and the path in that file), except
 * the children listed, which were merged from several files or moved (a list item that became a key).
 */
export interface Provenance {
  origin: { file: string; path: Path };
  children?: Map<string | number, Provenance>;
}

/** A value and where it came from, as the merge carries them. */
export type Sourced = { value: unknown; from: Provenance };

export function childOf(from: Provenance, key: string | number): Provenance {
  return from.children?.get(key) ?? { origin: { file: from.origin.file, path: [...from.origin.path, key] } };
}

/**
 * A value as it stands without anything to merge onto: `!override x` is x, `!reset` keys and items are
 * dropped, so no tag reaches the loaded document.
 */
export function untagged(value: unknown): unknown {
  if (isMergeTag(value)) return value.kind === "override" ? untagged(value.value) : undefined;
  if (Array.isArray(value)) return value.filter((item) => !isReset(item)).map(untagged);
  if (isMapping(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) if (!isReset(item)) put(copy, key, untagged(item));
    return copy;
  }
  return value;
}

/** Whether a `!reset` or `!override` is anywhere in a value (a walk that allocates nothing). */
export function holdsMergeTag(value: unknown): boolean {
  if (isMergeTag(value)) return true;
  if (Array.isArray(value)) return value.some(holdsMergeTag);
  if (value !== null && typeof value === "object") {
    for (const key in value) if (Object.hasOwn(value, key) && holdsMergeTag((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

export const isReset = (value: unknown): boolean => isMergeTag(value) && value.kind === "reset";
