import type { PathEntry, PathMap } from "./path-map.js";
import type { ObjectTemplate, ValueSlot } from "./slots.js";

/** A value already set at a key: the value itself, and its JSON written only once two values meet there. */
export interface SeenValue {
  value: unknown;
  text?: string;
}

const textOf = (seen: SeenValue): string => (seen.text ??= JSON.stringify(seen.value));
/** Whether two values of one key write the same JSON: the same value is, without writing either. */
const differ = (a: SeenValue, b: SeenValue): boolean => a.value !== b.value && textOf(a) !== textOf(b);

/**
 * Two objects of one Compose service whose values share a key but not a default (two Services of one
 * service, each with its own type) would render alike; the second object's values then go under its
 * own name. Secret references share their Secret's value on purpose and are never split.
 *
 * Each slot's value is written as JSON only when another value already sits at its path (most paths are
 * set once: a value's JSON, a whole environment or resources block, was written for nothing), and only
 * once for the clash check and the bookkeeping. Each slot's entry in `seen` is found once for both (three
 * walks down its path were most of this function), and an object without a clash keeps its fields as
 * they are instead of copying each.
 */
export function separated(template: ObjectTemplate, seen: PathMap<SeenValue>): ObjectTemplate {
  const own = template.fields.filter((field) => field.render.kind !== "secret-name").map((field) => field.slot);
  const slots = template.condition ? [template.condition.slot, ...own] : own;
  const entries = slots.map((slot) => seen.entry(slot.valuePath));
  const values = slots.map((slot): SeenValue => ({ value: slot.value }));
  let clashes = false;
  for (let index = 0; index < slots.length && !clashes; index++) {
    const known = entries[index]!.value;
    clashes = known !== undefined && differ(known, values[index]!);
  }
  if (!clashes) {
    // In the order of the slots: the condition, then the fields, a Secret reference finding its own entry.
    let at = 0;
    const settleNext = (slot: ValueSlot) => {
      settle(slot, entries[at]!, values[at]!);
      at++;
    };
    if (template.condition) settleNext(template.condition.slot);
    const { fields } = template;
    for (let index = 0; index < fields.length; index++) {
      const field = fields[index]!;
      if (field.render.kind === "secret-name") settleAt(seen, field.slot);
      else settleNext(field.slot);
    }
    return template;
  }
  const name = template.manifest.object.metadata.name;
  const rename = (slot: ValueSlot): ValueSlot => (slot.valuePath[0] === "services" ? { ...slot, valuePath: ["services", name, ...slot.valuePath.slice(2)] } : slot);
  const result: ObjectTemplate = {
    ...template,
    fields: template.fields.map((field) => (field.render.kind === "secret-name" ? field : { ...field, slot: rename(field.slot) })),
    ...(template.condition ? { condition: { ...template.condition, slot: rename(template.condition.slot) } } : {}),
  };
  if (result.condition) settleAt(seen, result.condition.slot);
  for (const field of result.fields) settleAt(seen, field.slot);
  return result;
}

/** settle at the slot's own entry in `seen`, found now. */
function settleAt(seen: PathMap<SeenValue>, slot: ValueSlot): void {
  settle(slot, seen.entry(slot.valuePath), { value: slot.value });
}

/** Sets a slot's value at its entry; two objects setting one key differently is a bug (Secrets share theirs on purpose). */
function settle(slot: ValueSlot, entry: PathEntry<SeenValue>, value: SeenValue): void {
  const known = entry.value;
  if (known !== undefined && differ(known, value) && slot.valuePath[0] !== "secrets") throw new Error(`chart: two objects set ${slot.valuePath.join(".")} differently`);
  entry.value = value;
  entry.has = true;
}
