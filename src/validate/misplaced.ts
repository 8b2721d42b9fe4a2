import { diagnostic } from "../diagnostics/codes.js";
import { hasErrors, type Diagnostic, type Path } from "../diagnostics/types.js";
import { isMapping, valueAt } from "./document-paths.js";
import { exampleFor } from "./examples.js";
import { SERVICE_KEYS, TOP_LEVEL_KEYS } from "./compose-check.generated.js";

/**
 * A key written one level off — `ports:` indented under `services:` (read as a service named
 * "ports"), `volumes:` declarations under `services:`, `image:` at the top level — makes the schema
 * complain about what it found there ("services.ports must be a mapping"), which points away from
 * the fix. This replaces those complaints with one error that says where the key belongs.
 */

type Place = "top" | "service";

/** The diagnostics, with each misplaced key's errors folded into one misplaced-key error. */
export function foldMisplacedKeys(document: unknown, diagnostics: Diagnostic[]): Diagnostic[] {
  const misplaced = candidates(document).filter(({ path }) => hasErrors(diagnostics.filter((d) => startsWith(d.path, path))));
  if (misplaced.length === 0) return diagnostics;
  const rest = diagnostics.filter((d) => !misplaced.some(({ path }) => startsWith(d.path, path)));
  return [...rest, ...misplaced.map(({ path, key, place, found }) => diagnostic("misplaced-key", path, { key, found, ...where(key, place, valueAt(document, path)) }))];
}

/** Keys that sit where another level would take them: under `services`, at the top, or inside a service. */
function candidates(document: unknown): { path: Path; key: string; place: Place; found: string }[] {
  if (!isMapping(document)) return [];
  const found: { path: Path; key: string; place: Place; found: string }[] = [];
  for (const key of Object.keys(document)) {
    if (!TOP_LEVEL_KEYS.includes(key) && SERVICE_KEYS.includes(key)) found.push({ path: [key], key, place: "service", found: "at the top level" });
  }
  const services = document["services"];
  if (!isMapping(services)) return found;
  for (const [name, value] of Object.entries(services)) {
    const asService = `under "services", where it reads as a service named "${name}"`;
    // volumes and networks are both: a list is a service's mounts, a mapping the top-level declarations.
    if (TOP_LEVEL_KEYS.includes(name) && (!SERVICE_KEYS.includes(name) || isMapping(value))) found.push({ path: ["services", name], key: name, place: "top", found: asService });
    else if (SERVICE_KEYS.includes(name)) found.push({ path: ["services", name], key: name, place: "service", found: asService });
    if (!isMapping(value)) continue;
    for (const key of Object.keys(value)) {
      if (TOP_LEVEL_KEYS.includes(key) && !SERVICE_KEYS.includes(key)) found.push({ path: ["services", name, key], key, place: "top", found: `inside service "${name}"` });
    }
  }
  return found;
}

/** Where the key belongs, and a snippet that shows it there. */
function where(key: string, place: Place, value: unknown): { place: string; example: string } {
  if (place === "service") {
    const line = exampleFor([key]) ?? `${key}: …`;
    const base = key === "image" ? "" : "    image: nginx:1.27\n";
    return { place: "inside a service (services.NAME.KEY)", example: `services:\n  web:\n${base}    ${line.replaceAll("\n", "\n    ")}` };
  }
  const top = "services:\n  web:\n    image: nginx:1.27\n";
  const first = isMapping(value) ? Object.keys(value)[0] : undefined;
  return { place: "at the top level", example: first === undefined ? `${top}${key}: …    # not indented` : `${top}${key}:    # not indented\n  ${first}: {}` };
}

const startsWith = (path: Path, prefix: Path): boolean => prefix.every((part, index) => path[index] === part);
