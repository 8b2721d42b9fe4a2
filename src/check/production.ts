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
  // By index: a for-of allocates an iterator and a result object per step until optimized (6000 objects).
  for (let index = 0; index < manifests.length; index++) {
    const manifest = manifests[index]!;
    const gaps = resourceGaps(manifest.object);
    for (let gap = 0; gap < gaps.length; gap++) {
      found.push(diagnostic("resources-missing", manifest.source, { container: gaps[gap]!.container, missing: gaps[gap]!.missing.join(", ") }));
    }
  }
  return found;
}
