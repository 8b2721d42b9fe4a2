import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import { isRecord, parseInteger } from "./scalars.js";

/** `deploy.replicas: 3` or the older `scale: 3`; both may be written only when they agree (Compose's rule). */
export function parseReplicas(service: { scale?: unknown; deploy?: unknown }, servicePath: Path, out: Diagnostic[]): number | undefined {
  const scale = parseInteger(service.scale, [...servicePath, "scale"], out);
  const replicasPath = [...servicePath, "deploy", "replicas"];
  const replicas = isRecord(service.deploy) ? parseInteger(service.deploy.replicas, replicasPath, out) : undefined;
  if (scale !== undefined && replicas !== undefined && scale !== replicas) {
    out.push(diagnostic("replicas-conflict", replicasPath, { scale, replicas }));
  }
  return replicas ?? scale;
}
