import type { SpotTable } from "./yaml-spots.js";

/**
 * The items of the sequences being read, on one stack shared by the whole read: each sequence's array
 * is cut from it when the sequence ends, exactly as long as the sequence. An array grown by push()
 * keeps 17 slots for its first item, and most sequences of a Compose file hold one to three
 * (`ports:`, `depends_on:`, `command: [...]`); the document keeps them all through the run, and every
 * scavenge copies them.
 */
export class ItemStack {
  private readonly items: unknown[] = [];
  /** Past the last item of the innermost sequence; the slots above it are stale, never read. */
  private top = 0;

  /** Where the items of a sequence that starts now begin: pass it to `take`. */
  mark(): number {
    return this.top;
  }

  push(item: unknown): void {
    this.items[this.top++] = item;
  }

  /** The items pushed since `mark`, as an array of their own; they leave the stack. */
  take(mark: number): unknown[] {
    const items = this.items.slice(mark, this.top);
    this.top = mark;
    return items;
  }
}

/** Where one read stores what it reads: the places of every collection's entries, and the sequences' items. */
export type Store = { spots: SpotTable; items: ItemStack };
