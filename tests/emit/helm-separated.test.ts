import { describe, expect, it } from "vitest";
import { PathMap } from "../../src/emit/helm/path-map.js";
import { separated, type SeenValue } from "../../src/emit/helm/separated.js";
import type { FieldTemplate, ObjectTemplate, ValueSlot } from "../../src/emit/helm/slots.js";
import type { Manifest } from "../../src/model/manifest.js";

// separated finds each slot's entry once and keeps it for the bookkeeping; here it is held to the version
// that looked each path up again (get for the clash check, get and set for the bookkeeping) in a Map keyed
// by the path's JSON, on objects whose values meet, clash, repeat a path within one object and name Secrets.

/** A small deterministic generator, so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
const values: unknown[] = [1, 2, "1", "", null, true, { a: 1 }, { a: 1 }, [1], [1, 2], {}];

function referenceSeparated(template: ObjectTemplate, seen: Map<string, SeenValue>): ObjectTemplate {
  const text = (value: SeenValue) => (value.text ??= JSON.stringify(value.value));
  const differ = (a: SeenValue, b: SeenValue) => a.value !== b.value && text(a) !== text(b);
  const cached = new Map<ValueSlot, SeenValue>();
  const valueOf = (slot: ValueSlot) => cached.get(slot) ?? cached.set(slot, { value: slot.value }).get(slot)!;
  const key = (slot: ValueSlot) => JSON.stringify(slot.valuePath);
  const own = template.fields.filter((field) => field.render.kind !== "secret-name").map((field) => field.slot);
  const slots = template.condition ? [template.condition.slot, ...own] : own;
  const clashes = slots.some((slot) => {
    const known = seen.get(key(slot));
    return known !== undefined && differ(known, valueOf(slot));
  });
  const name = template.manifest.object.metadata.name;
  const rename = (slot: ValueSlot): ValueSlot => (clashes && slot.valuePath[0] === "services" ? { ...slot, valuePath: ["services", name, ...slot.valuePath.slice(2)] } : slot);
  const result: ObjectTemplate = !clashes
    ? template
    : {
        ...template,
        fields: template.fields.map((field) => (field.render.kind === "secret-name" ? field : { ...field, slot: rename(field.slot) })),
        ...(template.condition ? { condition: { ...template.condition, slot: rename(template.condition.slot) } } : {}),
      };
  const check = (slot: ValueSlot) => {
    const known = seen.get(key(slot));
    if (known !== undefined && differ(known, valueOf(slot)) && slot.valuePath[0] !== "secrets") throw new Error(`chart: two objects set ${slot.valuePath.join(".")} differently`);
    seen.set(key(slot), valueOf(slot));
  };
  if (result.condition) check(result.condition.slot);
  for (const field of result.fields) check(field.slot);
  return result;
}

function randomSlot(next: () => number): ValueSlot {
  const valuePath = [pick(next, ["services", "secrets", "persistence"]), pick(next, ["web", "db", "web.api"]), ...(next() < 0.5 ? [pick(next, ["image", "replicas"])] : [])];
  return { valuePath, value: pick(next, values), description: "", from: "services.web", topic: "helm-chart" };
}

function randomTemplate(next: () => number, index: number): ObjectTemplate {
  const fields = Array.from({ length: Math.floor(next() * 5) }, (): FieldTemplate => {
    const slot = randomSlot(next);
    return next() < 0.2 ? { field: [], slot, render: { kind: "secret-name", name: "s" } } : { field: [], slot, render: { kind: "scalar" } };
  });
  const manifest = { object: { kind: "Deployment", metadata: { name: `object-${index}` } } } as unknown as Manifest;
  return { manifest, fields, ...(next() < 0.3 ? { condition: { slot: randomSlot(next), negate: false } } : {}) };
}

/** Each template's result (or the error it throws), in order. */
function run(templates: readonly ObjectTemplate[], separate: (template: ObjectTemplate) => ObjectTemplate): unknown[] {
  return templates.map((template) => {
    try {
      return separate(template);
    } catch (error) {
      return (error as Error).message;
    }
  });
}

describe("separated", () => {
  it("renames and checks what looking every path up again did", () => {
    const counts = { kept: 0, renamed: 0, throws: 0 };
    for (let seed = 1; seed <= 400; seed++) {
      const next = random(seed);
      const templates = Array.from({ length: 1 + Math.floor(next() * 6) }, (_, index) => randomTemplate(next, index));
      const seen = new PathMap<SeenValue>();
      const reference = new Map<string, SeenValue>();
      const got = run(templates, (template) => separated(template, seen));
      const expected = run(templates, (template) => referenceSeparated(template, reference));
      expect(got, `seed ${seed}`).toEqual(expected);
      for (const [i, r] of expected.entries()) counts[typeof r === "string" ? "throws" : r === templates[i] ? "kept" : "renamed"]++;
      for (const [key, value] of reference) expect(seen.get(JSON.parse(key) as (string | number)[])?.value, `seed ${seed} ${key}`).toEqual(value.value);
    }
    // The generated objects reach every case: kept as they are, renamed, and refused.
    expect(Math.min(counts.kept, counts.renamed, counts.throws)).toBeGreaterThan(0);
  });
});
