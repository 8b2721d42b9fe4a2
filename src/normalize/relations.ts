import { diagnostic } from "../diagnostics/codes.js";
import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { Link, NetworkMode, VolumesFrom } from "../model/project.js";
import { parseLinkText, parseNetworkModeText, parseVolumesFromText } from "../model/relations.js";
import { scalarText } from "./scalars.js";

/* links, volumes_from and network_mode as the Project holds them, from the text parsers in model/relations.ts. */

export function parseLinks(value: unknown, path: Path): Link[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown, index): Link[] => {
    const text = scalarText(item);
    return text === undefined ? [] : [{ ...parseLinkText(text), path: [...path, index] }];
  });
}

export function parseVolumesFrom(value: unknown, path: Path, out: Diagnostic[]): VolumesFrom[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown, index): VolumesFrom[] => {
    const text = scalarText(item);
    if (text === undefined) return [];
    const { kind, name, readOnly } = parseVolumesFromText(text);
    if (readOnly === undefined || name === "") {
      out.push(diagnostic("volumes-from-syntax", [...path, index], { value: text }));
      return [];
    }
    return [{ kind, name, readOnly, path: [...path, index] }];
  });
}

export function parseNetworkMode(value: unknown, path: Path): NetworkMode | undefined {
  const text = scalarText(value);
  if (text === undefined) return undefined;
  const { kind, name } = parseNetworkModeText(text);
  if (kind === "host" || kind === "none" || kind === "bridge") return { kind, path };
  return { kind, name: name ?? "", path };
}
