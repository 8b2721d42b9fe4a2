#!/usr/bin/env node
/**
 * Writes src/check/k8s-shapes.generated.ts: what the kubernetes-models (ajv) schema demands beyond the
 * field table's types — required fields, enums, the byte and quantity formats — for the one-pass shape
 * check (src/check/shape.ts). That check answers "certainly clean?" for an object without allocating;
 * only when it says no does the output check run the exact checks (the field-table walk and
 * kubernetes-models' validate(), which copies the whole object first), so findings do not change. It may
 * say no to a valid object (a number beyond int32, a Date field): that object just takes the exact path.
 *
 *   node scripts/gen-k8s-shapes.mjs            rewrite the file
 *   node scripts/gen-k8s-shapes.mjs --stdout   print what would be written (the drift test uses this)
 *
 * The constraints are read from kubernetes-models' compiled validators by probing each field with a few
 * values, so the shape check accepts a value only where they accept it too.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { fieldTable, roots } from "./gen-k8s-fields.mjs";

const require = createRequire(import.meta.url);
const schemaFolders = ["kubernetes-models", "@kubernetes-models/apimachinery"].map((name) => join(dirname(require.resolve(`${name}/package.json`)), "_schemas"));

/** client-node model name → kubernetes-models validator ("V1Container" → IoK8sApiCoreV1Container's). */
function validators(names) {
  const files = schemaFolders.flatMap((folder) => readdirSync(folder).filter((file) => /^IoK8s\w+\.js$/.test(file)).map((file) => join(folder, file)));
  const found = new Map();
  for (const name of names) {
    const matches = files.filter((file) => file.endsWith(`${name}.js`));
    if (matches.length > 1) throw new Error(`gen-k8s-shapes: ${name} matches ${matches.join(", ")}`);
    // A type newer than kubernetes-models has no validator: the schema check does not look inside it.
    if (matches.length === 1) found.set(name, require(matches[0]).validate);
  }
  return found;
}

/**
 * A probe puts a value at `slot` of what `wrap` builds, validates that, and returns the errors at the
 * slot or inside it. Without a validator nothing is rejected.
 */
function run(probe, value) {
  if (!probe.validate) return [];
  probe.validate(probe.wrap(value));
  return (probe.validate.errors ?? []).filter((e) => e.instancePath === probe.slot || e.instancePath.startsWith(`${probe.slot}/`));
}
const itemProbe = (probe) => ({ validate: probe.validate, wrap: (value) => probe.wrap([value]), slot: `${probe.slot}/0` });
const entryProbe = (probe) => ({ validate: probe.validate, wrap: (value) => probe.wrap({ probe: value }), slot: `${probe.slot}/probe` });

const int32Probes = [0, 1, -1, 2147483647, -2147483648];

/**
 * What the fast check accepts in one slot: { kind: "string" | "enum" | "byte" | "int32" | "boolean" |
 * "intOrString" | "never" | "model" | "list" | "map" }. Every probe value must pass the schema, or the
 * slot becomes "never" (present → the object takes the exact path).
 */
function classify(type, probe) {
  const passes = (values) => values.every((value) => run(probe, value).length === 0);
  if (type.endsWith("[]")) return passes([[]]) ? { kind: "list", item: classify(type.slice(0, -2), itemProbe(probe)) } : { kind: "never" };
  if (type.startsWith("map:")) return passes([{}]) ? { kind: "map", value: classify(type.slice(4), entryProbe(probe)) } : { kind: "never" };
  if (type === "string") {
    if (passes(["zz-probe", ""])) return { kind: "string" };
    const errors = run(probe, "zz-probe");
    const values = errors.find((e) => e.keyword === "enum")?.params.allowedValues;
    if (Array.isArray(values) && values.every((v) => typeof v === "string") && passes(values)) return { kind: "enum", values };
    const format = errors.find((e) => e.keyword === "format")?.params.format;
    if (format === "byte" && passes(["", "aGk=", "aGVsbG8="]) && !passes(["aGk"])) return { kind: "byte" };
    if (format === "quantity" && passes(["1", "500m", "1Gi", "1.5", "+1e3"]) && !passes(["1GB", "-"])) return { kind: "quantity" };
    return { kind: "never" };
  }
  if (type === "number") return passes(int32Probes) ? { kind: "int32" } : { kind: "never" };
  if (type === "boolean") return passes([true, false]) ? { kind: "boolean" } : { kind: "never" };
  if (type === "IntOrString") return passes(["zz-probe", "", ...int32Probes]) ? { kind: "intOrString" } : { kind: "never" };
  // A nested model is checked against its own validator's constraints; what the slot requires of it is
  // noted, because a kind's root object requires apiVersion and kind and the same type nested does not.
  if (/^[A-Z]/.test(type) && type !== "Date") {
    if (probe.validate) nestedRequired.set(type, [...(nestedRequired.get(type) ?? []), missing(run(probe, {}), probe.slot)]);
    return { kind: "model", name: type };
  }
  return { kind: "never" };
}

