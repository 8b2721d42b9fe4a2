import type { Location, Path } from "../diagnostics/types.js";

/**
 * Where one field of a manifest came from. `via` says how it was found: the field's own trace, the trace
 * of its nearest traced ancestor, or the object's own `Manifest.source` (when no trace covers the field).
 */
export type Origin =
  | { kind: "compose"; path: Path; location?: Location; via: "own" | "ancestor" | "object" }
  /** A default kubepose chose; `location` is the object's, so a view can still place it. */
  | { kind: "default"; reason: string; location?: Location; via: "own" | "ancestor" };

/** One field of one manifest: `manifests[manifest].object` at `field` ([] is the whole object). */
export interface FieldRef {
  manifest: number;
  field: Path;
}

/** A field whose origin differs from its parent's: the object root and every traced field, shortest path first. */
export interface TracedField extends FieldRef {
  origin: Origin;
}
