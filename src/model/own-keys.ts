/**
 * Objects built from keys the user wrote. `target[key] = value` with the key "__proto__" changes the
 * object's prototype instead of adding a key, so the key vanishes without a word; `put` always adds an
 * own, enumerable key, as Object.fromEntries and object spread do.
 */
export function put<T>(target: Record<string, T>, key: string, value: T): void {
  // Only "__proto__" is an accessor on a plain object's prototype chain: every other key is added (or
  // replaced) by plain assignment, which is several times cheaper than defineProperty (normalize and
  // convert put every variable and label of every service).
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
