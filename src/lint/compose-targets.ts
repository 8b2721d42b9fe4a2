import type { Location, Path, SourceMap } from "../diagnostics/types.js";
import type { Manifest } from "../model/manifest.js";
import type { LintTarget } from "./types.js";

const startsWith = (path: Path, prefix: Path) => prefix.length <= path.length && prefix.every((part, index) => path[index] === part);

interface LocatedTrace {
  field: Path;
  location: Location;
}

/**
 * Converted manifests as lint targets: a field is located at the Compose line its trace names (the
 * nearest traced ancestor), else at the object's own source (the service), else at a traced field inside it.
 * The pipeline leaves traces unlocated (src/model/manifest.ts): `sources` locates an object's traces
 * the first time a finding on it asks.
 */
export function composeTargets(manifests: readonly Manifest[], sources?: SourceMap): LintTarget[] {
  return manifests.map((manifest) => {
    let located: LocatedTrace[] | undefined;
    const locatedTraces = (): LocatedTrace[] =>
      (located ??= (manifest.traces ?? []).flatMap((trace) => {
        const location = "source" in trace ? (trace.location ?? sources?.locate(trace.source)) : undefined;
        return location === undefined ? [] : [{ field: trace.field, location }];
      }));
    return {
      object: manifest.object,
      locate(field: Path): Location | undefined {
        const traced = locatedTraces();
        const ancestor = traced.filter((trace) => startsWith(field, trace.field)).sort((a, b) => b.field.length - a.field.length)[0];
        const inside = traced.find((trace) => startsWith(trace.field, field));
        return ancestor?.location ?? manifest.location ?? inside?.location;
      },
    };
  });
}
