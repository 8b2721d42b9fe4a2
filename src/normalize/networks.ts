import type { Diagnostic, Path } from "../diagnostics/types.js";
import type { NetworkDefinition, ServiceNetwork } from "../model/project.js";
import { definitionEntries } from "./definitions.js";
import type { ComposeFile, ComposeService } from "../validate/schema.js";
import { parseBoolean, stringList } from "./scalars.js";
import { put } from "../model/own-keys.js";
import { childPath } from "./exact.js";

/**
 * A service's `networks:` — [front, back] or { front: { aliases: [web], ipv4_address: 10.0.0.2 }, back: null }.
 * A service that names none is on the project's `default` network, as in Compose.
 */
export function parseServiceNetworks(value: ComposeService["networks"], path: Path, servicePath: Path): ServiceNetwork[] {
  if (value === undefined) return [{ name: "default", aliases: [], path: servicePath }];
  if (Array.isArray(value)) return value.map((name, index) => ({ name, aliases: [], path: childPath(path, index) }));
  return Object.entries(value).map(([name, options]) => {
    const long = options ?? {};
    const { ipv4_address: ipv4Address, ipv6_address: ipv6Address } = long;
    return {
      name,
      aliases: stringList(long.aliases),
      ...(ipv4Address === undefined ? {} : { ipv4Address }),
      ...(ipv6Address === undefined ? {} : { ipv6Address }),
      path: childPath(path, name),
    };
  });
}

/** Top-level `networks:` — { front: null, back: { driver: bridge, internal: true }, outside: { external: true, name: x } }. */
export function parseNetworkDefinitions(value: ComposeFile["networks"], out: Diagnostic[]): Record<string, NetworkDefinition> {
  const result: Record<string, NetworkDefinition> = {};
  for (const { key, path, options, name, external, driver } of definitionEntries("networks", value, out)) {
    const internal = parseBoolean(options.internal, childPath(path, "internal"), out) ?? false;
    put(result, key, { name, external, internal, ...(driver === undefined ? {} : { driver }), path });
  }
  return result;
}
