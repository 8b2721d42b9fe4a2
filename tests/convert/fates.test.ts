import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { explanationIds } from "../../src/model/explanation-ids.generated.js";
import { deployKeyFates, serviceKeyFates } from "../../src/convert/fates.js";
import { composeSpec } from "../helpers/compose-spec.js";
import { codes, project, run, service } from "./builder.js";

const schema: unknown = composeSpec();
const properties = (schema as { $defs: { service: { properties: Record<string, unknown> } } }).$defs.service.properties;
const schemaKeys = Object.keys(properties).sort();
const tableKeys = Object.keys(serviceKeyFates).sort();

describe("fates of service keys", () => {
  it("has a row for every key of the Compose schema's service", () => {
    expect(schemaKeys.length).toBeGreaterThan(90);
    expect(schemaKeys.filter((key) => !tableKeys.includes(key))).toEqual([]);
  });

  it("has no row for a key the schema does not know", () => {
    expect(tableKeys.filter((key) => !schemaKeys.includes(key))).toEqual([]);
  });

  const notConverted = Object.entries(serviceKeyFates).filter(([, fate]) => fate.fate === "not-converted").map(([key]) => key);
  it.each(notConverted)("warns unsupported-key for %s with the service path", (key) => {
    const { diagnostics } = run(project([service("web", { keys: ["image", key] })]));
    expect(diagnostics).toMatchObject([{ code: "unsupported-key", severity: "warning", path: ["services", "web", key] }]);
  });

  const converted = Object.entries(serviceKeyFates).filter(([, fate]) => fate.fate !== "not-converted").map(([key]) => key);
  it.each(converted)("does not warn unsupported-key for %s", (key) => {
    expect(codes(run(project([service("web", { keys: ["image", key] })])).diagnostics)).not.toContain("unsupported-key");
  });
});

type SchemaObject = { properties?: Record<string, SchemaObject> };
const deployment = (schema as { $defs: { deployment: SchemaObject } }).$defs.deployment.properties ?? {};
// deploy keys as normalize lists them: resources spelled out to its leaves ("resources.limits.cpus").
const schemaDeployKeys = Object.entries(deployment)
  .flatMap(([key, value]) =>
    key === "resources"
      ? Object.entries(value.properties ?? {}).flatMap(([section, fields]) => Object.keys(fields.properties ?? {}).map((field) => `resources.${section}.${field}`))
      : [key],
  )
  .sort();

describe("fates of deploy keys", () => {
  it("match the keys of the Compose schema's deployment, both ways", () => {
    expect(schemaDeployKeys.length).toBeGreaterThan(10);
    expect(Object.keys(deployKeyFates).sort()).toEqual(schemaDeployKeys);
  });

  const notConverted = Object.entries(deployKeyFates).filter(([, fate]) => fate.fate === "not-converted").map(([key]) => key);
  it.each(notConverted)("warns unsupported-key for deploy.%s at its path", (key) => {
    const { diagnostics } = run(project([service("web", { keys: ["image", "deploy"], deployKeys: [key] })]));
    expect(diagnostics).toMatchObject([{ code: "unsupported-key", path: ["services", "web", "deploy", ...key.split(".")] }]);
  });

  const converted = Object.entries(deployKeyFates).filter(([, fate]) => fate.fate !== "not-converted").map(([key]) => key);
  it.each(converted)("does not warn for deploy.%s", (key) => {
    expect(codes(run(project([service("web", { keys: ["image", "deploy"], deployKeys: [key] })])).diagnostics)).not.toContain("unsupported-key");
  });
});

describe("explanation ids", () => {
  it.each([...explanationIds])("%s has an entry in templates/explanations", (id) => {
    expect(existsSync(new URL(`../../templates/explanations/${id}.yaml`, import.meta.url))).toBe(true);
  });
});
