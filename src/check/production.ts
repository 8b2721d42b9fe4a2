import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/types.js";
import type { Manifest } from "../model/manifest.js";
import { resourceGaps } from "../policy/resources.js";

/**
 * Findings about what a production cluster expects that the output lacks, as notes: a container
 * without requests and limits (what --default-resources fills).
 */
export function productionFindings(manifests: readonly Manifest[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const manifest of manifests) {
    for (const gap of resourceGaps(manifest.object)) found.push(diagnostic("resources-missing", manifest.source, { container: gap.container, missing: gap.missing.join(", ") }));
  }
  return found;
}
