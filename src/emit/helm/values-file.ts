import { scalarText } from "../yaml-scalars.js";
import { yamlWriter } from "../yaml-writer.js";
import type { ValueSlot } from "./slots.js";

/** A documented value: a leaf of values.yaml, or a list whose items are set one by one (Ingress hosts). */
export interface DocumentedValue {
  key: string[];
  value: unknown;
  slot: ValueSlot;
}

/** The slots as documented values, one per key; list items are documented by their list. */
export function documentedValues(slots: readonly ValueSlot[]): DocumentedValue[] {
  const byKey = new Map<string, DocumentedValue>();
  for (const slot of slots) {
    // The key is the path up to its first item number: every part before it is a string already.
    const itemAt = slot.valuePath.findIndex((part) => typeof part === "number");
    const key = (itemAt === -1 ? slot.valuePath.slice() : slot.valuePath.slice(0, itemAt)) as string[];
    const id = JSON.stringify(key);
    const known = byKey.get(id);
    if (itemAt === -1) {
      if (known === undefined) byKey.set(id, { key, value: slot.value, slot });
      continue;
    }
    const list = (known?.value as unknown[] | undefined) ?? [];
    list[slot.valuePath[itemAt] as number] = slot.value;
    byKey.set(id, { key, value: list, slot: known?.slot ?? slot });
  }
  return [...byKey.values()];
}

/** The values as one nested mapping, in the order the objects were converted. */
export function valuesTree(values: readonly DocumentedValue[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const { key, value } of values) {
    let node = root;
    for (const part of key.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[key[key.length - 1]!] = value;
  }
  return root;
}

/**
 * values.yaml with a `# --` comment above every value, the form helm-docs reads: what it is, then the
 * Compose key it came from and the topic that explains it.
 */
export function valuesFile(values: readonly DocumentedValue[], header: readonly string[]): string {
  const docs = new Map(values.map((value) => [JSON.stringify(value.key), value.slot]));
  const lines = header.map((line) => (line === "" ? "#" : `# ${line}`));
  const write = (node: Record<string, unknown>, path: string[], indent: string): void => {
    for (const [key, value] of Object.entries(node)) {
      const at = [...path, key];
      const slot = docs.get(JSON.stringify(at));
      if (slot === undefined) {
        if (path.length === 0) lines.push("");
        lines.push(`${indent}${scalarText(key)}:`);
        write(value as Record<string, unknown>, at, `${indent}  `);
        continue;
      }
      lines.push(`${indent}# -- ${slot.description}`, `${indent}# ${origin(slot.from)}; kubepose explain ${slot.topic}`);
      lines.push(...leaf(key, value, indent));
    }
  };
  write(valuesTree(values), [], "");
  return `${lines.join("\n")}\n`;
}

function leaf(key: string, value: unknown, indent: string): string[] {
  const keyText = `${indent}${scalarText(key)}:`;
  const empty = value === null || (typeof value === "object" && Object.keys(value).length === 0);
  if (empty || typeof value !== "object") {
    const text = value === null ? "null" : Array.isArray(value) ? "[]" : typeof value === "object" ? "{}" : inlineScalar(value);
    return [`${keyText} ${text}`];
  }
  const nested = yamlWriter.write({ value }).replace(/\n$/, "").split("\n");
  return [keyText, ...nested.map((line) => `${indent}  ${line}`)];
}

/** "Compose: services.web.image" or "Not in Compose: the cluster's default StorageClass". */
export const origin = (from: string): string => (from.startsWith("default: ") ? `Not in Compose: ${from.slice(9)}` : `Compose: ${from}`);

const inlineScalar = (value: unknown): string => (typeof value === "string" ? scalarText(value) : String(value));
