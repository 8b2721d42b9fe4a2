/**
 * A map keyed by a values.yaml path, one Map level per path part: the chart looks up every slot's path
 * (~12 per service), and writing each path as JSON for a flat Map key was a fifth of the report's chart values.
 * Item 0 and key "0" stay apart, as they do in JSON.
 */
interface PathNode<T> extends PathEntry<T> {
  children?: Map<string | number, PathNode<T>>;
}

/** A path's place in a PathMap: an entry without a value reads as a path never set. */
export interface PathEntry<T> {
  value?: T;
  has?: boolean;
}

export class PathMap<T> {
  private readonly root: PathNode<T> = {};

  /** The node of the path's first `length` parts (the whole path by default), made when `create`. */
  private node(path: readonly (string | number)[], length: number, create: boolean): PathNode<T> | undefined {
    let node = this.root;
    for (let i = 0; i < length; i++) {
      const part = path[i]!;
      let child = node.children?.get(part);
      if (child === undefined) {
        if (!create) return undefined;
        (node.children ??= new Map()).set(part, (child = {}));
      }
      node = child;
    }
    return node;
  }

  /** The path's entry, made if missing: its value read and written in place, for a caller that would get and then set it. */
  entry(path: readonly (string | number)[]): PathEntry<T> {
    return this.node(path, path.length, true)!;
  }

  get(path: readonly (string | number)[], length = path.length): T | undefined {
    return this.node(path, length, false)?.value;
  }

  set(path: readonly (string | number)[], value: T, length = path.length): void {
    const node = this.node(path, length, true)!;
    node.value = value;
    node.has = true;
  }

  /** Sets the path's value unless it has one; whether it was set. */
  add(path: readonly (string | number)[], value: T, length = path.length): boolean {
    const node = this.node(path, length, true)!;
    if (node.has) return false;
    node.value = value;
    node.has = true;
    return true;
  }
}
