import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import { composeBytes } from "../model/sizes.js";

/** A Compose byte size as written ("512M", 1073741824) → bytes; size-syntax for anything else. */
export function parseSize(value: number | string | undefined, path: Path, out: Diagnostic[]): number | undefined {
  if (value === undefined) return undefined;
  const bytes = composeBytes(value);
  if (bytes === undefined) out.push(diagnostic("size-syntax", path, { value: String(value) }));
  return bytes;
}
