import { describe, expect, it } from "vitest";
import type { ObjectTemplate, ValueSlot } from "../../src/emit/helm/slots.js";
import { PathMap } from "../../src/emit/helm/path-map.js";
import { valueSources } from "../../src/emit/helm/index.js";
import { documentedValues } from "../../src/emit/helm/values-file.js";
import type { Manifest } from "../../src/model/manifest.js";

/** A small deterministic generator, so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// Parts that a JSON key tells apart and a joined one would not: item 0 and key "0", names with dots,
// an empty name, and a prefix of another path.
const parts: (string | number)[] = ["services", "web", "web.api", "0", 0, 1, "", "image", "hosts", "secrets", "a\u0000b"];

function randomPath(next: () => number): (string | number)[] {
  const length = 1 + Math.floor(next() * 4);
  return Array.from({ length }, () => parts[Math.floor(next() * parts.length)]!);
}

function randomSlot(next: () => number): ValueSlot {
  return {
    valuePath: randomPath(next),
    // A list as each value: documentedValues sets a key's items into its first value, which a string
    // would refuse (no chart has a value and items at one key; the sources never read the values).
    value: [],
    description: "",
    from: next() < 0.3 ? "default: none" : `services.s${Math.floor(next() * 5)}.key`,
    topic: "helm-chart",
  };
}

const template = (slots: ValueSlot[], condition?: ValueSlot): ObjectTemplate => ({
  manifest: {} as Manifest,
  fields: slots.map((slot) => ({ field: [], slot, render: { kind: "scalar" } })),
  ...(condition ? { condition: { slot: condition, negate: false } } : {}),
});

/** The value sources as they were found before: every slot's documented value, by its JSON key. */
function documentedSources(templates: readonly ObjectTemplate[]): { value: string; from: string }[] {
  const slots = templates.flatMap((t) => [...(t.condition ? [t.condition.slot] : []), ...t.fields.map((field) => field.slot)]);
  return documentedValues(slots)
    .filter(({ slot }) => !slot.from.startsWith("default: "))
    .map(({ key, slot }) => ({ value: key.join("."), from: slot.from }));
}

describe("PathMap", () => {
  it("finds what a Map keyed by each path's JSON finds", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed);
      const map = new PathMap<number>();
      const reference = new Map<string, number>();
      for (let step = 0; step < 40; step++) {
        const path = randomPath(next);
        const length = Math.floor(next() * (path.length + 1));
        const key = JSON.stringify(path.slice(0, length));
        const choice = next();
        if (choice < 0.3) {
          map.set(path, step, length);
          reference.set(key, step);
        } else if (choice < 0.6) {
          const added = map.add(path, step, length);
          expect(added).toBe(!reference.has(key));
          if (added) reference.set(key, step);
        } else expect(map.get(path, length)).toBe(reference.get(key));
      }
    }
  });
});

describe("valueSources", () => {
  it("lists what documentedValues documents, on varied slots", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const templates = Array.from({ length: 1 + Math.floor(next() * 6) }, () =>
        template(
          Array.from({ length: Math.floor(next() * 5) }, () => randomSlot(next)),
          next() < 0.3 ? randomSlot(next) : undefined,
        ),
      );
      expect(valueSources(templates)).toEqual(documentedSources(templates));
    }
  });
});