/** The fields errors say are missing at `slot`. */
const missing = (errors, slot) => errors.filter((e) => e.keyword === "required" && e.instancePath === slot).map((e) => e.params.missingProperty);

/** Model name → the required fields seen where it sits inside another model (filled by classify). */
const nestedRequired = new Map();

/**
 * The fields a model requires wherever it appears: what its own validator misses in an empty object,
 * less apiVersion and kind when it also sits nested without them (a StatefulSet's claim templates).
 * A root object always has both, or it would not have been matched to its kind.
 */
function required(name, validate) {
  if (!validate) return [];
  validate({});
  const own = missing(validate.errors ?? [], "");
  const everywhere = own.filter((field) => (nestedRequired.get(name) ?? []).every((nested) => nested.includes(field)));
  const dropped = own.filter((field) => !everywhere.includes(field));
  if (dropped.some((field) => field !== "apiVersion" && field !== "kind")) throw new Error(`gen-k8s-shapes: ${name} requires ${dropped} only as a root`);
  return everywhere;
}

/** The quantity format's pattern, copied from @kubernetes-models/validate so both test the same thing. */
function quantityPattern() {
  const pattern = require("@kubernetes-models/validate").formats.quantity.validate;
  if (!(pattern instanceof RegExp)) throw new Error("gen-k8s-shapes: the quantity format is no longer a RegExp");
  return String(pattern);
}

/**
 * A slot as a shape notation (src/check/shape.ts reads it): a leaf (string, int32, boolean,
 * intOrString, byte, quantity, never) or "=A|B" for an enum, "T[]" for a list, "map:T" for a map.
 */
function notation(shape) {
  if (shape.kind === "list") return `${notation(shape.item)}[]`;
  if (shape.kind === "map") return `map:${notation(shape.value)}`;
  if (shape.kind === "model") return shape.name;
  if (shape.kind !== "enum") return shape.kind;
  if (shape.values.some((v) => v.includes("|") || v.includes("[]") || v.startsWith("map:"))) throw new Error(`gen-k8s-shapes: enum value not writable: ${shape.values}`);
  return `=${shape.values.join("|")}`;
}

/** What the shape check assumes for a leaf of the field table when the schema adds nothing. */
const assumed = { string: "string", number: "int32", boolean: "boolean", IntOrString: "intOrString", Date: "never", any: "never", object: "never" };

function defaultNotation(type) {
  const leaf = type.replace(/^(map:)+/, "").replace(/(\[\])+$/, "");
  return type.replace(leaf, assumed[leaf] ?? leaf);
}

export function generate() {
  const fields = fieldTable();
  const names = [...fields.keys()].sort();
  const byName = validators(names);
  const requiredLines = [];
  const shapeLines = [];
  for (const name of names) {
    const validate = byName.get(name);
    const differing = Object.entries(fields.get(name)).flatMap(([field, type]) => {
      const shape = notation(classify(type, { validate, wrap: (value) => ({ [field]: value }), slot: `/${field}` }));
      return shape === defaultNotation(type) ? [] : [`${JSON.stringify(field)}: ${JSON.stringify(shape)}`];
    });
    if (differing.length > 0) shapeLines.push(`  ${name}: { ${differing.join(", ")} },`);
  }
  // After every slot is classified, so every nested use of a model is known.
  for (const name of names) {
    const present = required(name, byName.get(name));
    if (present.length > 0) requiredLines.push(`  ${name}: ${JSON.stringify(present)},`);
  }
  const version = (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")).version;
  return [
    `// Generated by scripts/gen-k8s-shapes.mjs from kubernetes-models ${version("kubernetes-models")}. Do not edit; run the script.`,
    '// Shape notation: a leaf (string, int32, boolean, intOrString, byte, quantity, never), "=A|B" for an',
    '// enum, "T[]" for a list of T, "map:T" for an object whose values are T, or a model name.',
    "",
    "/** What a leaf of the field table means where the schema adds nothing. */",
    "export const assumedShapes: Readonly<Record<string, string>> = {",
    ...Object.entries(assumed).map(([leaf, shape]) => `  ${leaf}: ${JSON.stringify(shape)},`),
    "};",
    "",
    "/** The fields each model's schema requires. */",
    "export const requiredFields: Readonly<Record<string, readonly string[]>> = {",
    ...requiredLines,
    "};",
    "",
    "/** Fields whose schema demands more than their type in the field table: enums, formats; never = not checked here. */",
    "export const schemaShapes: Readonly<Record<string, Readonly<Record<string, string>>>> = {",
    ...shapeLines,
    "};",
    "",
    "/** The byte and quantity formats of @kubernetes-models/validate. */",
    "export const base64Pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;",
    `export const quantityPattern = ${quantityPattern()};`,
    "",
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = generate();
  if (process.argv.includes("--stdout")) process.stdout.write(text);
  else writeFileSync(join(dirname(fileURLToPath(import.meta.url)), "..", "src", "check", "k8s-shapes.generated.ts"), text);
}
