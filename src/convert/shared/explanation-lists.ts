/**
 * One shared array per distinct list of explanation ids. 1000 services make 6000 lists of a few dozen
 * kinds (["environment-to-configmap"], ["ports-to-service", "service-discovery"]…); they live to the end
 * of emit, and explain words the comments of each kind once, by the list's identity. A shared list is
 * never changed: convert adds to a manifest's list only before it is shared (`settled`, the last step).
 * The table is a tree of ids (no key string per list); it starts over when a long-lived process (the
 * playground) has filled it.
 */
interface ListNode {
  readonly next: Map<string, ListNode>;
  list?: string[];
}
const TABLE_LIMIT = 10_000;
let root: ListNode = { next: new Map() };
let nodes = 0;

/** The shared list equal to `ids`, made (at its exact length) the first time it is asked for. */
export function sharedExplanations(ids: readonly string[]): string[] {
  if (nodes >= TABLE_LIMIT) {
    root = { next: new Map() };
    nodes = 0;
  }
  let node = root;
  for (const id of ids) {
    let child = node.next.get(id);
    if (child === undefined) {
      child = { next: new Map() };
      node.next.set(id, child);
      nodes += 1;
    }
    node = child;
  }
  return (node.list ??= ids.slice());
}
