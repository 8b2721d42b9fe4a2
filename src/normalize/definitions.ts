import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { ComposeNetwork, ComposeVolume } from "../validate/schema.js";
import { parseExternal } from "./scalars.js";
import { childPath } from "./exact.js";

/** The keys every entry of a top-level `volumes:` or `networks:` section has, as the schema types them. */
type DefinitionAsWritten = Pick<NonNullable<ComposeVolume | ComposeNetwork>, "name" | "driver" | "external">;

/** What every entry of a top-level `volumes:` or `networks:` section has in common. */
export interface DefinitionBase<Options extends DefinitionAsWritten> {
  key: string;
  path: Path;
  /** The entry's mapping ({} for `data:` with no options). */
  options: Partial<Options>;
  /** The explicit `name`, else external's name, else the key: objects live in a namespace, so no project prefix. */
  name: string;
  external: boolean;
  driver?: string;
}

/** `volumes: { data: null, shared: { external: true, name: team-data } }` → one DefinitionBase per entry. */
export function definitionEntries<Options extends DefinitionAsWritten>(
  section: "volumes" | "networks",
  value: Record<string, Options | null> | undefined,
  out: Diagnostic[],
): DefinitionBase<Options>[] {
  return Object.entries(value ?? {}).map(([key, item]) => {
    const path = [section, key];
    const options: Partial<Options> = item ?? {};
    const external = parseExternal(options.external, childPath(path, "external"), out);
    const base: DefinitionBase<Options> = { key, path, options, name: options.name ?? external.name ?? key, external: external.external };
    if (options.driver !== undefined) base.driver = options.driver;
    return base;
  });
}
