import { z } from "zod";
import { canonical, isRecord } from "./canonical.js";

/**
 * Building blocks shared by the Compose schema. Each mirrors one `$defs` entry of the official
 * compose-spec.json, so the two can be compared line by line.
 */

/** Why a custom zod issue was raised; read back when issues become diagnostics (see ../issues.ts). */
export type CustomReason =
  | { reason: "unknown-key"; key: string; known: string[]; extensions: boolean }
  | { reason: "invalid-value"; allowed: string[] }
  | { reason: "duplicate-item"; index: number };

/**
 * What each custom check (refine, superRefine) means, keyed by the check zod stores in the schema's
 * `def.checks`. zod keeps only the function, so scripts/gen-compose-check.mjs reads this to compile the
 * same rule into the fast check (src/validate/compose-check.generated.ts); it refuses a check without one.
 */
export type CheckMeaning =
  | { kind: "known-keys"; keys: string[]; extensions: boolean }
  | { kind: "unique-items" }
  | { kind: "integer" }
  | { kind: "pattern"; pattern: RegExp };
export const checkMeanings = new WeakMap<object, CheckMeaning>();

/** Records what the check just added to `schema` means (see checkMeanings). */
function meaning<Schema extends z.ZodType>(schema: Schema, what: CheckMeaning): Schema {
  const checks = schema._zod.def.checks ?? [];
  const last = checks[checks.length - 1];
  if (last === undefined) throw new Error("meaning() follows a refine or superRefine");
  checkMeanings.set(last, what);
  return schema;
}

/**
 * An object whose unknown keys are errors, except `x-` extension keys (the spec's
 * `additionalProperties: false` with `patternProperties: {"^x-": {}}`). zod's strictObject would
 * reject `x-` keys too, so unknown keys are checked here, pointing at the key itself.
 * The check runs even when a value inside the object is wrong, so every mistake shows at once.
 * A few spec objects (blkio_config, long env_file, extends and include) allow no `x-` keys:
 * `{ extensions: false }`.
 */
export function composeObject<Shape extends z.ZodRawShape>(
  shape: Shape,
  options: { extensions: boolean } = { extensions: true },
): z.ZodObject<Shape, z.core.$strict> {
  const known = Object.keys(shape);
  // The keys are read from the input itself: zod's parsed copy loses a key named "__proto__" (it is
  // assigned, so it sets the copy's prototype), and "__proto__" is an unknown key like any other. An
  // intersection runs both sides on the same input, so an unknown key and a wrong value show at once.
  const keys = meaning(z.unknown().superRefine((value, context) => {
    if (!isRecord(value)) return;
    for (const key of Object.keys(value)) {
      if (Object.hasOwn(shape, key) || (options.extensions && key.startsWith("x-"))) continue;
      const params: CustomReason = { reason: "unknown-key", key, known, extensions: options.extensions };
      context.addIssue({ code: "custom", path: [key], message: `unknown key "${key}"`, params, input: value[key], continue: true });
    }
  }), { kind: "known-keys", keys: known, extensions: options.extensions });
  // `shape` stays readable, as on any object schema (tests compare it with the official schema).
  const schema = Object.assign(z.intersection(keys, z.object(shape).catchall(z.unknown())), { shape });
  // The catchall keeps `x-` keys in the parsed value; the declared type lists only the known keys.
  return schema as unknown as z.ZodObject<Shape, z.core.$strict>;
}

/** A string restricted to a set of words; zod's invalid_value issue carries them, read as `invalid-value`. */
export function oneOfWords<const Words extends readonly [string, ...string[]]>(words: Words) {
  return z.enum(words, { error: () => `expected one of ${words.join(", ")}` });
}

/**
 * A string matching a pattern, reported as `invalid-value` with a readable list of what is allowed.
 * `Text` is the type the pattern guarantees (a union of words, template literals), so the stages after
 * validate narrow the value instead of checking it again; it must not be narrower than `pattern`.
 */
export function patternedWord<Text extends string = string>(pattern: RegExp, allowed: string[]) {
  const params: CustomReason = { reason: "invalid-value", allowed };
  const word = meaning(z.string().refine((text) => pattern.test(text), { message: `expected one of ${allowed.join(", ")}`, params }), { kind: "pattern", pattern });
  // zod's refine does not narrow the output type; the pattern is what makes this cast true.
  return word as unknown as z.ZodType<Text, string>;
}

/** JSON schema `uniqueItems: true`: the second equal item is reported. */
export function uniqueList<Item extends z.ZodType>(item: Item) {
  const list = z.array(item).superRefine((items, context) => {
    const seen = new Set<string>();
    items.forEach((entry, index) => {
      const key = canonical(entry);
      if (seen.has(key)) {
        const params: CustomReason = { reason: "duplicate-item", index };
        context.addIssue({ code: "custom", path: [index], message: "duplicate item", params, input: entry });
      }
      seen.add(key);
    });
  }, { when: (payload) => Array.isArray(payload.value) });
  return meaning(list, { kind: "unique-items" });
}

