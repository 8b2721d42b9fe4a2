/**
 * Compose's two merge tags, kept on the parsed value until files are merged:
 *   ports: !reset []             the key is removed from what earlier files set (the value is ignored)
 *   ports: !override ["8443:443"] the value replaces what earlier files set, bypassing the merge rules
 * The parser wraps the tagged value in a MergeTag; merging consumes every one of them, so none is
 * left in the loaded document.
 */
export class MergeTag {
  constructor(
    readonly kind: "reset" | "override",
    readonly value: unknown,
  ) {}
}

export const isMergeTag = (value: unknown): value is MergeTag => value instanceof MergeTag;
