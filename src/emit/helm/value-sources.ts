import { PathMap } from "./path-map.js";
import type { ObjectTemplate, ValueSlot } from "./slots.js";

/**
 * documentedValues' keys with their Compose sources, each documented by its first slot, one template at a
 * time: a key is the path up to its first item number, and the first slot of a key wins. No JSON key per
 * slot and no lists of items, which the sources never show.
 */
export function valueSourceList(): { list: { value: string; from: string }[]; add: (template: ObjectTemplate) => void } {
  const list: { value: string; from: string }[] = [];
  const documented = new PathMap<true>();
  const addSlot = (slot: ValueSlot) => {
    const itemAt = slot.valuePath.findIndex((part) => typeof part === "number");
    const keyLength = itemAt === -1 ? slot.valuePath.length : itemAt;
    if (!documented.add(slot.valuePath, true, keyLength) || slot.from.startsWith("default: ")) return;
    list.push({ value: slot.valuePath.slice(0, keyLength).join("."), from: slot.from });
  };
  const add = (template: ObjectTemplate) => {
    if (template.condition) addSlot(template.condition.slot);
    const { fields } = template;
    for (let index = 0; index < fields.length; index++) addSlot(fields[index]!.slot);
  };
  return { list, add };
}
