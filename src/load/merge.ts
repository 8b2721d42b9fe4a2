import type { Diagnostic } from "../diagnostics/types.js";
import { diagnostic } from "../diagnostics/codes.js";
import { isMergeTag } from "./merge-tags.js";
import { put, ruleFor, type Merger } from "./merge-rules.js";
import { childOf, holdsMergeTag, isMapping, untagged, type Provenance, type Sourced } from "./merge-values.js";

export { isMapping } from "./merge-values.js";
export type { Provenance } from "./merge-values.js";

/**
 * Several Compose files are laid over each other in order, with the rules of the Compose
 * Specification (13-merge.md) and of docker compose, listed in merge-rules.ts:
 *   a.yaml  services: { web: { image: a, ports: ["80:80"], environment: [A=1] } }
 *   b.yaml  services: { web: { ports: ["81:81"], environment: { B: "2" } } }
 *   merged  services: { web: { image: a, ports: ["80:80", "81:81"], environment: { A: "1", B: "2" } } }
 * Each file is interpolated first, as docker compose does. `!reset` and `!override` (merge-tags.ts)
 * are consumed here. The provenance says which file and path each merged value came from, so a
 * diagnostic points at the file whose value won.
 */
export function mergeFiles(documents: readonly { file: string; value: unknown; plain?: boolean }[]): {
  document: Record<string, unknown>;
  provenance: Provenance;
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const [only] = documents;
  // One file with no `!reset`/`!override` has nothing to merge: it is its own result, as it stands
  // (laying it over {} copied every value of it; 1000 services: ~20 ms).
  if (documents.length === 1 && only && isMapping(only.value) && (only.plain === true || !holdsMergeTag(only.value))) {
    return { document: only.value, provenance: { origin: { file: only.file, path: [] } }, diagnostics };
  }
  let merged: Sourced = { value: {}, from: { origin: { file: documents[0]?.file ?? "", path: [] } } };
  for (const { file, value } of documents) {
    if (!isMapping(value)) continue;
    merged = engine(diagnostics).mappings(merged, { value, from: { origin: { file, path: [] } } }, []);
  }
  return { document: isMapping(merged.value) ? merged.value : {}, provenance: merged.from, diagnostics };
}

/**
 * Lays one service definition over another with the same rules as merging several Compose files
 * (used by `extends` too): `override` wins where both set a key; its `!reset`/`!override` apply.
 */
export function mergeService(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  const from: Provenance = { origin: { file: "", path: [] } };
  const start = untagged(base);
  const merged = engine([]).mappings({ value: isMapping(start) ? start : {}, from }, { value: override, from }, ["services", "*"]);
  return isMapping(merged.value) ? merged.value : {};
}

/** The default merge, which looks up a rule at each path where both sides set a value. */
function engine(diagnostics: Diagnostic[]): Merger {
  const merger: Merger = {
    mappings(base, over, path) {
      const value: Record<string, unknown> = {};
      const children = new Map<string | number, Provenance>();
      const baseValue = isMapping(base.value) ? base.value : {};
      for (const [key, item] of Object.entries(baseValue)) {
        put(value, key, item);
        children.set(key, childOf(base.from, key));
      }
      for (const [key, item] of Object.entries(isMapping(over.value) ? over.value : {})) {
        const from = childOf(over.from, key);
        if (isMergeTag(item) && item.kind === "reset") {
          delete value[key];
          children.delete(key);
        } else if (isMergeTag(item) || !Object.hasOwn(value, key)) {
          put(value, key, untagged(item));
          children.set(key, from);
        } else {
          const result = mergeValue({ value: value[key], from: children.get(key) ?? from }, { value: item, from }, [...path, key]);
          put(value, key, result.value);
          children.set(key, result.from);
        }
      }
      return { value, from: { origin: over.from.origin, children } };
    },
    mismatch(base, over, path) {
      diagnostics.push(diagnostic("merge-type-mismatch", [...path], { key: path.join("."), before: shape(base.value), after: shape(over.value) }));
      return { value: untagged(over.value), from: over.from };
    },
  };

  function mergeValue(base: Sourced, over: Sourced, path: readonly string[]): Sourced {
    const rule = ruleFor(path);
    if (over.value === null || over.value === undefined) return base;
    if (rule) return rule(base, over, path, merger);
    if (isMapping(base.value) && isMapping(over.value)) return merger.mappings(base, over, path);
    if (Array.isArray(base.value) && Array.isArray(over.value)) return appended(base, over);
    if (base.value !== null && shape(base.value) !== shape(over.value)) return merger.mismatch(base, over, path);
    return { value: untagged(over.value), from: over.from };
  }

  return merger;
}

const shape = (value: unknown) => (isMapping(value) ? "mapping" : Array.isArray(value) ? "sequence" : "scalar");

/** A sequence without a rule: the later file's items follow the earlier ones' (`dns`-like lists not listed). */
function appended(base: Sourced, over: Sourced): Sourced {
  const items = [
    ...(base.value as unknown[]).map((value, index) => ({ value, from: childOf(base.from, index) })),
    ...(over.value as unknown[]).flatMap((value, index) =>
      isMergeTag(value) && value.kind === "reset" ? [] : [{ value: untagged(value), from: childOf(over.from, index) }],
    ),
  ];
  return { value: items.map((item) => item.value), from: { origin: over.from.origin, children: new Map(items.map((item, index) => [index, item.from])) } };
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
  if (!hasExtensions(document)) return document;
  const result = withoutExtensions(document);
  for (const section of definitionSections) {
    const definitions = result[section];
    if (!isMapping(definitions)) continue;
    const cleaned: Record<string, unknown> = {};
    for (const [name, definition] of Object.entries(definitions)) {
      put(cleaned, name, isMapping(definition) ? withoutExtensions(definition) : definition);
    }
    result[section] = cleaned;
  }
  return result;
}

/** Whether any mapping dropExtensions cleans has an `x-` key (most files have none: nothing is copied then). */
function hasExtensions(document: Record<string, unknown>): boolean {
  if (hasExtensionKey(document)) return true;
  for (const section of definitionSections) {
    const definitions = document[section];
    if (!isMapping(definitions)) continue;
    for (const name in definitions) {
      const definition = definitions[name];
      if (isMapping(definition) && hasExtensionKey(definition)) return true;
    }
  }
  return false;
}

/** for…in and no arrays: this runs over every service and volume of the project, cold. */
function hasExtensionKey(mapping: Record<string, unknown>): boolean {
  for (const key in mapping) if (isExtension(key)) return true;
  return false;
}

function withoutExtensions(mapping: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(mapping).filter(([key]) => !isExtension(key)));
}
