/**
 * A map keyed by a values.yaml path, one Map level per path part: the chart looks up every slot's path
 * (~12 per service), and writing each path as JSON for a flat Map key was a fifth of the report's chart values.
 * Item 0 and key "0" stay apart, as they do in JSON.
 */
interface PathNode<T> {
  value?: T;
  has?: boolean;
  children?: Map<string | number, PathNode<T>>;
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
