import { fieldTypes, rootTypes } from "./k8s-fields.generated.js";
import { assumedShapes, base64Pattern, quantityPattern, requiredFields, schemaShapes } from "./k8s-shapes.generated.js";

/**
 * The one-pass shape check: is an object certainly clean — no field the field table lacks, nothing the
 * kubernetes-models schema would reject? It walks the object once against the field table, with the
 * schema's required fields, enums and formats from k8s-shapes.generated.ts, and allocates nothing.
 * A no proves nothing: the caller then runs the exact checks (unknownFields, schemaFindings), which find
 * and word the problems. So this may refuse what the schema accepts (an int64 beyond int32, a Date), but
 * must never accept what it refuses; tests/check/shape.test.ts compares both on broken objects.
 *
 * It is data, not generated code: one small loop over all types warms up after a few objects, where a
 * generated function per type ran cold for every kind (1000 services, first pass, CPU: 60-77 ms
 * against 37-47 ms).
 */

/** Leaves first, then the containers the walk queues (visit() tells them apart by `< Kind.List`). */
const enum Kind { Never, String, Int32, Boolean, IntOrString, Byte, Quantity, Enum, List, Map, Model }

/** Every slot has the same fields, so the loop sees one object shape. */
interface Slot {
  kind: Kind;
  values: ReadonlySet<unknown> | null;
  inner: Slot | null;
  model: Model | null;
}

/** A model's fields are read from the table when the walk first meets it (fieldsOf). */
interface Model {
  name: string;
  fields: Map<string, Slot> | null;
  required: readonly string[];
}

const leaves: Readonly<Record<string, Kind>> = {
  string: Kind.String, int32: Kind.Int32, boolean: Kind.Boolean, intOrString: Kind.IntOrString,
  byte: Kind.Byte, quantity: Kind.Quantity, never: Kind.Never,
};

const slot = (kind: Kind, values: ReadonlySet<unknown> | null, inner: Slot | null, model: Model | null): Slot => ({ kind, values, inner, model });

/** Reads a shape notation ("map:quantity", "=TCP|UDP[]", "V1Container[]") into a slot. */
function parse(notation: string, models: Map<string, Model>): Slot {
  if (notation.endsWith("[]")) return slot(Kind.List, null, parse(notation.slice(0, -2), models), null);
  if (notation.startsWith("map:")) return slot(Kind.Map, null, parse(notation.slice(4), models), null);
  if (notation.startsWith("=")) return slot(Kind.Enum, new Set(notation.slice(1).split("|")), null, null);
  const leaf = leaves[notation] ?? leaves[assumedShapes[notation] ?? ""];
  if (leaf !== undefined) return slot(leaf, null, null, null);
  return slot(Kind.Model, null, null, modelOf(notation, models));
}

function modelOf(name: string, models: Map<string, Model>): Model {
  let model = models.get(name);
  if (model === undefined) {
    if (!Object.hasOwn(fieldTypes, name)) throw new Error(`check: the generated field table has no type ${name}`);
    models.set(name, (model = { name, fields: null, required: requiredFields[name] ?? [] }));
  }
  return model;
}

/**
 * Root slot per "apiVersion/kind", built on first use: a 5-service run pays ~1 ms, not the import. The
 * models behind them are read as the walk reaches them: 1000 services reach ~40 of the table's 214.
 */
let roots: Map<string, Slot> | undefined;
const models = new Map<string, Model>();

function build(): Map<string, Slot> {
  return new Map(Object.entries(rootTypes).map(([key, name]) => [key, slot(Kind.Model, null, null, modelOf(name, models))]));
}

function fieldsOf(model: Model): Map<string, Slot> {
  const fields = new Map<string, Slot>();
  const overrides = schemaShapes[model.name] ?? {};
  for (const [field, type] of Object.entries(fieldTypes[model.name]!)) fields.set(field, parse(overrides[field] ?? type, models));
  return (model.fields = fields);
}

/** Plain data only: a class instance or a Date is left to the exact checks. */
function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

const isInt32 = (value: unknown): boolean => typeof value === "number" && (value | 0) === value;

