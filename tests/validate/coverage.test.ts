import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildSchemas } from "../../src/validate/schema/build.js";
import { deploySchemas } from "../../src/validate/schema/deploy.js";
import { healthcheckSchemas } from "../../src/validate/schema/healthcheck.js";
import { mountSchemas } from "../../src/validate/schema/mounts.js";
import { serviceSchemas } from "../../src/validate/schema/service.js";
import { topLevelSchemas } from "../../src/validate/schema/top-level.js";
import { composeSpec } from "../helpers/compose-spec.js";

const { buildLong } = buildSchemas();
const { deploy, resources } = deploySchemas();
const { healthcheck } = healthcheckSchemas();
const { portLong, serviceVolumeLong } = mountSchemas();
const { service } = serviceSchemas();
const { composeFile, config, model, secret } = topLevelSchemas();

/** Every key the official schema names is known to ours, and ours names no key the spec lacks. */

type JsonObject = { [key: string]: unknown };
const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

/** Follows a JSON pointer-like list of keys, picking the object branch of a oneOf on the way when asked. */
function at(spec: JsonObject, keys: readonly (string | number)[]): JsonObject {
  let current: unknown = spec;
  for (const key of keys) {
    if (!isObject(current) && !Array.isArray(current)) throw new Error(`no ${String(key)} in the spec`);
    current = (current as Record<string | number, unknown>)[key];
  }
  if (!isObject(current)) throw new Error(`${keys.join(".")} is not an object in the spec`);
  return current;
}

const keysOf = (schema: JsonObject): string[] => Object.keys(isObject(schema.properties) ? schema.properties : {}).sort();
const shapeKeys = (schema: z.ZodObject) => Object.keys(schema.shape).sort();

const ROWS: [string, (string | number)[], z.ZodObject][] = [
  ["top level", [], composeFile],
  ["service (93 keys)", ["$defs", "service"], service],
  ["build", ["$defs", "service", "properties", "build", "oneOf", 1], buildLong],
  ["deploy", ["$defs", "deployment"], deploy],
  ["deploy.resources", ["$defs", "deployment", "properties", "resources"], resources],
  ["healthcheck", ["$defs", "healthcheck"], healthcheck],
  ["long port", ["$defs", "service", "properties", "ports", "items", "oneOf", 2], portLong],
  ["long volume", ["$defs", "service", "properties", "volumes", "items", "oneOf", 1], serviceVolumeLong],
  ["secret", ["$defs", "secret"], secret],
  ["config", ["$defs", "config"], config],
  ["model", ["$defs", "model"], model],
];

describe("schema coverage", () => {
  it.each(ROWS)("%s has exactly the spec's keys", (_name, pointer, schema) => {
    const spec = composeSpec();
    expect(shapeKeys(schema)).toEqual(keysOf(at(spec, pointer)));
  });

  it("knows all 93 service keys", () => {
    expect(shapeKeys(service)).toHaveLength(93);
  });
});
