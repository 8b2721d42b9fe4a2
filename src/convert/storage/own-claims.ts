import type { Path } from "../../diagnostics/types.js";
import type { ConvertOptions } from "../../model/manifest.js";
import type { Project, Service } from "../../model/project.js";
import { directoryClaimNamed } from "./bind-plan.js";
import { claimName } from "./volume-claim.js";
import { claimSettings, isSharedVolume, labelledClaimSettings, type ClaimSettings } from "./volume-labels.js";

/**
 * Whether the claim `claim` that a service's pod mounts is the service's own: a named volume no other
 * service mounts (and not external), or a bind-mounted project directory no other service mounts. A
 * StatefulSet turns its own claims into claim templates, one claim per pod; shared data stays one claim.
 * Returns the Compose path the claim comes from and its size and class.
 */
export function ownClaim(project: Project, service: Service, claim: string, options: ConvertOptions): { from: Path; settings: ClaimSettings } | undefined {
  const mount = service.volumes.find((candidate) => candidate.type === "volume" && claim === claimName(candidate.source, project.volumes[candidate.source]));
  if (mount?.type === "volume") {
    const definition = project.volumes[mount.source];
    if (definition?.external === true || isSharedVolume(project, mount.source)) return undefined;
    return { from: mount.path, settings: claimSettings(project, mount.source, definition, options) };
  }
  const directory = directoryClaimNamed(project, claim, options.volumes);
  const first = directory?.mounts[0];
  if (first === undefined || directory?.mounts.some((use) => use.service !== service)) return undefined;
  return { from: first.mount.path, settings: labelledClaimSettings([service], undefined, options) };
}
