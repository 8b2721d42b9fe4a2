import type { Diagnostic } from "../../diagnostics/types.js";
import type { Manifest } from "../../convert/manifest.js";

/**
 * Checks every object before it is written: the Kubernetes OpenAPI schema, unknown fields, and the
 * API server's own rules. Each finding is an error whose path is the manifest's source.
 */
export function checkManifests(manifests: Manifest[]): Diagnostic[] {
  void manifests;
  throw new Error("check: not implemented yet");
}
