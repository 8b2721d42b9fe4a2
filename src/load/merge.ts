/**
 * Until the full Compose merge rules land (ports appended, environment merged by name, …), a later
 * file is laid over an earlier one key by key: mappings merge recursively, anything else (scalars and
 * sequences) is replaced by the later value.
 *   a.yaml  services: { web: { image: a, ports: [80] } }
 *   b.yaml  services: { web: { ports: [81] } }
 *   merged  services: { web: { image: a, ports: [81] } }
 */
export function mergeDocuments(base: unknown, override: unknown): unknown {
  if (!isMapping(base) || !isMapping(override)) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    merged[key] = key in base ? mergeDocuments(base[key], value) : value;
  }
  return merged;
}

/** Top-level sections whose entries are definitions that may carry their own `x-` extension keys. */
const definitionSections = ["services", "volumes", "networks", "configs", "secrets"] as const;

const isExtension = (key: string): boolean => key.startsWith("x-");

/**
 * `x-` keys are for the user (anchors, tooling) and have no effect: drop them at the top level and
 * directly inside each service, volume, network, config and secret. Anchors defined under them have
 * already been resolved by the parser, so aliases to them keep working.
 */
export function dropExtensions(document: Record<string, unknown>): Record<string, unknown> {
  const result = withoutExtensions(document);
  for (const section of definitionSections) {
    const definitions = result[section];
    if (!isMapping(definitions)) continue;
    const cleaned: Record<string, unknown> = {};
    for (const [name, definition] of Object.entries(definitions)) {
      cleaned[name] = isMapping(definition) ? withoutExtensions(definition) : definition;
    }
    result[section] = cleaned;
  }
  return result;
}

function withoutExtensions(mapping: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(mapping).filter(([key]) => !isExtension(key)));
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Lays one service definition over another with the same rules as merging several Compose files
 * (used by `extends` too): `override` wins where both set a key.
 */
export function mergeService(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  const merged = mergeDocuments(base, override);
  return isMapping(merged) ? merged : {};
}