/**
 * Builds the schemas on first use, once: valid documents are decided by the generated fast check
 * (../compose-check.generated.ts) without them, and building them all took ~10 ms at every start.
 */
export function once<Value>(build: () => Value): () => Value {
  let value: Value | undefined;
  return () => (value ??= build());
}

/** Names of services, volumes, networks, secrets and configs. */
export const NAME_PATTERN = /^[a-zA-Z0-9._-]+$/;

/** The building blocks the schema of each section uses. */
export const commonSchemas = once(() => {
  /**
   * JSON schema `integer`: any whole number. zod's .int() also demands a *safe* integer (below 2^53),
   * which the spec does not, so a huge ulimit like 18446744073709551615 would be rejected.
   */
  const integer = meaning(z.number().superRefine((value, context) => {
    if (!Number.isInteger(value)) context.addIssue({ code: "invalid_type", expected: "int", input: value });
  }), { kind: "integer" });
  /** `type: ["boolean", "string"]`: the string form is left for interpolated values like "${DEBUG}". */
  const booleanOrString = z.union([z.boolean(), z.string()]);
  const numberOrString = z.union([z.number(), z.string()]);
  const integerOrString = z.union([integer, z.string()]);

  /** Names of services, volumes, networks, secrets and configs: `^[a-zA-Z0-9._-]+$`. */
  const resourceName = z.string().regex(NAME_PATTERN);

  /** `$defs.list_of_strings`: ["a", "b"] without duplicates. */
  const listOfStrings = uniqueList(z.string());

  /** `$defs.string_or_list`: "8.8.8.8" or ["8.8.8.8", "9.9.9.9"]. */
  const stringOrList = z.union([z.string(), listOfStrings]);

  /** Keys of list_or_dict and extra_hosts maps: the spec's pattern ".+" rules out only the empty key. */
  const nonEmptyKey = z.string().min(1);

  /** `$defs.list_or_dict`: {KEY: value} or ["KEY=value"]; map values may be null ("KEY:" with nothing after). */
  const listOrDict = z.union([
    z.record(nonEmptyKey, z.union([z.string(), z.number(), z.boolean(), z.null()])),
    listOfStrings,
  ]);

  /** `$defs.command`: null, "npm start" (shell form) or ["npm", "start"] (exec form). */
  const command = z.union([z.null(), z.string(), z.array(z.string())]);

  /** `$defs.extra_hosts`: {"host": "1.2.3.4"} / {"host": ["1.2.3.4", "::1"]} or ["host=1.2.3.4"]. */
  const extraHosts = z.union([
    z.record(nonEmptyKey, z.union([z.string(), z.array(z.string())])),
    listOfStrings,
  ]);

  /**
   * `$defs.ulimits`: {nofile: 65535} or {nofile: {soft: 20000, hard: 40000}}. The spec checks only
   * lower-case names and leaves others open; every name is checked here, names are not restricted.
   */
  const ulimit = z.union([integerOrString, composeObject({ hard: integerOrString, soft: integerOrString })]);
  const ulimits = z.record(z.string(), ulimit);

  /** Driver options: {"com.docker.network.bridge.name": "br0", mtu: 1500}. */
  const driverOptions = z.record(z.string(), z.union([z.string(), z.number()]));

  /** `external` of volumes and networks: true, "true" or the deprecated {name: "..."}. */
  const external = z.union([z.boolean(), z.string(), composeObject({ name: z.string().optional() })]);
  /** `external` of secrets and configs: the spec leaves their {name: "..."} form open to other keys. */
  const openExternal = z.union([z.boolean(), z.string(), z.looseObject({ name: z.string().optional() })]);

  /** `$defs.service_config_or_secret`: "source" or {source, target, uid, gid, mode}. */
  const serviceConfigOrSecretLong = composeObject({
    source: z.string().optional(),
    target: z.string().optional(),
    uid: z.string().optional(),
    gid: z.string().optional(),
    mode: numberOrString.optional(),
  });
  const serviceConfigOrSecret = z.array(z.union([z.string(), serviceConfigOrSecretLong]));
  return { integer, booleanOrString, numberOrString, integerOrString, resourceName, listOfStrings, stringOrList, listOrDict, command, extraHosts, ulimit, ulimits, driverOptions, external, openExternal, serviceConfigOrSecretLong, serviceConfigOrSecret };
});

type Schemas = ReturnType<typeof commonSchemas>;
export type ListOrDict = z.infer<Schemas["listOrDict"]>;
export type StringOrList = z.infer<Schemas["stringOrList"]>;
export type ComposeCommand = z.infer<Schemas["command"]>;
export type ComposeExtraHosts = z.infer<Schemas["extraHosts"]>;
export type ComposeUlimit = z.infer<Schemas["ulimit"]>;
export type ComposeServiceConfigOrSecret = z.infer<Schemas["serviceConfigOrSecretLong"]>;
