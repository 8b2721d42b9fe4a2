#!/usr/bin/env node
/**
 * Writes src/validate/compose-check.generated.ts: the zod schema of a Compose file (src/validate/schema/)
 * compiled into plain functions that answer one question, "would zod accept this document?", without
 * building the schema, copying the document or collecting issues. The validate stage asks it first and
 * runs zod only when it says no, to word the errors (on 1000 services: ~70 ms of zod → a few ms).
 *
 *   node scripts/gen-compose-check.mjs            rewrite the file
 *   node scripts/gen-compose-check.mjs --stdout   print what would be written (the drift test uses this)
 *
 * The compiled check may be stricter than zod, never looser: where it is unsure (an object that is no
 * plain mapping, a record with a symbol key, a "__proto__" key, which zod's records skip) it says no and
 * zod decides.
 * zod keeps a refine's function only, so each custom check names what it means in common.ts's
 * `checkMeanings`; any schema part or check this compiler does not know stops the build.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const target = fileURLToPath(new URL("../src/validate/compose-check.generated.ts", import.meta.url));

/** The schema modules, bundled with their own zod, so this script reads them without a TypeScript build. */
async function loadSchema() {
  const entry = [
    'import { topLevelSchemas } from "./src/validate/schema/top-level.ts";',
    'import { serviceSchemas } from "./src/validate/schema/service.ts";',
    'export { checkMeanings } from "./src/validate/schema/common.ts";',
    "export const { composeFile } = topLevelSchemas();",
    "export const { service } = serviceSchemas();",
  ].join("\n");
  const out = await build({ stdin: { contents: entry, resolveDir: root, loader: "ts" }, bundle: true, write: false, format: "esm", platform: "node", logLevel: "warning" });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString("base64")}`);
}

function compile({ composeFile, service, checkMeanings }) {
  const definitions = []; // constants and functions, in the order they are first needed
  const names = new Map(); // schema → name of its function
  const constant = (prefix, text) => {
    const name = `${prefix}${definitions.length}`;
    definitions.push(`const ${name} = ${text};`);
    return name;
  };
  const fail = (what) => {
    throw new Error(`gen-compose-check: cannot compile ${what}; teach scripts/gen-compose-check.mjs what it means`);
  };

  /** The conditions a value must meet for each check zod runs after the type test. */
  const checks = (schema, v) =>
    (schema._zod.def.checks ?? []).map((check) => {
      const def = check._zod.def;
      const meaning = checkMeanings.get(check);
      if (def.check === "custom" && meaning?.kind === "integer") return `Number.isInteger(${v})`;
      if (def.check === "custom" && meaning?.kind === "pattern") return `${regex(meaning.pattern)}.test(${v})`;
      if (def.check === "custom" && meaning?.kind === "unique-items") return `uniqueItems(${v})`;
      if (def.check === "string_format" && def.format === "regex") return `${regex(def.pattern)}.test(${v})`;
      if (def.check === "min_length") return `${v}.length >= ${def.minimum}`;
      if (def.check === "greater_than") return `${v} ${def.inclusive ? ">=" : ">"} ${def.value}`;
      if (def.check === "less_than") return `${v} ${def.inclusive ? "<=" : "<"} ${def.value}`;
      return fail(`the check ${def.check}${meaning ? ` (${meaning.kind})` : ""}`);
    });
  const regex = (pattern) => {
    if (pattern.global || pattern.sticky) fail(`the stateful pattern ${pattern}`);
    return constant("pattern", String(pattern));
  };
  const all = (conditions) => (conditions.length === 1 ? conditions[0] : `(${conditions.join(" && ")})`);

  /** A JavaScript expression, true when zod accepts the value of the variable `v`. */
  function accepts(schema, v) {
    const def = schema._zod.def;
    switch (def.type) {
      case "string":
        return all([`typeof ${v} === "string"`, ...checks(schema, v)]);
      case "number":
        return all([`typeof ${v} === "number"`, `Number.isFinite(${v})`, ...checks(schema, v)]);
      case "boolean":
        return all([`typeof ${v} === "boolean"`, ...checks(schema, v)]);
      case "null":
        return all([`${v} === null`, ...checks(schema, v)]);
      case "unknown":
        return checks(schema, v).length === 0 ? "true" : fail("a refined unknown outside a Compose object");
      case "enum":
        return all([`${constant("words", `new Set<unknown>(${JSON.stringify([...schema._zod.values])})`)}.has(${v})`, ...checks(schema, v)]);
      case "optional":
        return `(${v} === undefined || ${accepts(def.innerType, v)})`;
      case "union":
        return `(${def.options.map((option) => accepts(option, v)).join(" || ")})`;
      case "array":
      case "record":
      case "object":
      case "intersection":
        return `${functionFor(schema)}(${v})`;
      default:
        return fail(`a zod ${def.type}`);
    }
  }

  function functionFor(schema) {
    if (!names.has(schema)) {
      const name = `accepts${names.size}`;
      names.set(schema, name);
      const body = bodyOf(schema);
      definitions.push(`function ${name}(x: unknown): boolean {\n${body.map((line) => `  ${line}`).join("\n")}\n}`);
    }
    return names.get(schema);
  }

  /**
   * The keys of a mapping, non-enumerable ones too (zod reads a known key however it is defined).
   * Object.getOwnPropertyNames, not Reflect.ownKeys: the latter took ~10× longer per object, cold. zod's
   * records also check symbol keys (a Compose object ignores them), so a record with one goes to zod.
   * An indexed loop: cold, for-of allocated an iterator result per key of every mapping of the file.
   */
  const keyLoop = (inner, { symbols }) => [
    ...(symbols ? ["if (Object.getOwnPropertySymbols(x).length > 0) return false;"] : []),
    "const keys = Object.getOwnPropertyNames(x);",
    "for (let k = 0; k < keys.length; k++) {",
    "  const key = keys[k] as string;",
    '  if (key === "__proto__") return false;',
    ...inner.map((line) => `  ${line}`),
    "}",
  ];

  function bodyOf(schema) {
    const def = schema._zod.def;
    if (def.type === "array") {
      const after = checks(schema, "x");
      return ["if (!Array.isArray(x)) return false;", "for (let i = 0; i < x.length; i++) {", "  const item: unknown = x[i];", `  if (!(${accepts(def.element, "item")})) return false;`, "}", `return ${after.length ? after.join(" && ") : "true"};`];
    }
    if (checks(schema, "x").length > 0) fail(`a check on a zod ${def.type}`);
    if (def.type === "record") {
      if (def.keyType._zod.values || (def.mode && def.mode !== "strict")) fail("a record with listed keys");
      return ["if (!isPlainObject(x)) return false;", ...keyLoop(["const value = x[key];", `if (!(${accepts(def.keyType, "key")} && ${accepts(def.valueType, "value")})) return false;`], { symbols: true }), "return true;"];
    }
    if (def.type === "object") {
      if (def.catchall && def.catchall._zod.def.type !== "unknown") fail("an object with a catchall other than unknown");
      const fields = Object.entries(def.shape).map(([key, field]) => {
        const present = field._zod.optin === "optional" ? [] : [`Object.hasOwn(x, ${JSON.stringify(key)})`];
        return `if (!(${all([...present, accepts(field, `x[${JSON.stringify(key)}]`)])})) return false;`;
      });
      return ["if (!isPlainObject(x)) return false;", ...fields, "return true;"];
    }
    return composeObjectBody(def) ?? [`return ${accepts(def.left, "x")} && ${accepts(def.right, "x")};`];
  }

  /**
   * composeObject's intersection (a key check beside an object that keeps other keys) in one pass over
   * the keys written: each known key is checked through a table, others must be `x-` extensions. A key
   * written with no value (undefined) passes for an optional field and fails for a required one (checked
   * after the loop), so the table holds an optional field's inner check, often a function itself:
   * one call per key instead of two.
   */
  function composeObjectBody({ left, right }) {
    const keyChecks = left._zod.def.type === "unknown" ? left._zod.def.checks ?? [] : [];
    const meaning = keyChecks.length === 1 ? checkMeanings.get(keyChecks[0]) : undefined;
    const shape = right._zod.def.shape;
    if (meaning?.kind !== "known-keys" || right._zod.def.type !== "object" || right._zod.def.catchall?._zod.def.type !== "unknown") return undefined;
    if ((right._zod.def.checks ?? []).length > 0 || meaning.keys.join() !== Object.keys(shape).join()) fail("a key check that does not match its object");
    const fields = Object.entries(shape).map(([key, field]) => {
      const optional = field._zod.def.type === "optional";
      if (!optional && field.safeParse(undefined).success) fail(`the required key ${key}, which takes no value`);
      return { key, optional, check: optional ? field._zod.def.innerType : field };
    });
    const composite = new Set(["array", "record", "object", "intersection"]);
    const rows = fields.map(({ key, check }) => `  [${JSON.stringify(key)}, ${composite.has(check._zod.def.type) ? functionFor(check) : `(value) => ${accepts(check, "value")}`}],`);
    const table = constant("fields", `new Map<string, (value: unknown) => boolean>([\n${rows.join("\n")}\n])`);
    const required = fields.filter((field) => !field.optional).map(({ key }) => `Object.hasOwn(x, ${JSON.stringify(key)}) && x[${JSON.stringify(key)}] !== undefined`);
    const unknownKey = meaning.extensions ? '!key.startsWith("x-")' : "true";
    return [
      "if (!isPlainObject(x)) return false;",
      ...keyLoop(["const value = x[key];", `const check = ${table}.get(key);`, `if (check === undefined ? ${unknownKey} : value !== undefined && !check(value)) return false;`], { symbols: false }),
      `return ${required.length ? required.join(" && ") : "true"};`,
    ];
  }

  const top = functionFor(composeFile);
  return [
    "// Generated by scripts/gen-compose-check.mjs from the zod schema in src/validate/schema/. Do not edit;",
    "// run `node scripts/gen-compose-check.mjs` after changing the schema (tests/validate/fast-check.test.ts checks both agree).",
    'import { isPlainObject, uniqueItems } from "./fast-check-runtime.js";',
    "",
    "/** True only when the zod schema accepts the document; false when it rejects it, or when this check cannot tell. */",
    `export const acceptsComposeFile = (document: unknown): boolean => ${top}(document);`,
    "",
    "/** The keys of the top level and of a service, in the schema's order. */",
    `export const TOP_LEVEL_KEYS: readonly string[] = ${JSON.stringify(Object.keys(composeFile.shape))};`,
    `export const SERVICE_KEYS: readonly string[] = ${JSON.stringify(Object.keys(service.shape))};`,
    "",
    ...definitions.flatMap((text) => [text, ""]),
  ].join("\n");
}

const text = compile(await loadSchema());
if (process.argv.includes("--stdout")) process.stdout.write(text);
else writeFileSync(target, text);
