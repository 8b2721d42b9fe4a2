import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { ComposeService } from "../validate/schema.js";
import { parseInteger } from "./scalars.js";
import { childPath } from "./exact.js";

/** `deploy.replicas: 3` or the older `scale: 3`; both may be written only when they agree (Compose's rule). */
export function parseReplicas(service: Pick<ComposeService, "scale" | "deploy">, servicePath: Path, out: Diagnostic[]): number | undefined {
  const scale = parseInteger(service.scale, childPath(servicePath, "scale"), out);
  const replicasPath = [...servicePath, "deploy", "replicas"];
  const replicas = parseInteger(service.deploy?.replicas, replicasPath, out);
  if (scale !== undefined && replicas !== undefined && scale !== replicas) {
    out.push(diagnostic("replicas-conflict", replicasPath, { scale, replicas }));
  }
  return replicas ?? scale;
}
