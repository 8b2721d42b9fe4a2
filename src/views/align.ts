/**
 * Aligns a Compose block (left) with the manifest lines made from it (right), so that a Compose line
 * sits level with the first field it produced. `anchors[i]` is the Compose line that right line i came
 * from (undefined when it came from elsewhere). Right lines keep their order; left lines keep theirs.
 *
 *   left 6..9, anchors [6, 6, 8, 8]  →  6|0 (aligned), 7|1, 8|2 (aligned), 9|3
 *
 * A left line that is the anchor of a later right line waits for it, padded with empty right cells; a
 * left line nobody anchors to fills in beside the next right line. When anchors go backwards (a field
 * written late in the object comes from an early Compose line), that field is not level with its line:
 * `aligned` stays false and a view shows its origin line instead.
 */
export interface Row {
  left?: number;
  right?: number;
  aligned: boolean;
}

/** A row, or the end of an aligned group: the place for the explanation of the mapping from `line`. */
export type AlignedItem = { kind: "row"; row: Row } | { kind: "group-end"; line: number };

export function alignRows(start: number, end: number, anchors: readonly (number | undefined)[]): Row[] {
  const firstRightOf = new Map<number, number>();
  anchors.forEach((anchor, i) => {
    if (anchor !== undefined && anchor >= start && anchor <= end && !firstRightOf.has(anchor)) firstRightOf.set(anchor, i);
  });
  const rows: Row[] = [];
  let next = start;
  anchors.forEach((anchor, i) => {
    if (anchor !== undefined && firstRightOf.get(anchor) === i && anchor >= next) {
      while (next < anchor) rows.push({ left: next++, aligned: false });
      rows.push({ left: next++, right: i, aligned: true });
      return;
    }
    const waiting = firstRightOf.get(next);
    const canFill = next <= end && (waiting === undefined || waiting < i);
    rows.push(canFill ? { left: next++, right: i, aligned: false } : { right: i, aligned: false });
  });
  while (next <= end) rows.push({ left: next++, aligned: false });
  return rows;
}

/** Rows with a group end after the last row of each aligned group (before the next aligned row, and at the end). */
export function withGroupEnds(rows: readonly Row[]): AlignedItem[] {
  const items: AlignedItem[] = [];
  let open: number | undefined;
  for (const row of rows) {
    if (row.aligned && open !== undefined) items.push({ kind: "group-end", line: open });
    if (row.aligned) open = row.left;
    items.push({ kind: "row", row });
  }
  if (open !== undefined) items.push({ kind: "group-end", line: open });
  return items;
}
