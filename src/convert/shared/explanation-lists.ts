import { PartTree } from "../../model/part-tree.js";

/**
 * One shared array per distinct list of explanation ids. 1000 services make 6000 lists of a few dozen
 * kinds (["environment-to-configmap"], ["ports-to-service", "service-discovery"]…); they live to the end
 * of emit, and explain words the comments of each kind once, by the list's identity. A shared list is
 * never changed: convert adds to a manifest's list only before it is shared (`settled`, its last step).
 * The table is a tree of ids (no key string per list); it starts over when a long-lived process (the
 * playground) has filled it.
 */
const lists = new PartTree<string[]>(10_000);

/** The shared list equal to `ids`, made (at its exact length) the first time it is asked for. */
export function sharedExplanations(ids: readonly string[]): string[] {
  if (lists.full) lists.clear();
  const node = lists.at(ids);
  return (node.value ??= ids.slice());
}
