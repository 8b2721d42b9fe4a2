/**
 * Objects built from keys the user wrote. `target[key] = value` with the key "__proto__" changes the
 * object's prototype instead of adding a key, so the key vanishes without a word; `put` always adds an
 * own, enumerable key, as Object.fromEntries and object spread do.
 *
 * Only "__proto__" needs Object.defineProperty: for any other key of a plain object, assignment adds
 * (or overwrites) the same own, enumerable, writable property, and costs half as much (load copies
 * every mapping of a Compose file with put).
 */
export function put<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
