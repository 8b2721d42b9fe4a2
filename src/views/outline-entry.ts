import type { Path } from "../diagnostics/types.js";

/** One node of a Compose file as written: its path in that file and the lines it covers (1-based, inclusive). */
export interface OutlineEntry {
  path: Path;
  start: number;
  end: number;
}
