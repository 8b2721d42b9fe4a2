import { entryCovering, parentEntry, type OutlineEntry } from "./compose-outline.js";

/**
 * What fieldsOfComposeLine asks: the fields traced to one line, or to a range of lines, in trace order.
 * The trace index answers with FieldRefs; the HTML page with numbers of its own (page-line-groups.ts).
 */
export interface LineLookup<T> {
  fieldsAt(file: string, line: number): T[];
  fieldsInLines(file: string, start: number, end: number): T[];
}

/** services.<name>, volumes.<name>…: the depth of a definition in a Compose file. */
const DEFINITION_DEPTH = 2;

/**
 * The fields one Compose line produced, the same for every view (report, playground): those traced into
 * the innermost block covering the line; when nothing is traced there, those traced to the key line of
 * the nearest enclosing block that is still inside a definition. It never climbs to the definition
 * itself, so a key that produced nothing (`ulimits:`) lights up nothing rather than everything the
 * service became, while the service's own key line covers its whole block and shows all of it.
 *   19      - "5000:80"   → Service/vote spec.ports[0] (its trace), or what `ports:` produced
 */
export function fieldsOfComposeLine<T>(index: LineLookup<T>, outline: readonly OutlineEntry[], file: string, line: number): T[] {
  const entry = entryCovering(outline, line);
  if (!entry) return [];
  const own = index.fieldsInLines(file, entry.start, entry.end);
  if (own.length > 0) return own;
  for (let ancestor = parentEntry(outline, entry); ancestor && ancestor.path.length > DEFINITION_DEPTH; ancestor = parentEntry(outline, ancestor)) {
    const fields = index.fieldsAt(file, ancestor.start);
    if (fields.length > 0) return fields;
  }
  return [];
}
