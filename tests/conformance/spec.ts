import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import { composeSpec } from "../helpers/compose-spec.js";

/**
 * The official Compose JSON schema (vendored in spec/) checked with ajv, and a walker that says which
 * of its keys a document uses, so the corpus can prove it touches every key.
 */

type Json = { [key: string]: unknown };
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

let cached: { spec: Json; check: ReturnType<Ajv2020["compile"]> } | undefined;
function official() {
  if (!cached) {
    const spec = composeSpec() as Json;
    // strict: false because the spec uses annotation keywords ajv does not know (e.g. "deprecated" is
    // fine, but nested "default" beside "$ref" warns). It uses no "format", so ajv-formats is not needed.
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    cached = { spec, check: ajv.compile(spec) };
  }
  return cached;
}

/** The official verdict, with every error's instance path split into keys ("/services/web/ports/0" → [services, web, ports, "0"]). */
export function officialVerdict(document: unknown): { valid: boolean; errorPaths: string[][] } {
  const { check } = official();
  const valid = check(document) === true;
  const errors: ErrorObject[] = check.errors ?? [];
  const errorPaths = errors.map((e) => e.instancePath.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")));
  return { valid, errorPaths };
}

/** One key of one schema object: "#/$defs/service" + "ports". */
export type SpecKey = { object: string; key: string };
export const specKeyName = ({ object, key }: SpecKey) => `${object} ${key}`;

/** A key a document uses, with where it is in the document. */
export type KeyUse = SpecKey & { path: string[] };

function resolve(node: unknown, pointer: string): { node: Json; pointer: string } | undefined {
  if (!isObject(node)) return undefined;
  const ref = node.$ref;
  if (typeof ref === "string" && ref.startsWith("#/$defs/")) {
    const name = ref.slice("#/$defs/".length);
    const defs = official().spec.$defs;
    return resolve(isObject(defs) ? defs[name] : undefined, ref);
  }
  return { node, pointer };
}

/** Every key of every object the schema describes, reachable from the root (`x-` patterns aside). */
export function allSpecKeys(): SpecKey[] {
  const found = new Map<string, SpecKey>();
  const visited = new Set<string>();
  const visit = (raw: unknown, at: string) => {
    const resolved = resolve(raw, at);
    if (!resolved || visited.has(resolved.pointer)) return;
    const { node, pointer } = resolved;
    visited.add(pointer);
    if (isObject(node.properties)) {
      for (const [key, child] of Object.entries(node.properties)) {
        found.set(`${pointer} ${key}`, { object: pointer, key });
        visit(child, `${pointer}/properties/${key}`);
      }
    }
    if (isObject(node.patternProperties)) {
      for (const [pattern, child] of Object.entries(node.patternProperties)) visit(child, `${pointer}/patternProperties/${pattern}`);
    }
    if (node.items !== undefined) visit(node.items, `${pointer}/items`);
    for (const keyword of ["oneOf", "anyOf"] as const) {
      const branches = node[keyword];
      if (Array.isArray(branches)) branches.forEach((branch, index) => visit(branch, `${pointer}/${keyword}/${index}`));
    }
  };
  visit(official().spec, "#");
  return [...found.values()];
}

/** Which schema keys a document uses, following it through the schema (every branch a value could take). */
export function keysUsed(document: unknown): KeyUse[] {
  const uses: KeyUse[] = [];
  const walk = (raw: unknown, at: string, value: unknown, path: string[]) => {
    const resolved = resolve(raw, at);
    if (!resolved) return;
    const { node, pointer } = resolved;
    for (const keyword of ["oneOf", "anyOf"] as const) {
      const branches = node[keyword];
      if (Array.isArray(branches)) branches.forEach((branch, index) => walk(branch, `${pointer}/${keyword}/${index}`, value, path));
    }
    if (isObject(value)) {
      const properties = isObject(node.properties) ? node.properties : {};
      const patterns = isObject(node.patternProperties) ? Object.entries(node.patternProperties).filter(([p]) => p !== "^x-") : [];
      for (const [key, child] of Object.entries(value)) {
        if (Object.hasOwn(properties, key)) {
          uses.push({ object: pointer, key, path: [...path, key] });
          walk(properties[key], `${pointer}/properties/${key}`, child, [...path, key]);
          continue;
        }
        for (const [pattern, schema] of patterns) {
          if (new RegExp(pattern, "u").test(key)) walk(schema, `${pointer}/patternProperties/${pattern}`, child, [...path, key]);
        }
      }
    }
    if (Array.isArray(value) && node.items !== undefined) {
      value.forEach((item, index) => walk(node.items, `${pointer}/items`, item, [...path, String(index)]));
    }
  };
  walk(official().spec, "#", document, []);
  return uses;
}
