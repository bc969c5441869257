/** Whether a value is an object `structuredClone` can copy, so it can be sent to the worker. */
export function isCloneable(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}
