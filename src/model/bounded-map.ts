/**
 * A table of answers remembered by their key. One run asks a few hundred distinct keys, but a
 * long-lived process (the playground, `--watch`) meets new ones forever: past `limit` entries the
 * table starts over rather than grow.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(readonly limit: number) {
    super();
  }

  /** Files `value` under `key`, emptying the table first when it is full, and returns it. */
  remember(key: K, value: V): V {
    if (this.size >= this.limit) this.clear();
    this.set(key, value);
    return value;
  }
}
