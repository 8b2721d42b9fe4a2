import { EVENT_ID, type Event } from "js-yaml";

/**
 * One pass over the parser's events that both checks what aliases expand to and records the links
 * the locator needs to step over a node without reading it.
 *
 * Expansion: each anchored node's expanded size and height is remembered, so an alias costs one look-up:
 *
 *   a: &a [lol, lol]       size 3, height 1
 *   b: &b [*a, *a]         size 1 + 3 + 3, height 2
 *
 * The value built from events shares aliased objects, so a "billion laughs" file is small in memory;
 * the later walks over it (interpolation, merging, validation) are what would explode. Sizes count
 * values as interpolation counts them (mapping keys are not nodes); height is the longest path below.
 */
export type Expansion = "ok" | "too-deep" | "too-large";

export interface EventScan {
  expansion: Expansion;
  /**
   * Per event: for a mapping or sequence, the index of the event that closes it; for an alias, the
   * index of the node it names (the last anchored with that name before it), or -1 if none. Complete
   * only when expansion is "ok".
   */
  links: Int32Array;
}

export function scanEvents(events: readonly Event[], text: string, limits: { depth: number; nodes: number }): EventScan {
  const links = new Int32Array(events.length).fill(-1);
  const scan = (expansion: Expansion): EventScan => ({ expansion, links });
  /** Name → index of the last node anchored with it. */
  const anchors = new Map<string, number>();
  /** Index of an anchored node → its expansion, once it is complete. */
  const anchored = new Map<number, { size: number; height: number }>();
  // The open collections (and documents), as parallel arrays: nesting is at most limits.depth + 1.
  const room = limits.depth + 2;
  const opened = new Int32Array(room);
  const sizes = new Float64Array(room);
  const heights = new Int32Array(room);
  /** 1 in a mapping whose next node is a key, 2 in a mapping whose next node is a value, 0 elsewhere. */
  const slots = new Uint8Array(room);
  let top = -1;

  // Adds a finished node to the open collection; says whether a limit is now passed.
  const add = (size: number, height: number): Expansion => {
    if (top < 0) return "ok";
    const slot = slots[top];
    if (slot !== 0) {
      slots[top] = slot === 1 ? 2 : 1;
      if (slot === 1) return "ok";
    }
    const total = (sizes[top] ?? 0) + size;
    sizes[top] = total;
    if (total > limits.nodes) return "too-large";
    // A document's height is its top node's plus one, not a path length.
    if (height + 1 > (heights[top] ?? 0) && events[opened[top] ?? 0]?.type !== EVENT_ID.DOCUMENT) {
      heights[top] = height + 1;
      if (height + 1 > limits.depth) return "too-deep";
    }
    return "ok";
  };

  for (let index = 0; index < events.length; index++) {
    const event = events[index];
    if (!event) break;
    let expansion: Expansion = "ok";
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        if (++top >= room) return scan("too-deep");
        opened[top] = index;
        sizes[top] = event.type === EVENT_ID.DOCUMENT ? 0 : 1;
        heights[top] = 0;
        slots[top] = event.type === EVENT_ID.MAPPING ? 1 : 0;
        if (event.type !== EVENT_ID.DOCUMENT && event.anchorStart >= 0) anchors.set(text.slice(event.anchorStart, event.anchorEnd), index);
        break;
      case EVENT_ID.SCALAR:
        if (event.anchorStart >= 0) {
          anchors.set(text.slice(event.anchorStart, event.anchorEnd), index);
          anchored.set(index, { size: 1, height: 0 });
        }
        expansion = add(1, 0);
        break;
      case EVENT_ID.ALIAS: {
        const target = anchors.get(text.slice(event.anchorStart, event.anchorEnd));
        if (target === undefined) {
          // An unknown anchor is reported by the constructor, with its position.
          expansion = add(1, 0);
          break;
        }
        links[index] = target;
        const found = anchored.get(target);
        // Named from inside itself ("&a [*a]"): the expansion never ends.
        if (!found) return scan("too-deep");
        expansion = add(found.size, found.height);
        break;
      }
      case EVENT_ID.POP: {
        if (top < 0) break;
        const start = opened[top] ?? 0;
        const size = sizes[top] ?? 0;
        const height = heights[top] ?? 0;
        top--;
        links[start] = index;
        const startEvent = events[start];
        if (startEvent?.type === EVENT_ID.DOCUMENT) break;
        if (startEvent && "anchorStart" in startEvent && startEvent.anchorStart >= 0) anchored.set(start, { size, height });
        expansion = add(size, height);
        break;
      }
    }
    if (expansion !== "ok") return scan(expansion);
  }
  return scan("ok");
}
