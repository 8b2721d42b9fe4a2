import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { Link, NetworkMode, VolumesFrom } from "../model/project.js";
import { parseLinkText, parseNetworkModeText, parseVolumesFromText } from "../model/relations.js";
import { childPath } from "./exact.js";

/*
 * links, volumes_from and network_mode as written → the Project's relations (depends_on is
 * depends-on.ts's). The short syntaxes themselves are model/relations.ts's, shared with validate.
 */

/** `links: [db, "cache:redis"]` as the schema allows it: a list of strings. */
export function parseLinks(value: readonly string[] | undefined, path: Path): Link[] {
  return (value ?? []).map((text, index): Link => ({ ...parseLinkText(text), path: childPath(path, index) }));
}

/** `volumes_from: [data, "container:backup:ro"]`; a mode other than ro/rw, or no name, is reported. */
export function parseVolumesFrom(value: readonly string[] | undefined, path: Path, out: Diagnostic[]): VolumesFrom[] {
  return (value ?? []).flatMap((text, index): VolumesFrom[] => {
    const { kind, name, readOnly } = parseVolumesFromText(text);
    if (readOnly === undefined || name === "") {
      out.push(diagnostic("volumes-from-syntax", [...path, index], { value: text }));
      return [];
    }
    return [{ kind, name, readOnly, path: childPath(path, index) }];
  });
}

export function parseNetworkMode(text: string | undefined, path: Path): NetworkMode | undefined {
  if (text === undefined) return undefined;
  const { kind, name } = parseNetworkModeText(text);
  if (kind === "host" || kind === "none" || kind === "bridge") return { kind, path };
  return { kind, name: name ?? "", path };
}
