import type { Path } from "../diagnostics/types.js";

/** A path in a PathTrie: its shared array, and the paths one part longer, once asked for. */
export interface PathNode {
  readonly path: Path;
  kids?: Map<string | number, PathNode>;
}

/**
 * One array per distinct path: the emitted lines of 6000 documents name a few hundred distinct fields
 * (every Deployment's `spec.template.spec.containers.0.image`), and 125,000 arrays of their own, kept to
 * the end of a view, were a large part of what the garbage collector copied in `compare` (#13). Readers
 * share the arrays, so they must not change them. Map keys keep an item index (0) apart from a key ("0").
 */
export class PathTrie {
  readonly root: PathNode = { path: [] };

  /** The node of `parent`'s path followed by `part`, made the first time. */
  child(parent: PathNode, part: string | number): PathNode {
    let kid = parent.kids?.get(part);
    if (kid === undefined) {
      // concat allocates the exact length; a spread leaves room for ~16 more parts.
      kid = { path: parent.path.concat(part) };
      (parent.kids ??= new Map()).set(part, kid);
    }
    return kid;
  }
}
