import type { Location } from "../diagnostics/types.js";
import { LinePlaces } from "./line-places.js";
import type { LineLookup } from "./line-fields.js";

/**
 * The HTML page's answer to "which fields did this Compose line produce?" (report-page-data.ts): the trace
 * index's fieldsAt and fieldsInLines (trace-lookups.ts indexLines) with, for each field, the two numbers the
 * page reads of it, its manifest and a number of the page's own (its group), instead of a FieldRef.
 * The page files each manifest's traced fields while it visits it, in trace order, and the trace index then
 * forgets them (TraceIndex.forget). A field is named by its place: tests/views/page-line-groups.test.ts
 * holds fieldsOfComposeLine over it to the one over the trace index, on every example and test project.
 */
export class PageLineGroups implements LineLookup<number> {
  private readonly lines = new LinePlaces();
  /** Per place, its field's manifest and group. */
  private readonly manifests: number[] = [];
  private readonly groups: number[] = [];

  /** Files the next traced field in trace order (manifest, then trace), located at `at`. */
  add(at: Location, manifest: number, group: number): void {
    this.lines.add(at, this.manifests.length);
    this.manifests.push(manifest);
    this.groups.push(group);
  }

  manifestOf(place: number): number {
    return this.manifests[place]!;
  }

  groupOf(place: number): number {
    return this.groups[place]!;
  }

  /** The places of the fields traced to this line: the filing's own array, not to be changed. */
  fieldsAt(file: string, line: number): number[] {
    return this.lines.placesAt(file, line);
  }

  /** The places of the fields traced to lines start..end, ascending: not to be changed. */
  fieldsInLines(file: string, start: number, end: number): number[] {
    return this.lines.placesInLines(file, start, end);
  }
}
