import type { Location, Path } from "../diagnostics/types.js";
import type { Manifest } from "../model/manifest.js";
import type { LintTarget } from "./types.js";

const startsWith = (path: Path, prefix: Path) => prefix.length <= path.length && prefix.every((part, index) => path[index] === part);

/**
 * Converted manifests as lint targets: a field is located at the Compose line its trace names (the
 * nearest traced ancestor), else at the object's own source (the service), else at a traced field inside it.
 */
export function composeTargets(manifests: readonly Manifest[]): LintTarget[] {
  return manifests.map((manifest) => ({
    object: manifest.object,
    locate(field: Path): Location | undefined {
      const traced = (manifest.traces ?? []).filter((trace): trace is typeof trace & { location: Location } => "location" in trace && trace.location !== undefined);
      const ancestor = traced.filter((trace) => startsWith(field, trace.field)).sort((a, b) => b.field.length - a.field.length)[0];
      const inside = traced.find((trace) => startsWith(trace.field, field));
      return ancestor?.location ?? manifest.location ?? inside?.location;
    },
  }));
}
