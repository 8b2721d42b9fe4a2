import type { Path } from "../diagnostics/types.js";
import type { Manifest } from "../model/manifest.js";
import { deployFateOf, fateOf, type Fate } from "../convert/fates.js";
import { findExplanation } from "../explain/catalogue.js";

/**
 * The explanation of the mapping of one Compose path: the fate table's for a service key
 * (services.web.ports → ports-to-service, services.web.deploy.resources.limits.cpus → resources),
 * otherwise the first explanation of the object made from it.
 */
export function explanationFor(path: Path, manifest: Manifest | undefined): string | undefined {
  const fate = fateOfPath(path);
  if (fate && "explanation" in fate && fate.explanation !== undefined) return fate.explanation;
  const first = manifest?.explanations[0];
  return first !== undefined && findExplanation(first) ? first : undefined;
}

/** The fate of the service key a path lies under (services.web.ports[0] → ports), from the fate tables; deploy keys by their own table. */
export function fateOfPath(path: Path): Fate | undefined {
  if (path[0] !== "services" || path.length < 3) return undefined;
  const key = String(path[2]);
  return key === "deploy" && path.length >= 4 ? deployFateOf(deployKey(path.slice(3))) : fateOf(key);
}

/** ["resources", "limits", "cpus"] → "resources.limits.cpus"; other deploy keys are one segment deep. */
const deployKey = (rest: Path): string => (rest[0] === "resources" ? rest.slice(0, 3).join(".") : String(rest[0]));
