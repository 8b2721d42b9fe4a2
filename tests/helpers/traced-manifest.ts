import type { Path } from "../../src/diagnostics/types.js";
import type { Manifest } from "../../src/model/manifest.js";

/** A ConfigMap made from the Compose path `source`, with the given field traces: enough for the trace look-ups' tests. */
export const tracedManifest = (name: string, source: Path, traces: Manifest["traces"]): Manifest => ({
  object: { apiVersion: "v1", kind: "ConfigMap", metadata: { name } },
  source,
  explanations: [],
  fieldNotes: [],
  ...(traces ? { traces } : {}),
});
