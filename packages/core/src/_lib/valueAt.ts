/**
 * Reads the value at a path through own properties only, so keys such as `__proto__` or
 * `constructor` never reach a prototype. Returns `undefined` when the path does not exist.
 */
export function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
