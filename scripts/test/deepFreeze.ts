/**
 * Test helper shared by every package's no-mutation tests: freezes a value and everything
 * reachable from it (symbol keys too), so any mutation throws in strict mode. Typed arrays
 * cannot be frozen and are left as they are; callers compare their bytes instead.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || ArrayBuffer.isView(value)) return value;
  if (Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) {
    deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
