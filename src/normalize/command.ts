import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { ComposeCommand } from "../validate/schema.js";
import { shellSplit } from "./shell-split.js";

/**
 * `command:` / `entrypoint:` → argv:
 *   "npm run start"   → ["npm", "run", "start"] (split like a shell, without expansion)
 *   ["npm", "start"]  → as written
 *   [] or null        → [] — an explicit reset of the image's value, which converters must tell from absent
 *   absent            → undefined
 */
export function parseCommand(value: ComposeCommand | undefined, present: boolean, path: Path, out: Diagnostic[]): string[] | undefined {
  if (!present) return undefined;
  if (value === null || value === undefined) return [];
  if (typeof value === "string") return shellSplit(value, path, out);
  return [...value];
}
