/**
 * Objects built from keys the user wrote. `target[key] = value` with the key "__proto__" changes the
 * object's prototype instead of adding a key, so the key vanishes without a word; `put` always adds an
 * own, enumerable key, as Object.fromEntries and object spread do.
 */
export function put<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
