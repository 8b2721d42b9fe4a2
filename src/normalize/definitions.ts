import type { Diagnostic, Path } from "../diagnostics/types.js";
import { isRecord, parseExternal, scalarText } from "./scalars.js";

/** What every entry of a top-level `volumes:` or `networks:` section has in common. */
export interface DefinitionBase {
  key: string;
  path: Path;
  /** The entry's mapping ({} for `data:` with no options). */
  options: Record<string, unknown>;
  /** The explicit `name`, else external's name, else the key: objects live in a namespace, so no project prefix. */
  name: string;
  external: boolean;
  driver?: string;
}

/** `volumes: { data: null, shared: { external: true, name: team-data } }` → one DefinitionBase per entry. */
export function definitionEntries(section: "volumes" | "networks", value: unknown, out: Diagnostic[]): DefinitionBase[] {
  if (!isRecord(value)) return [];
  return Object.entries(value).map(([key, item]) => {
    const path = [section, key];
    const options = isRecord(item) ? item : {};
    const external = parseExternal(options.external, [...path, "external"], out);
    const driver = scalarText(options.driver);
    const base: DefinitionBase = { key, path, options, name: scalarText(options.name) ?? external.name ?? key, external: external.external };
    if (driver !== undefined) base.driver = driver;
    return base;
  });
}
