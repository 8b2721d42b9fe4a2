/** A node of a PartTree: the nodes one part further, and what its user keeps for the parts up to here. */
export interface PartNode<V> {
  next?: Map<string | number, PartNode<V>>;
  value?: V;
}

/**
 * One node per distinct sequence of parts (path parts, explanation ids), so that its users keep one
 * shared value per sequence — a field's path array, a list of ids — instead of one per object or line,
 * without building a key string for each (#13: what lives to the end of emit is what the garbage
 * collector copies). Map keys keep an item index (0) apart from a key ("0"). A module-level tree in a
 * long-lived process (the playground) is bounded: `full` says when its user should `clear()` it.
 */
export class PartTree<V> {
  root: PartNode<V> = {};
  private size = 0;

  constructor(private readonly limit = Number.POSITIVE_INFINITY) {}

  /** The node one part below `parent`, made the first time. */
  child(parent: PartNode<V>, part: string | number): PartNode<V> {
    let kid = parent.next?.get(part);
    if (kid === undefined) {
      kid = {};
      (parent.next ??= new Map()).set(part, kid);
      this.size += 1;
    }
    return kid;
  }

  /** The node at the end of `parts`, from the root. */
  at(parts: readonly (string | number)[]): PartNode<V> {
    let node = this.root;
    // By index: a for-of allocates a result object per part until this is optimized (6000 lists per 1000 services).
    for (let index = 0; index < parts.length; index++) node = this.child(node, parts[index]!);
    return node;
  }

  /** Counts an entry its user keeps in a node's value (a default, a note) toward the limit. */
  grew(): void {
    this.size += 1;
  }

  get full(): boolean {
    return this.size >= this.limit;
  }

  clear(): void {
    this.root = {};
    this.size = 0;
  }
}
