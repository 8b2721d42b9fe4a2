import type { Origin } from "./trace-types.js";

/** Past this many origins, a manifest's are filed in a Map: searching the list would grow with its square. */
const LISTED = 32;

/**
 * The group of each origin seen in one manifest (report-page-data.ts), what a Map<Origin, number> per
 * manifest said: one object reused for every manifest, its origins in a list searched from the newest,
 * since a manifest has ~11 (64,000 of 6000 manifests on 1000 services), and a Map only for a manifest
 * with more than 32. A Map per manifest, grown from empty, was 6 MB of the page's garbage.
 * tests/views/origin-groups.test.ts holds it to a Map.
 */
export class OriginGroups {
  private readonly origins: Origin[] = [];
  private readonly groups: number[] = [];
  private count = 0;
  private filed: Map<Origin, number> | undefined;

  /** Forgets every origin: the next manifest's start. */
  reset(): void {
    // The list keeps the last manifest's origins until they are overwritten: at most 32 objects.
    this.count = 0;
    this.filed = undefined;
  }

  /** The group last set for `origin`, or -1. */
  get(origin: Origin): number {
    if (this.filed) return this.filed.get(origin) ?? -1;
    for (let i = this.count - 1; i >= 0; i--) if (this.origins[i] === origin) return this.groups[i]!;
    return -1;
  }

  set(origin: Origin, group: number): void {
    if (!this.filed && this.count === LISTED) {
      this.filed = new Map();
      for (let i = 0; i < this.count; i++) this.filed.set(this.origins[i]!, this.groups[i]!);
    }
    if (this.filed) {
      this.filed.set(origin, group);
      return;
    }
    this.origins[this.count] = origin;
    this.groups[this.count] = group;
    this.count += 1;
  }
}
