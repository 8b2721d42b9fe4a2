import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/types.js";

/**
 * `version: "3.8"` at the top is a leftover of the Compose file formats before the Specification;
 * docker compose ignores it with a warning, kubepose with a note pointing at it.
 */
export function obsoleteVersion(document: Record<string, unknown>): Diagnostic[] {
  if (!("version" in document)) return [];
  return [diagnostic("obsolete-version", ["version"], { version: String(document.version) })];
}