/** A leaf's check; a list, map or model is pushed onto the walk's stack instead. */
function leaf(value: unknown, at: Slot): boolean {
  switch (at.kind) {
    case Kind.String: return typeof value === "string";
    case Kind.Int32: return isInt32(value);
    case Kind.Boolean: return typeof value === "boolean";
    case Kind.IntOrString: return typeof value === "string" || isInt32(value);
    case Kind.Byte: return typeof value === "string" && base64Pattern.test(value);
    case Kind.Quantity: return typeof value === "string" && quantityPattern.test(value);
    case Kind.Enum: return at.values!.has(value);
    default: return false;
  }
}

/**
 * The values still to visit and their slots. The walk is one loop over this stack rather than
 * recursion: mutually recursive checkers made TurboFan inline them into each other and spend
 * ~50 ms of compile time (--trace-opt) on 1000 services, more than the walk itself.
 * The stack is its first `pending` entries, written and read by index: the arrays keep their room
 * between objects, where push and pop let V8 shrink them as they emptied and grow them again for the
 * next object (1000 services: 6000 objects, 2 MB).
 */
const pendingValues: unknown[] = [];
const pendingSlots: Slot[] = [];
let pending = 0;
/** The deepest the stack has been for the current object: its entries are let go of afterwards. */
let used = 0;

/** Checks a leaf now, or queues a container; false when the value is certainly not clean. */
function visit(value: unknown, at: Slot): boolean {
  if (at.kind < Kind.List) return leaf(value, at);
  pendingValues[pending] = value;
  pendingSlots[pending] = at;
  if (++pending > used) used = pending;
  return true;
}

/** Lets go of the values the last walk queued, visited or not. */
function release(): void {
  pendingValues.fill(undefined, 0, used);
  pending = 0;
  used = 0;
}

function walk(): boolean {
  while (pending > 0) {
    pending--;
    const value = pendingValues[pending];
    const at = pendingSlots[pending]!;
    if (at.kind === Kind.List) {
      if (!Array.isArray(value)) return false;
      for (let index = 0; index < value.length; index++) if (!visit(value[index], at.inner!)) return false;
    } else if (at.kind === Kind.Map) {
      if (!isPlain(value)) return false;
      for (const key in value) if (!visit(value[key], at.inner!)) return false;
    } else {
      const model = at.model!;
      if (!isPlain(value)) return false;
      const fields = model.fields ?? fieldsOf(model);
      for (const key in value) {
        const field = value[key];
        // kubernetes-models drops undefined fields before validating, and the field walk skips them.
        if (field === undefined) continue;
        const slot = fields.get(key);
        if (slot === undefined || !visit(field, slot)) return false;
      }
      // By index: a for-of allocates a result object per step until the walk is optimized.
      const required = model.required;
      for (let index = 0; index < required.length; index++) if (value[required[index]!] === undefined) return false;
    }
  }
  return true;
}

/**
 * Arrays come in many internal kinds (small ints, doubles, objects, holey, frozen), and a walk optimized
 * on the few it had seen deoptimized on the next one ("wrong map" at the list's length) and compiled
 * again: 1000 services, a second 6-7 ms compile. Showing the list loop more kinds than V8 tracks
 * before it is optimized makes that access generic from the start, so it never deoptimizes there.
 */
function warmLists(): void {
  const list = slot(Kind.List, null, slot(Kind.Never, null, null, null), null);
  const samples = [[0], [0.5], [""], [, 0], [, 0.5], [, ""], Object.freeze([""])];
  // V8 keeps no feedback until a function has run ~1 KB of bytecode, so the samples go round 20 times.
  for (let round = 0; round < 20; round++) {
    for (const sample of samples) {
      visit(sample, list);
      walk();
    }
  }
  release();
}

/** True when the object certainly passes unknownFields and schemaFindings with nothing to report. */
export function certainlyClean(object: unknown, kindKey: string): boolean {
  if (roots === undefined) {
    roots = build();
    warmLists();
  }
  const root = roots.get(kindKey);
  if (root === undefined) return false;
  visit(object, root);
  const clean = walk();
  release();
  return clean;
}
