import type { SourceMap, StageResult } from "../diagnostics/types.js";
import type { Manifest } from "../convert/manifest.js";

/** Attaches each manifest's explanation summary and the Compose file:line it came from. */
export function explain(manifests: Manifest[], sources: SourceMap): StageResult<Manifest[]> {
  void manifests;
  void sources;
  throw new Error("explain: not implemented yet");
}
